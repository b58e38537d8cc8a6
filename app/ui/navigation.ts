// The navigation: one entry per area, shown when the policy lets the user in. An area adds its entry here
// when it lands. The person's own pages (profile, account) go beside their name in the header, so that the
// main menu keeps to one row on a laptop screen.
import {
  canAdminister,
  canEditProfile,
  canReadActivitiesAndProjects,
  canReadDirectory,
  canUseRecommendations,
  type Actor,
} from "~/auth/policy";

export type NavItem = { to: string; label: string; end?: boolean; area: "main" | "account" };

export function navigationFor(user: Actor): NavItem[] {
  const items: Array<NavItem & { visible: boolean }> = [
    { to: "/", label: "nav.home", end: true, area: "main", visible: true },
    { to: "/directory", label: "nav.directory", area: "main", visible: canReadDirectory(user) },
    { to: "/network", label: "nav.network", area: "main", visible: canReadDirectory(user) },
    { to: "/calendar", label: "nav.calendar", area: "main", visible: user.status === "ACTIVE" },
    { to: "/groups", label: "nav.groups", area: "main", visible: user.status === "ACTIVE" },
    { to: "/resources", label: "nav.resources", area: "main", visible: user.status === "ACTIVE" },
    { to: "/activities", label: "nav.activities", area: "main", visible: canReadActivitiesAndProjects(user) },
    { to: "/projects", label: "nav.projects", area: "main", visible: canReadActivitiesAndProjects(user) },
    { to: "/recommendations", label: "nav.recommendations", area: "main", visible: canUseRecommendations(user) },
    { to: "/admin", label: "nav.admin", area: "main", visible: canAdminister(user, "users.read") || canAdminister(user, "audit.read") },
    { to: "/profile", label: "directory.myProfile", area: "account", visible: canEditProfile(user, user) },
    { to: "/account", label: "nav.account", area: "account", visible: true },
  ];
  return items.filter((i) => i.visible).map(({ visible: _visible, ...item }) => item);
}
