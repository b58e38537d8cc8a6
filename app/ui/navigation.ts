// The main navigation: one entry per area, shown when the policy lets the user in. An area adds its
// entry here when it lands.
import { canAdminister, canReadActivitiesAndProjects, type Actor } from "~/auth/policy";

export type NavItem = { to: string; label: string; end?: boolean };

export function navigationFor(user: Actor): NavItem[] {
  const items: Array<NavItem & { visible: boolean }> = [
    { to: "/", label: "nav.home", end: true, visible: true },
    { to: "/activities", label: "nav.activities", visible: canReadActivitiesAndProjects(user) },
    { to: "/projects", label: "nav.projects", visible: canReadActivitiesAndProjects(user) },
    { to: "/admin", label: "nav.admin", visible: canAdminister(user, "users.read") || canAdminister(user, "audit.read") },
    { to: "/account", label: "nav.account", visible: true },
  ];
  return items.filter((i) => i.visible).map(({ visible: _visible, ...item }) => item);
}
