// The main navigation: one entry per area, shown when the policy lets the user in. An area adds its
// entry here when it lands.
import { canAdminister, canEditProfile, canReadActivitiesAndProjects, canReadDirectory, canUseRecommendations, type Actor } from "~/auth/policy";

export type NavItem = { to: string; label: string; end?: boolean };

export function navigationFor(user: Actor): NavItem[] {
  const items: Array<NavItem & { visible: boolean }> = [
    { to: "/", label: "nav.home", end: true, visible: true },
    { to: "/directory", label: "nav.directory", visible: canReadDirectory(user) },
    { to: "/network", label: "nav.network", visible: canReadDirectory(user) },
    { to: "/calendar", label: "nav.calendar", visible: user.status === "ACTIVE" },
    { to: "/groups", label: "nav.groups", visible: user.status === "ACTIVE" },
    { to: "/resources", label: "nav.resources", visible: user.status === "ACTIVE" },
    { to: "/activities", label: "nav.activities", visible: canReadActivitiesAndProjects(user) },
    { to: "/projects", label: "nav.projects", visible: canReadActivitiesAndProjects(user) },
    { to: "/recommendations", label: "nav.recommendations", visible: canUseRecommendations(user) },
    { to: "/admin", label: "nav.admin", visible: canAdminister(user, "users.read") || canAdminister(user, "audit.read") },
    { to: "/profile", label: "directory.myProfile", visible: canEditProfile(user, user) },
    { to: "/account", label: "nav.account", visible: true },
  ];
  return items.filter((i) => i.visible).map(({ visible: _visible, ...item }) => item);
}
