// The one place that says who may do what (DESIGN.md, "Roles and the access rule").
// Pure functions, no I/O: loaders and actions ask it on the server; the UI asks it to hide what a user
// cannot do. Deny by default: every rule below grants explicitly, and anything unlisted is refused.

export type PlatformRole = "ADMIN" | "SECRETARIAT" | "FOCAL_POINT";
export type UserStatus = "INVITED" | "ACTIVE" | "SUSPENDED";
export type OrganizationKind = "MEMBER_STATE" | "COMPACT_ENTITY" | "COMPACT_OBSERVER";
export type GroupRole = "CHAIR" | "VICE_CHAIR" | "MEMBER";

/** What the policy needs to know about the person acting. */
export type Actor = {
  id: string;
  role: PlatformRole;
  status: UserStatus;
  organizationId: string;
  organizationKind: OrganizationKind;
  /** The organization is the assessment body (CTED), whose focal points author recommendations. */
  inAssessmentBody: boolean;
  memberships: ReadonlyArray<{ groupId: string; role: GroupRole }>;
};

const isActive = (actor: Actor) => actor.status === "ACTIVE";

/**
 * ADMIN is the secretariat's administrator: it holds every SECRETARIAT right plus administration.
 * (DESIGN.md: "ADMIN (secretariat administrator)".)
 */
export const hasSecretariatRights = (actor: Actor) =>
  isActive(actor) && (actor.role === "SECRETARIAT" || actor.role === "ADMIN");

export const isAdmin = (actor: Actor) => isActive(actor) && actor.role === "ADMIN";

export const isEntityFocalPoint = (actor: Actor) =>
  isActive(actor) && (actor.organizationKind === "COMPACT_ENTITY" || actor.organizationKind === "COMPACT_OBSERVER");

export function groupRoleOf(actor: Actor, groupId: string): GroupRole | null {
  return actor.memberships.find((m) => m.groupId === groupId)?.role ?? null;
}

// ---------------------------------------------------------------------------------------------
// Administration: users, organizations, invitations (ADMIN); the audit trail (ADMIN and SECRETARIAT read).

export type AdminAction =
  | "users.read"
  | "users.invite"
  | "users.suspend"
  | "users.changeRole"
  | "organizations.read"
  | "organizations.write"
  | "invitations.read"
  | "invitations.write"
  | "audit.read";

export function canAdminister(actor: Actor, action: AdminAction): boolean {
  if (action === "audit.read") return hasSecretariatRights(actor);
  return isAdmin(actor);
}

/** An admin may not suspend themself or take away their own ADMIN role (the platform would lose its last way in). */
export function canChangeAccountOf(actor: Actor, target: { id: string }): boolean {
  return isAdmin(actor) && actor.id !== target.id;
}

// ---------------------------------------------------------------------------------------------
// Directory entries: every signed-in user reads (hidden fields stay hidden); the user and ADMIN write.

export function canReadDirectory(actor: Actor): boolean {
  return isActive(actor);
}

export function canEditProfile(actor: Actor, target: { id: string }): boolean {
  return isActive(actor) && (actor.id === target.id || actor.role === "ADMIN");
}

/** Whether a contact field the person chose to hide may be shown to this reader. */
export function canSeeHiddenContact(actor: Actor, target: { id: string }): boolean {
  return isActive(actor) && actor.id === target.id;
}

// ---------------------------------------------------------------------------------------------
// Working-group spaces: members and SECRETARIAT read; CHAIR/VICE_CHAIR manage.

export function canReadGroupSpace(actor: Actor, groupId: string): boolean {
  return hasSecretariatRights(actor) || (isActive(actor) && groupRoleOf(actor, groupId) !== null);
}

export function canManageGroup(actor: Actor, groupId: string): boolean {
  const role = groupRoleOf(actor, groupId);
  return isActive(actor) && (role === "CHAIR" || role === "VICE_CHAIR");
}

// ---------------------------------------------------------------------------------------------
// Activities and projects: every signed-in user reads; focal points of the lead organization and
// SECRETARIAT write. Lead organizations are Compact entities or observers, so Member-State focal points
// read only. SECRETARIAT also keeps the list of thematic areas and reads the activity summary.

/** An activity or a project, as far as the rules care. */
export type LedWork = { leadOrganizationId: string };

export function canReadActivitiesAndProjects(actor: Actor): boolean {
  return isActive(actor);
}

/** May record activities and projects at all (for their own organization, or for any when SECRETARIAT). */
export function canRecordWork(actor: Actor): boolean {
  return hasSecretariatRights(actor) || isEntityFocalPoint(actor);
}

/** May record work led by this organization (create for it, edit, or hand a record to it as lead). */
export function canRecordWorkLedBy(actor: Actor, leadOrganizationId: string): boolean {
  return hasSecretariatRights(actor) || (isEntityFocalPoint(actor) && actor.organizationId === leadOrganizationId);
}

export function canEditLedWork(actor: Actor, work: LedWork): boolean {
  return canRecordWorkLedBy(actor, work.leadOrganizationId);
}

export function canManageThematicAreas(actor: Actor): boolean {
  return hasSecretariatRights(actor);
}

export function canReadActivitySummary(actor: Actor): boolean {
  return hasSecretariatRights(actor);
}
