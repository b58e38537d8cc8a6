// The one place that says who may do what (DESIGN.md, "Roles and the access rule").
// Pure functions, no I/O: loaders and actions ask it on the server; the UI asks it to hide what a user
// cannot do. Deny by default: every rule below grants explicitly, and anything unlisted is refused.

import type { ConsentScope, EventVisibility, GroupRole, OrganizationKind, PlatformRole, UserStatus } from "~/enums";

export type { ConsentScope, EventVisibility, GroupRole, OrganizationKind, PlatformRole, UserStatus };

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
  /** A lead focal point of their organization (the secretariat marks them): nominates colleagues. */
  isLead?: boolean;
};

const isActive = (actor: Actor) => actor.status === "ACTIVE";

/**
 * ADMIN is the secretariat's administrator: it holds every SECRETARIAT right plus administration.
 * (DESIGN.md: "ADMIN (secretariat administrator)".)
 */
export const hasSecretariatRights = (actor: Actor) => isActive(actor) && (actor.role === "SECRETARIAT" || actor.role === "ADMIN");

export const isAdmin = (actor: Actor) => isActive(actor) && actor.role === "ADMIN";

export const isEntityFocalPoint = (actor: Actor) =>
  isActive(actor) && (actor.organizationKind === "COMPACT_ENTITY" || actor.organizationKind === "COMPACT_OBSERVER");

export function groupRoleOf(actor: Actor, groupId: string): GroupRole | null {
  return actor.memberships.find((m) => m.groupId === groupId)?.role ?? null;
}

// ---------------------------------------------------------------------------------------------
// Administration. SECRETARIAT provisions focal points: it lists users, invites FOCAL_POINT accounts, resends
// and revokes their invitations, suspends and reactivates them, and reads the audit trail. Only ADMIN
// invites ADMIN or SECRETARIAT accounts, changes platform roles and manages organizations.

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

const SECRETARIAT_ADMIN_ACTIONS: ReadonlySet<AdminAction> = new Set([
  "users.read",
  "users.invite",
  "users.suspend",
  "invitations.read",
  "invitations.write",
  "audit.read",
]);

/** Whether the actor may use this part of administration at all (for some accounts; see the two rules below). */
export function canAdminister(actor: Actor, action: AdminAction): boolean {
  if (SECRETARIAT_ADMIN_ACTIONS.has(action)) return hasSecretariatRights(actor);
  return isAdmin(actor);
}

/** Inviting, resending or revoking an invitation for an account of this platform role. */
export function canInviteWithRole(actor: Actor, role: PlatformRole): boolean {
  return role === "FOCAL_POINT" ? hasSecretariatRights(actor) : isAdmin(actor);
}

/**
 * Suspending or reactivating this account. Nobody changes their own account (an admin would lock the
 * platform's last way in); the secretariat only changes focal points' accounts.
 */
export function canChangeAccountOf(actor: Actor, target: { id: string; role: PlatformRole }): boolean {
  if (actor.id === target.id) return false;
  return isAdmin(actor) || (hasSecretariatRights(actor) && target.role === "FOCAL_POINT");
}

/** Resetting someone's second factor (a lost phone and lost recovery codes): ADMIN only, never their own. */
export function canResetSecondFactorOf(actor: Actor, target: { id: string }): boolean {
  return isAdmin(actor) && actor.id !== target.id;
}

/** Changing an account's platform role: ADMIN only, never their own. */
export function canChangeRoleOf(actor: Actor, target: { id: string }): boolean {
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

/** A bulk export (CSV, vCard file) is the easiest leak: only the secretariat (and ADMIN) may take one. */
export function canExportDirectory(actor: Actor): boolean {
  return hasSecretariatRights(actor);
}

// ---------------------------------------------------------------------------------------------
// Working-group spaces: members and SECRETARIAT read; CHAIR/VICE_CHAIR manage.

/** A group's public summary (its name, purpose and who chairs it): every signed-in user. */
export function canReadGroupSummary(actor: Actor): boolean {
  return isActive(actor);
}

export function canReadGroupSpace(actor: Actor, groupId: string): boolean {
  return hasSecretariatRights(actor) || (isActive(actor) && groupRoleOf(actor, groupId) !== null);
}

export function canManageGroup(actor: Actor, groupId: string): boolean {
  const role = groupRoleOf(actor, groupId);
  return isActive(actor) && (role === "CHAIR" || role === "VICE_CHAIR");
}

/**
 * A change of someone's place in a group: adding them (`from` null), removing them (`to` null) or changing their
 * role. Chair and vice-chair roles (any change that makes or unmakes a CHAIR or VICE_CHAIR) are changed by the
 * group's chair and the secretariat only; members (MEMBER in, MEMBER out) by its chairs and vice-chairs. Nobody
 * changes their own place this way (a member leaves through canLeaveGroup). That a group always keeps a chair is
 * checked where the chairs are counted, under the group's lock.
 */
export function canChangeGroupPlace(
  actor: Actor,
  groupId: string,
  change: { userId: string; from: GroupRole | null; to: GroupRole | null },
): boolean {
  if (!isActive(actor) || change.userId === actor.id) return false;
  const touchesLeadRole = [change.from, change.to].some((role) => role === "CHAIR" || role === "VICE_CHAIR");
  if (touchesLeadRole) return groupRoleOf(actor, groupId) === "CHAIR" || hasSecretariatRights(actor);
  return canManageGroup(actor, groupId);
}

/** Whether the actor may change anyone's place in the group at all (the members page shows its controls). */
export function canManageGroupPlaces(actor: Actor, groupId: string): boolean {
  return canManageGroup(actor, groupId) || hasSecretariatRights(actor);
}

// ---------------------------------------------------------------------------------------------
// Joint calendar. Platform events: every signed-in user reads. Group-only events: members of
// the event's working group and the secretariat only, everywhere (views, counts, feeds, .ics, pages).
// Any user creates a platform event; a working-group event, members of that group (and the secretariat,
// which may edit every event anyway). Edit and cancel: the creator, focal points of an organizing
// organization, the group's chair/vice-chair, SECRETARIAT.

/** What the calendar rules need to know about an event. */
export type EventScope = {
  visibility: EventVisibility;
  groupId: string | null;
  createdById: string | null;
  organizerIds: readonly string[];
  status: "SCHEDULED" | "POSTPONED" | "CANCELLED";
};

export function canReadEvent(actor: Actor, event: Pick<EventScope, "visibility" | "groupId">): boolean {
  if (!isActive(actor)) return false;
  if (event.visibility === "ALL_FOCAL_POINTS") return true;
  return hasSecretariatRights(actor) || (event.groupId !== null && groupRoleOf(actor, event.groupId) !== null);
}

/** May create an event; `groupId` is the working group it belongs to, if any. */
export function canCreateEvent(actor: Actor, groupId: string | null): boolean {
  if (!isActive(actor)) return false;
  if (groupId === null) return true;
  return hasSecretariatRights(actor) || groupRoleOf(actor, groupId) !== null;
}

export function canEditEvent(actor: Actor, event: EventScope): boolean {
  if (!canReadEvent(actor, event)) return false;
  if (hasSecretariatRights(actor) || event.createdById === actor.id || event.organizerIds.includes(actor.organizationId)) return true;
  return event.groupId !== null && canManageGroup(actor, event.groupId);
}

/** Going / maybe / not going: whoever may read the event, while it is not cancelled. */
export function canAnswerEvent(actor: Actor, event: Pick<EventScope, "visibility" | "groupId" | "status">): boolean {
  return canReadEvent(actor, event) && event.status !== "CANCELLED";
}

/** A personal subscription feed: every active user manages their own. */
export function canManageCalendarFeed(actor: Actor): boolean {
  return isActive(actor);
}

// ---------------------------------------------------------------------------------------------
/** Members of the group post, comment, propose and endorse plan items; SECRETARIAT only reads unless a member. */
export function canParticipateInGroup(actor: Actor, groupId: string): boolean {
  return isActive(actor) && groupRoleOf(actor, groupId) !== null;
}

/** Anyone active who is not yet a member may ask to join. */
export function canRequestToJoin(actor: Actor, groupId: string): boolean {
  return isActive(actor) && groupRoleOf(actor, groupId) === null;
}

/** A member may leave; the group's last chair may not (they name a successor first). */
export function canLeaveGroup(actor: Actor, groupId: string, chairCount: number): boolean {
  const role = groupRoleOf(actor, groupId);
  return isActive(actor) && role !== null && !(role === "CHAIR" && chairCount <= 1);
}

/** `draft`: not yet published (post.published_at IS NULL). */
export type PostScope = { groupId: string; authorId: string; locked: boolean; deleted: boolean; draft: boolean };

/**
 * A published post is read by whoever reads its group's space; a draft only by its author, while they read the
 * space: not the chair, the secretariat or an admin. SQL translation: readablePost (groups/visibility.server.ts).
 */
export function canReadPost(actor: Actor, post: Pick<PostScope, "groupId" | "authorId" | "draft">): boolean {
  return canReadGroupSpace(actor, post.groupId) && (!post.draft || post.authorId === actor.id);
}

/** Authors edit and delete their own posts while they are members. */
export function canEditPost(actor: Actor, post: PostScope): boolean {
  return !post.deleted && post.authorId === actor.id && canParticipateInGroup(actor, post.groupId);
}

/** Nobody comments on a draft (its author publishes it first). */
export function canComment(actor: Actor, post: PostScope): boolean {
  return !post.deleted && !post.draft && !post.locked && canParticipateInGroup(actor, post.groupId);
}

/** A deleted post leaves a trace that chairs (and the secretariat, who read the audit trail) can see. */
export function canSeeDeletedPosts(actor: Actor, groupId: string): boolean {
  return canManageGroup(actor, groupId) || hasSecretariatRights(actor);
}

// ---------------------------------------------------------------------------------------------
// Joint work plan: members propose and endorse (one endorsement per organization); chairs set the
// priority order and agree or drop items; the proposer may still edit an item while it is proposed.

export type PlanItemScope = { groupId: string; proposedById: string | null; status: string };

export function canEditPlanItem(actor: Actor, item: PlanItemScope): boolean {
  if (canManageGroup(actor, item.groupId)) return true;
  return item.status === "PROPOSED" && item.proposedById === actor.id && canParticipateInGroup(actor, item.groupId);
}

// ---------------------------------------------------------------------------------------------
// Resources: platform-wide ones every user reads; a group's ones its members and SECRETARIAT.
// Publishing platform-wide: SECRETARIAT and Compact-entity focal points; inside a group: its members.

export type ResourceScope = { groupId: string | null; createdById: string | null };

export function canReadResource(actor: Actor, resource: Pick<ResourceScope, "groupId">): boolean {
  return resource.groupId === null ? isActive(actor) : canReadGroupSpace(actor, resource.groupId);
}

export function canPublishResource(actor: Actor, groupId: string | null): boolean {
  if (groupId !== null) return canParticipateInGroup(actor, groupId);
  return hasSecretariatRights(actor) || isEntityFocalPoint(actor);
}

/** Whether the actor may publish anywhere (platform-wide or in one of their groups): the library's "Publish" button. */
export function canPublishSomewhere(actor: Actor): boolean {
  return canPublishResource(actor, null) || actor.memberships.some((m) => canPublishResource(actor, m.groupId));
}

/** The person who published it, SECRETARIAT, and for a group's resource its chairs, edit and delete. */
export function canEditResource(actor: Actor, resource: ResourceScope): boolean {
  if (!canReadResource(actor, resource)) return false;
  if (hasSecretariatRights(actor) || resource.createdById === actor.id) return true;
  return resource.groupId !== null && canManageGroup(actor, resource.groupId);
}

// ---------------------------------------------------------------------------------------------
// Technical-assistance recommendations (the most sensitive data on the platform).
// The assessed State consents per assessment, and may narrow it per recommendation:
//   NOT_SHARED: nobody outside the State, the assessment body and the secretariat;
//   UN_ENTITIES: focal points of every Compact entity (members of the Compact; observers are not
//     included unless named);
//   NAMED: focal points of the named Compact entities only.
// Readers: SECRETARIAT and the assessment body see all; the assessed State's focal points see their
// own State's whatever the consent; entity focal points see what was shared with them; other States never.

export type Sharing = { scope: ConsentScope; organizationIds: readonly string[] };
/**
 * A recommendation as far as the rules care: the assessed State, the assessment's consent, and the
 * recommendation's own narrowing of it (null: as the assessment).
 */
export type RecommendationScope = { stateId: string; assessment: Sharing; recommendation: Sharing | null };

/**
 * The consent in force, for display: the recommendation's can only narrow the assessment's, never widen
 * it. (Under an assessment shared with UN entities, a named list still counts only Compact entities:
 * canReadRecommendation applies both scopes to the reader, which is what decides.)
 */
export function effectiveSharing(assessment: Sharing, recommendation: Sharing | null): Sharing {
  if (!recommendation) return assessment;
  if (assessment.scope === "NOT_SHARED" || recommendation.scope === "NOT_SHARED") return { scope: "NOT_SHARED", organizationIds: [] };
  if (recommendation.scope === "UN_ENTITIES") return assessment;
  if (assessment.scope === "UN_ENTITIES") return recommendation;
  return { scope: "NAMED", organizationIds: recommendation.organizationIds.filter((id) => assessment.organizationIds.includes(id)) };
}

/** Sees every recommendation of every State (and authors them). */
export function seesAllRecommendations(actor: Actor): boolean {
  return hasSecretariatRights(actor) || (isActive(actor) && actor.inAssessmentBody);
}

/** Whether one consent scope includes the reader's organization. */
function sharedWith(actor: Actor, sharing: Sharing): boolean {
  if (!isActive(actor)) return false;
  if (sharing.scope === "UN_ENTITIES") return actor.organizationKind === "COMPACT_ENTITY";
  if (sharing.scope === "NAMED") return isEntityFocalPoint(actor) && sharing.organizationIds.includes(actor.organizationId);
  return false;
}

export function canReadRecommendation(actor: Actor, rec: RecommendationScope): boolean {
  if (!isActive(actor)) return false;
  if (seesAllRecommendations(actor)) return true;
  if (actor.organizationKind === "MEMBER_STATE") return actor.organizationId === rec.stateId;
  return withinConsent(actor, rec);
}

/** The reader's organization is within the assessment's consent and within the recommendation's narrowing of it. */
function withinConsent(actor: Actor, rec: RecommendationScope): boolean {
  return sharedWith(actor, rec.assessment) && (rec.recommendation === null || sharedWith(actor, rec.recommendation));
}

/** Opens the recommendation list at all (which then shows only what the reader may read). */
export function canUseRecommendations(actor: Actor): boolean {
  return isActive(actor);
}

/** Sees the recommendations of one State: those who see all, and that State's own focal points. */
export function canReadStateRecommendations(actor: Actor, stateId: string): boolean {
  return seesAllRecommendations(actor) || (isActive(actor) && actor.organizationId === stateId);
}

/** The dashboard of open high-priority recommendations nobody answered yet. */
export function canReadRecommendationDashboard(actor: Actor): boolean {
  return seesAllRecommendations(actor);
}

/** The assessment body and SECRETARIAT create and edit assessments, recommendations and consent. */
export function canAuthorRecommendations(actor: Actor): boolean {
  return seesAllRecommendations(actor);
}

/**
 * An entity within the State's consent records its follow-up (for its own organization). Seeing all is not
 * enough: a secretariat or assessment-body user responds for their organization only where that
 * organization was shared with, like any entity's focal point.
 */
export function canRespondToRecommendation(actor: Actor, rec: RecommendationScope): boolean {
  return isEntityFocalPoint(actor) && withinConsent(actor, rec);
}

/** Who may see a given response: everyone who sees all, the assessed State, and the responding entity. */
export function canSeeRecommendationResponse(actor: Actor, rec: RecommendationScope, responderOrganizationId: string): boolean {
  if (!canReadRecommendation(actor, rec)) return false;
  return seesAllRecommendations(actor) || actor.organizationId === rec.stateId || actor.organizationId === responderOrganizationId;
}

/** Reading by anyone outside the assessment body and the secretariat is recorded... */
export function readingIsRecorded(actor: Actor): boolean {
  return !seesAllRecommendations(actor);
}

/** ...and that record of who read a State's restricted information is the assessment body's to see. */
export function canReadRecommendationAccessRecord(actor: Actor): boolean {
  return isActive(actor) && actor.inAssessmentBody;
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

/**
 * May fetch the reference lists (organizations, thematic areas, working groups) that the project, activity and
 * recommendation pages label and filter with: every signed-in user, as every one of them sees them on those pages.
 */
export function canReadReferenceLists(actor: Actor): boolean {
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

/**
 * Who must sign in with a second factor: ADMIN, SECRETARIAT and the assessment body's focal points (they read
 * restricted information), and every role the deployment adds (MFA_REQUIRED_ROLES, passed in by the caller).
 */
export function mustUseSecondFactor(
  actor: Pick<Actor, "role" | "inAssessmentBody">,
  extraRoles: ReadonlyArray<PlatformRole> = [],
): boolean {
  return actor.role === "ADMIN" || actor.role === "SECRETARIAT" || actor.inAssessmentBody || extraRoles.includes(actor.role);
}

// ---------------------------------------------------------------------------------------------
// Nominations, designations and handover. A lead focal point nominates colleagues of their own organization; the
// secretariat decides. An organization's people beyond the directory (leads, designation ends, past focal points)
// are for the secretariat and the organization's own people; its nominations for the secretariat and its leads.
// A lead of one organization never sees or touches another's (404).

/** A lead focal point of this organization. */
export function isLeadOf(actor: Actor, organizationId: string): boolean {
  return isActive(actor) && actor.isLead === true && actor.organizationId === organizationId;
}

export function canSeeOrganizationPeople(actor: Actor, organizationId: string): boolean {
  return hasSecretariatRights(actor) || (isActive(actor) && actor.organizationId === organizationId);
}

export function canSeeNominationsOf(actor: Actor, organizationId: string): boolean {
  return hasSecretariatRights(actor) || isLeadOf(actor, organizationId);
}

/** Only the organization's own leads nominate for it (not even the secretariat: it invites directly). */
export function canNominateFor(actor: Actor, organizationId: string): boolean {
  return isLeadOf(actor, organizationId);
}

/** Only the secretariat approves or declines nominations. */
export function canDecideNominations(actor: Actor): boolean {
  return hasSecretariatRights(actor);
}

/** Whether the actor may change anything about this organization's people (leads, designation ends). */
export function canManageOrganizationPeople(actor: Actor, organizationId: string): boolean {
  return hasSecretariatRights(actor) || isLeadOf(actor, organizationId);
}

/** Marking or unmarking a lead focal point: the secretariat, for focal-point accounts. */
export function canMarkLead(actor: Actor, target: { role: PlatformRole }): boolean {
  return hasSecretariatRights(actor) && target.role === "FOCAL_POINT";
}

/** Setting, renewing or clearing the end of a designation: the secretariat, or a lead for their own organization. */
export function canSetDesignationOf(actor: Actor, target: { id: string; organizationId: string; role: PlatformRole }): boolean {
  if (target.role !== "FOCAL_POINT") return isAdmin(actor);
  return hasSecretariatRights(actor) || isLeadOf(actor, target.organizationId);
}

/** Handing a focal point's work over to a successor: the person themself, a lead of their organization, or the secretariat. */
export function canHandOver(actor: Actor, leaver: { id: string; organizationId: string; role: PlatformRole }): boolean {
  if (!isActive(actor)) return false;
  if (actor.id === leaver.id) return true;
  if (leaver.role === "FOCAL_POINT" && isLeadOf(actor, leaver.organizationId)) return true;
  return canChangeAccountOf(actor, leaver);
}
