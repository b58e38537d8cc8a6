// The access table of DESIGN.md, restated literally and walked for every kind of actor.
import { describe, expect, it } from "vitest";
import * as policy from "~/auth/policy";
import type { Actor, GroupRole, OrganizationKind, PlatformRole, UserStatus } from "~/auth/policy";

const ROLES: PlatformRole[] = ["ADMIN", "SECRETARIAT", "FOCAL_POINT"];
const STATUSES: UserStatus[] = ["ACTIVE", "INVITED", "SUSPENDED"];
const KINDS: OrganizationKind[] = ["MEMBER_STATE", "COMPACT_ENTITY", "COMPACT_OBSERVER"];
const GROUP = "group-1";
const MEMBERSHIPS: Array<GroupRole | null> = [null, "MEMBER", "VICE_CHAIR", "CHAIR"];

function* everyActor(): Generator<Actor> {
  for (const role of ROLES)
    for (const status of STATUSES)
      for (const organizationKind of KINDS)
        for (const inAssessmentBody of [false, true])
          for (const membership of MEMBERSHIPS)
            yield {
              id: "actor",
              role,
              status,
              organizationId: "org",
              organizationKind,
              inAssessmentBody,
              memberships: membership ? [{ groupId: GROUP, role: membership }] : [],
            };
}

const membershipOf = (a: Actor): GroupRole | "none" => (a.memberships.length ? a.memberships[0].role : "none");
const describeActor = (a: Actor) =>
  `${a.role}/${a.status}/${a.organizationKind}/${a.inAssessmentBody ? "assessment" : "-"}/${a.memberships[0]?.role ?? "non-member"}`;

// Administration row: the secretariat provisions focal points (users, invitations, suspension) and reads the
// audit trail; ADMIN alone changes roles and manages organizations.
const ADMIN_TABLE: Record<policy.AdminAction, Record<PlatformRole, boolean>> = {
  "users.read": { ADMIN: true, SECRETARIAT: true, FOCAL_POINT: false },
  "users.invite": { ADMIN: true, SECRETARIAT: true, FOCAL_POINT: false },
  "users.suspend": { ADMIN: true, SECRETARIAT: true, FOCAL_POINT: false },
  "users.changeRole": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "organizations.read": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "organizations.write": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "invitations.read": { ADMIN: true, SECRETARIAT: true, FOCAL_POINT: false },
  "invitations.write": { ADMIN: true, SECRETARIAT: true, FOCAL_POINT: false },
  "audit.read": { ADMIN: true, SECRETARIAT: true, FOCAL_POINT: false },
};
// Which accounts each role may invite, suspend and reactivate (by the target's platform role).
const ACCOUNT_TABLE: Record<PlatformRole, Record<PlatformRole, boolean>> = {
  ADMIN: { ADMIN: true, SECRETARIAT: true, FOCAL_POINT: true },
  SECRETARIAT: { ADMIN: false, SECRETARIAT: false, FOCAL_POINT: true },
  FOCAL_POINT: { ADMIN: false, SECRETARIAT: false, FOCAL_POINT: false },
};

// Group spaces: members of the group and SECRETARIAT (ADMIN holds SECRETARIAT's rights) read; chair and vice-chair manage.
const GROUP_READ: Record<PlatformRole, Record<GroupRole | "none", boolean>> = {
  ADMIN: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  SECRETARIAT: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  FOCAL_POINT: { none: false, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
};
const GROUP_MANAGE: Record<GroupRole | "none", boolean> = { none: false, MEMBER: false, VICE_CHAIR: true, CHAIR: true };

// Calendar: who reads an event, by its visibility (for a group-only event of GROUP), role and membership in GROUP.
const EVENT_READ: Record<policy.EventVisibility, Record<PlatformRole, Record<GroupRole | "none", boolean>>> = {
  ALL_FOCAL_POINTS: {
    ADMIN: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    SECRETARIAT: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    FOCAL_POINT: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  },
  GROUP_MEMBERS: {
    ADMIN: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    SECRETARIAT: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    FOCAL_POINT: { none: false, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  },
};
// Who creates an event of GROUP (a platform event without a group: every active user).
const EVENT_CREATE_IN_GROUP: Record<PlatformRole, Record<GroupRole | "none", boolean>> = {
  ADMIN: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  SECRETARIAT: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  FOCAL_POINT: { none: false, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
};
// Who edits and cancels an event of GROUP that someone else created, by how the actor is related to it.
type EventRelation = "creator" | "organizerOrg" | "none";
const EVENT_EDIT: Record<PlatformRole, Record<EventRelation, Record<GroupRole | "none", boolean>>> = {
  ADMIN: {
    creator: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    organizerOrg: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    none: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  },
  SECRETARIAT: {
    creator: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    organizerOrg: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    none: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  },
  FOCAL_POINT: {
    creator: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    organizerOrg: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
    none: { none: false, MEMBER: false, VICE_CHAIR: true, CHAIR: true },
  },
};

// Activities and projects: every signed-in user reads; the focal points of the lead organization (a Compact
// entity or observer) and SECRETARIAT (ADMIN holds its rights) write; SECRETARIAT keeps the thematic areas and
// reads the activity summary. "own lead" = a record led by the actor's organization; "other lead" = by another.
type WorkRights = { read: boolean; record: boolean; ownLead: boolean; otherLead: boolean; thematicAreas: boolean; summary: boolean };
const WORK_TABLE: Record<PlatformRole, Record<OrganizationKind, WorkRights>> = {
  ADMIN: {
    MEMBER_STATE: { read: true, record: true, ownLead: true, otherLead: true, thematicAreas: true, summary: true },
    COMPACT_ENTITY: { read: true, record: true, ownLead: true, otherLead: true, thematicAreas: true, summary: true },
    COMPACT_OBSERVER: { read: true, record: true, ownLead: true, otherLead: true, thematicAreas: true, summary: true },
  },
  SECRETARIAT: {
    MEMBER_STATE: { read: true, record: true, ownLead: true, otherLead: true, thematicAreas: true, summary: true },
    COMPACT_ENTITY: { read: true, record: true, ownLead: true, otherLead: true, thematicAreas: true, summary: true },
    COMPACT_OBSERVER: { read: true, record: true, ownLead: true, otherLead: true, thematicAreas: true, summary: true },
  },
  FOCAL_POINT: {
    MEMBER_STATE: { read: true, record: false, ownLead: false, otherLead: false, thematicAreas: false, summary: false },
    COMPACT_ENTITY: { read: true, record: true, ownLead: true, otherLead: false, thematicAreas: false, summary: false },
    COMPACT_OBSERVER: { read: true, record: true, ownLead: true, otherLead: false, thematicAreas: false, summary: false },
  },
};

describe("the access policy", () => {
  it("requires a second factor of ADMIN, SECRETARIAT and the assessment body's focal points, and of the roles a deployment adds", () => {
    for (const a of everyActor()) {
      const always = a.role === "ADMIN" || a.role === "SECRETARIAT" || a.inAssessmentBody;
      expect(policy.mustUseSecondFactor(a), describeActor(a)).toBe(always);
      expect(policy.mustUseSecondFactor(a, ["FOCAL_POINT"]), describeActor(a)).toBe(true);
    }
  });

  it("lets only ADMIN reset someone else's second factor", () => {
    for (const a of everyActor()) {
      const expected = a.role === "ADMIN" && a.status === "ACTIVE";
      expect(policy.canResetSecondFactorOf(a, { id: "someone-else" }), describeActor(a)).toBe(expected);
      expect(policy.canResetSecondFactorOf(a, { id: a.id }), describeActor(a)).toBe(false);
    }
  });

  it("walks the administration rows for every actor", () => {
    let checked = 0;
    for (const actor of everyActor()) {
      for (const [action, byRole] of Object.entries(ADMIN_TABLE) as Array<[policy.AdminAction, Record<PlatformRole, boolean>]>) {
        const expected = actor.status === "ACTIVE" && byRole[actor.role];
        expect(policy.canAdminister(actor, action), `${action} for ${describeActor(actor)}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBe(ROLES.length * STATUSES.length * KINDS.length * 2 * MEMBERSHIPS.length * Object.keys(ADMIN_TABLE).length);
  });

  it("lets every active user read the directory, and only the person or ADMIN edit a profile", () => {
    for (const actor of everyActor()) {
      const active = actor.status === "ACTIVE";
      expect(policy.canReadDirectory(actor), describeActor(actor)).toBe(active);
      expect(policy.canEditProfile(actor, { id: actor.id }), describeActor(actor)).toBe(active);
      expect(policy.canEditProfile(actor, { id: "someone-else" }), describeActor(actor)).toBe(active && actor.role === "ADMIN");
      expect(policy.canSeeHiddenContact(actor, { id: actor.id })).toBe(active);
      expect(policy.canSeeHiddenContact(actor, { id: "someone-else" }), describeActor(actor)).toBe(false);
    }
  });

  it("lets only the secretariat (and ADMIN) export the directory", () => {
    const EXPORT: Record<PlatformRole, boolean> = { ADMIN: true, SECRETARIAT: true, FOCAL_POINT: false };
    for (const actor of everyActor()) {
      expect(policy.canExportDirectory(actor), describeActor(actor)).toBe(actor.status === "ACTIVE" && EXPORT[actor.role]);
    }
  });

  it("keeps group spaces to members and the secretariat, and management to chairs and vice-chairs", () => {
    for (const actor of everyActor()) {
      const membership = membershipOf(actor);
      const active = actor.status === "ACTIVE";
      expect(policy.canReadGroupSpace(actor, GROUP), describeActor(actor)).toBe(active && GROUP_READ[actor.role][membership]);
      expect(policy.canReadGroupSpace(actor, "another-group"), describeActor(actor)).toBe(active && actor.role !== "FOCAL_POINT");
      expect(policy.canManageGroup(actor, GROUP), describeActor(actor)).toBe(active && GROUP_MANAGE[membership]);
      expect(policy.canManageGroup(actor, "another-group")).toBe(false);
    }
  });

  it("shows group-only events to the group's members and the secretariat only", () => {
    for (const actor of everyActor()) {
      const membership = actor.memberships[0]?.role ?? "none";
      const active = actor.status === "ACTIVE";
      for (const visibility of ["ALL_FOCAL_POINTS", "GROUP_MEMBERS"] as const) {
        const event = { visibility, groupId: GROUP };
        expect(policy.canReadEvent(actor, event), `${visibility} for ${describeActor(actor)}`).toBe(
          active && EVENT_READ[visibility][actor.role][membership],
        );
        // A group-only event of another group: the secretariat only.
        expect(policy.canReadEvent(actor, { visibility, groupId: "another-group" })).toBe(
          active && (visibility === "ALL_FOCAL_POINTS" || actor.role !== "FOCAL_POINT"),
        );
        for (const status of ["SCHEDULED", "POSTPONED", "CANCELLED"] as const) {
          expect(policy.canAnswerEvent(actor, { ...event, status })).toBe(
            active && EVENT_READ[visibility][actor.role][membership] && status !== "CANCELLED",
          );
        }
      }
    }
  });

  it("lets members (any group role) participate, outsiders ask to join, and keeps the last chair", () => {
    for (const actor of everyActor()) {
      const membership = membershipOf(actor);
      const active = actor.status === "ACTIVE";
      const member = membership !== "none";
      expect(policy.canParticipateInGroup(actor, GROUP), describeActor(actor)).toBe(active && member);
      expect(policy.canRequestToJoin(actor, GROUP), describeActor(actor)).toBe(active && !member);
      expect(policy.canLeaveGroup(actor, GROUP, 1), describeActor(actor)).toBe(active && member && membership !== "CHAIR");
      expect(policy.canLeaveGroup(actor, GROUP, 2), describeActor(actor)).toBe(active && member);
      // Deleted-post traces: chairs, vice-chairs and the secretariat (who also read the audit trail).
      expect(policy.canSeeDeletedPosts(actor, GROUP), describeActor(actor)).toBe(
        active && (GROUP_MANAGE[membership] || actor.role !== "FOCAL_POINT"),
      );
    }
  });

  it("lets only the chair and the secretariat change chair and vice-chair roles, and nobody their own", () => {
    // Who may make each change to someone else's place in GROUP, by the actor's own place in it. A change "touches
    // a lead role" when it makes or unmakes a CHAIR or VICE_CHAIR (null = not a member: adding or removing).
    const PLACES: Array<GroupRole | null> = [null, "MEMBER", "VICE_CHAIR", "CHAIR"];
    const touchesLead = (from: GroupRole | null, to: GroupRole | null) => [from, to].some((r) => r === "CHAIR" || r === "VICE_CHAIR");
    const MAY_CHANGE_LEADS: Record<PlatformRole, Record<GroupRole | "none", boolean>> = {
      ADMIN: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
      SECRETARIAT: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
      FOCAL_POINT: { none: false, MEMBER: false, VICE_CHAIR: false, CHAIR: true },
    };
    for (const actor of everyActor()) {
      const membership = membershipOf(actor);
      const active = actor.status === "ACTIVE";
      for (const from of PLACES)
        for (const to of PLACES) {
          if (from === to) continue;
          const change = { userId: "someone-else", from, to };
          const expected = active && (touchesLead(from, to) ? MAY_CHANGE_LEADS[actor.role][membership] : GROUP_MANAGE[membership]);
          expect(policy.canChangeGroupPlace(actor, GROUP, change), `${from}→${to} by ${describeActor(actor)}`).toBe(expected);
          expect(policy.canChangeGroupPlace(actor, GROUP, { ...change, userId: actor.id }), `own ${from}→${to}`).toBe(false);
          if (actor.role === "FOCAL_POINT")
            expect(policy.canChangeGroupPlace(actor, "another-group", change), `${from}→${to} elsewhere`).toBe(false);
        }
    }
  });

  it("lets authors edit their own posts and members comment on unlocked ones", () => {
    const POST = (authorId: string, locked = false, deleted = false, draft = false) => ({
      groupId: GROUP,
      authorId,
      locked,
      deleted,
      draft,
    });
    for (const actor of everyActor()) {
      const participate = actor.status === "ACTIVE" && actor.memberships.length > 0;
      expect(policy.canEditPost(actor, POST(actor.id)), describeActor(actor)).toBe(participate);
      expect(policy.canEditPost(actor, POST("someone-else")), describeActor(actor)).toBe(false);
      expect(policy.canEditPost(actor, POST(actor.id, false, true))).toBe(false);
      expect(policy.canComment(actor, POST("someone-else")), describeActor(actor)).toBe(participate);
      expect(policy.canComment(actor, POST("someone-else", true))).toBe(false);
      // Drafts: the author edits their own; nobody comments on one, the author included.
      expect(policy.canEditPost(actor, POST(actor.id, false, false, true)), describeActor(actor)).toBe(participate);
      expect(policy.canComment(actor, POST(actor.id, false, false, true)), describeActor(actor)).toBe(false);
      expect(policy.canComment(actor, POST("someone-else", false, false, true)), describeActor(actor)).toBe(false);
    }
  });

  it("lets only its author read a draft, and a published post whoever reads the group's space", () => {
    for (const actor of everyActor()) {
      const space = policy.canReadGroupSpace(actor, GROUP);
      const own = { groupId: GROUP, authorId: actor.id };
      const others = { groupId: GROUP, authorId: "someone-else" };
      expect(policy.canReadPost(actor, { ...others, draft: false }), describeActor(actor)).toBe(space);
      expect(policy.canReadPost(actor, { ...own, draft: false }), describeActor(actor)).toBe(space);
      // Not the chair, the secretariat or an admin: a draft is its author's alone.
      expect(policy.canReadPost(actor, { ...others, draft: true }), describeActor(actor)).toBe(false);
      expect(policy.canReadPost(actor, { ...own, draft: true }), describeActor(actor)).toBe(space);
      expect(policy.canReadPost(actor, { groupId: "another-group", authorId: actor.id, draft: true })).toBe(
        policy.canReadGroupSpace(actor, "another-group"),
      );
    }
  });

  it("lets chairs edit any plan item and the proposer only while it is proposed", () => {
    for (const actor of everyActor()) {
      const membership = membershipOf(actor);
      const active = actor.status === "ACTIVE";
      for (const status of ["PROPOSED", "AGREED"]) {
        const own = policy.canEditPlanItem(actor, { groupId: GROUP, proposedById: actor.id, status });
        const others = policy.canEditPlanItem(actor, { groupId: GROUP, proposedById: "someone-else", status });
        expect(others, describeActor(actor)).toBe(active && GROUP_MANAGE[membership]);
        expect(own, describeActor(actor)).toBe(active && (GROUP_MANAGE[membership] || (membership !== "none" && status === "PROPOSED")));
      }
    }
  });

  it("lets anyone create a platform event, and a group event only its members and the secretariat", () => {
    for (const actor of everyActor()) {
      const membership = actor.memberships[0]?.role ?? "none";
      const active = actor.status === "ACTIVE";
      expect(policy.canCreateEvent(actor, null), describeActor(actor)).toBe(active);
      expect(policy.canCreateEvent(actor, GROUP), describeActor(actor)).toBe(active && EVENT_CREATE_IN_GROUP[actor.role][membership]);
      expect(policy.canCreateEvent(actor, "another-group")).toBe(active && actor.role !== "FOCAL_POINT");
    }
  });

  it("lets the creator, the organizing organizations, the group's chairs and the secretariat edit an event", () => {
    for (const actor of everyActor()) {
      const membership = actor.memberships[0]?.role ?? "none";
      const active = actor.status === "ACTIVE";
      for (const relation of ["creator", "organizerOrg", "none"] as const) {
        const event: policy.EventScope = {
          visibility: "ALL_FOCAL_POINTS",
          groupId: GROUP,
          status: "SCHEDULED",
          createdById: relation === "creator" ? actor.id : "someone-else",
          organizerIds: relation === "organizerOrg" ? ["another-org", actor.organizationId] : ["another-org"],
        };
        expect(policy.canEditEvent(actor, event), `${relation} ${describeActor(actor)}`).toBe(
          active && EVENT_EDIT[actor.role][relation][membership],
        );
        // Group-only: editing needs reading first (a creator who left the group no longer sees it).
        expect(
          policy.canEditEvent(actor, { ...event, visibility: "GROUP_MEMBERS" }),
          `group-only ${relation} ${describeActor(actor)}`,
        ).toBe(active && EVENT_EDIT[actor.role][relation][membership] && EVENT_READ.GROUP_MEMBERS[actor.role][membership]);
      }
      // A platform event without a group: the group's chairs have no say.
      const platformEvent: policy.EventScope = {
        visibility: "ALL_FOCAL_POINTS",
        groupId: null,
        status: "SCHEDULED",
        createdById: "someone-else",
        organizerIds: [],
      };
      expect(policy.canEditEvent(actor, platformEvent), describeActor(actor)).toBe(active && actor.role !== "FOCAL_POINT");
      expect(policy.canManageCalendarFeed(actor)).toBe(active);
    }
  });

  it("walks the resources row: who reads, who publishes where, who edits", () => {
    for (const actor of everyActor()) {
      const membership = membershipOf(actor);
      const active = actor.status === "ACTIVE";
      const secretariat = active && actor.role !== "FOCAL_POINT";
      const entity = actor.organizationKind !== "MEMBER_STATE";
      expect(policy.canReadResource(actor, { groupId: null })).toBe(active);
      expect(policy.canReadResource(actor, { groupId: GROUP }), describeActor(actor)).toBe(active && GROUP_READ[actor.role][membership]);
      expect(policy.canPublishResource(actor, null), describeActor(actor)).toBe(secretariat || (active && entity));
      expect(policy.canPublishResource(actor, GROUP), describeActor(actor)).toBe(active && membership !== "none");
      expect(policy.canEditResource(actor, { groupId: null, createdById: actor.id })).toBe(active);
      expect(policy.canEditResource(actor, { groupId: null, createdById: "someone-else" }), describeActor(actor)).toBe(secretariat);
      expect(policy.canEditResource(actor, { groupId: GROUP, createdById: "someone-else" }), describeActor(actor)).toBe(
        secretariat || (active && GROUP_MANAGE[membership]),
      );
      expect(policy.canEditResource(actor, { groupId: "another-group", createdById: actor.id }), describeActor(actor)).toBe(secretariat);
    }
  });

  describe("technical-assistance recommendations", () => {
    const SHARINGS: Record<string, policy.Sharing> = {
      notShared: { scope: "NOT_SHARED", organizationIds: [] },
      unEntities: { scope: "UN_ENTITIES", organizationIds: [] },
      namedMe: { scope: "NAMED", organizationIds: ["org"] },
      namedOthers: { scope: "NAMED", organizationIds: ["another-entity"] },
    };
    type Reader = "seesAll" | "ownState" | "otherState" | "entity" | "observer";
    // The rule of DESIGN.md and the issue, one row per kind of reader, one column per consent.
    const READ: Record<Reader, Record<keyof typeof SHARINGS, boolean>> = {
      seesAll: { notShared: true, unEntities: true, namedMe: true, namedOthers: true },
      ownState: { notShared: true, unEntities: true, namedMe: true, namedOthers: true },
      otherState: { notShared: false, unEntities: false, namedMe: false, namedOthers: false },
      entity: { notShared: false, unEntities: true, namedMe: true, namedOthers: false },
      observer: { notShared: false, unEntities: false, namedMe: true, namedOthers: false },
    };
    const readerOf = (a: Actor, stateId: string): Reader =>
      a.role !== "FOCAL_POINT" || a.inAssessmentBody
        ? "seesAll"
        : a.organizationKind === "MEMBER_STATE"
          ? a.organizationId === stateId
            ? "ownState"
            : "otherState"
          : a.organizationKind === "COMPACT_ENTITY"
            ? "entity"
            : "observer";

    it("lets each reader see exactly what the consent allows", () => {
      for (const actor of everyActor()) {
        // A State's id can only be the reader's own organization when the reader is that State.
        for (const stateId of actor.organizationKind === "MEMBER_STATE" ? ["org", "another-state"] : ["another-state"]) {
          for (const [name, sharing] of Object.entries(SHARINGS) as Array<[keyof typeof SHARINGS, policy.Sharing]>) {
            // The assessment's consent alone, then narrowed per recommendation by each scope: the reader must
            // be within both.
            for (const [narrowName, narrowing] of [["asAssessment", null], ...Object.entries(SHARINGS)] as Array<
              [string, policy.Sharing | null]
            >) {
              const rec = { stateId, assessment: sharing, recommendation: narrowing };
              const reader = readerOf(actor, stateId);
              const withinNarrowing = narrowing === null || READ[reader][narrowName as keyof typeof SHARINGS];
              const expected = actor.status === "ACTIVE" && READ[reader][name] && withinNarrowing;
              const label = `${describeActor(actor)} state=${stateId} ${name} narrowed=${narrowName}`;
              expect(policy.canReadRecommendation(actor, rec), label).toBe(expected);
              // Responding goes by the organization's place in the consent, whoever sees all.
              const asOrganization: Reader | null =
                actor.organizationKind === "COMPACT_ENTITY" ? "entity" : actor.organizationKind === "COMPACT_OBSERVER" ? "observer" : null;
              const organizationWithin =
                asOrganization !== null &&
                READ[asOrganization][name] &&
                (narrowing === null || READ[asOrganization][narrowName as keyof typeof SHARINGS]);
              expect(policy.canRespondToRecommendation(actor, rec), label).toBe(actor.status === "ACTIVE" && organizationWithin);
              expect(policy.canSeeRecommendationResponse(actor, rec, "org"), label).toBe(expected);
              expect(policy.canSeeRecommendationResponse(actor, rec, "some-entity"), label).toBe(
                expected && (reader === "seesAll" || reader === "ownState"),
              );
            }
          }
          expect(policy.canReadStateRecommendations(actor, stateId), describeActor(actor)).toBe(
            actor.status === "ACTIVE" && (readerOf(actor, stateId) === "seesAll" || readerOf(actor, stateId) === "ownState"),
          );
        }
        const active = actor.status === "ACTIVE";
        expect(policy.canAuthorRecommendations(actor), describeActor(actor)).toBe(
          active && (actor.role !== "FOCAL_POINT" || actor.inAssessmentBody),
        );
        expect(policy.canReadRecommendationAccessRecord(actor), describeActor(actor)).toBe(active && actor.inAssessmentBody);
        expect(policy.canUseRecommendations(actor), describeActor(actor)).toBe(active);
        expect(policy.canReadRecommendationDashboard(actor), describeActor(actor)).toBe(
          active && (actor.role !== "FOCAL_POINT" || actor.inAssessmentBody),
        );
        expect(policy.readingIsRecorded(actor), describeActor(actor)).toBe(
          !(active && (actor.role !== "FOCAL_POINT" || actor.inAssessmentBody)),
        );
      }
    });

    it("narrows consent per recommendation and never widens it", () => {
      const { notShared, unEntities, namedMe, namedOthers } = SHARINGS;
      const both: policy.Sharing = { scope: "NAMED", organizationIds: ["org", "another-entity"] };
      expect(policy.effectiveSharing(unEntities, null)).toEqual(unEntities);
      expect(policy.effectiveSharing(unEntities, namedMe)).toEqual(namedMe);
      expect(policy.effectiveSharing(unEntities, notShared)).toEqual(notShared);
      expect(policy.effectiveSharing(notShared, unEntities)).toEqual(notShared);
      expect(policy.effectiveSharing(namedOthers, unEntities)).toEqual(namedOthers);
      expect(policy.effectiveSharing(namedOthers, namedMe)).toEqual({ scope: "NAMED", organizationIds: [] });
      expect(policy.effectiveSharing(both, namedMe)).toEqual(namedMe);
    });

    it("never lets a named narrowing widen a UN-entities consent to an observer", () => {
      const observer = {
        ...[...everyActor()].find(
          (a) => a.status === "ACTIVE" && a.role === "FOCAL_POINT" && a.organizationKind === "COMPACT_OBSERVER" && !a.inAssessmentBody,
        )!,
      };
      const rec = { stateId: "another-state", assessment: SHARINGS.unEntities, recommendation: SHARINGS.namedMe };
      expect(observer.organizationId).toBe("org");
      expect(policy.canReadRecommendation(observer, rec)).toBe(false);
      expect(policy.canReadRecommendation(observer, { ...rec, assessment: SHARINGS.namedMe, recommendation: SHARINGS.unEntities })).toBe(
        false,
      );
      expect(policy.canReadRecommendation(observer, { ...rec, assessment: SHARINGS.namedMe, recommendation: null })).toBe(true);
    });
  });

  it("walks the activities-and-projects rows for every actor", () => {
    let checked = 0;
    for (const actor of everyActor()) {
      const row = WORK_TABLE[actor.role][actor.organizationKind];
      const active = actor.status === "ACTIVE";
      const who = describeActor(actor);
      expect(policy.canReadActivitiesAndProjects(actor), who).toBe(active && row.read);
      expect(policy.canRecordWork(actor), who).toBe(active && row.record);
      expect(policy.canRecordWorkLedBy(actor, actor.organizationId), who).toBe(active && row.ownLead);
      expect(policy.canRecordWorkLedBy(actor, "another-org"), who).toBe(active && row.otherLead);
      expect(policy.canEditLedWork(actor, { leadOrganizationId: actor.organizationId }), who).toBe(active && row.ownLead);
      expect(policy.canEditLedWork(actor, { leadOrganizationId: "another-org" }), who).toBe(active && row.otherLead);
      expect(policy.canManageThematicAreas(actor), who).toBe(active && row.thematicAreas);
      expect(policy.canReadActivitySummary(actor), who).toBe(active && row.summary);
      checked++;
    }
    expect(checked).toBe(ROLES.length * STATUSES.length * KINDS.length * 2 * MEMBERSHIPS.length);
  });

  it("walks who invites, suspends and re-roles which accounts, and never lets anyone change their own", () => {
    for (const actor of everyActor()) {
      const active = actor.status === "ACTIVE";
      const who = describeActor(actor);
      for (const targetRole of ROLES) {
        const allowed = active && ACCOUNT_TABLE[actor.role][targetRole];
        expect(policy.canInviteWithRole(actor, targetRole), `${who} invites ${targetRole}`).toBe(allowed);
        expect(policy.canChangeAccountOf(actor, { id: "other", role: targetRole }), `${who} suspends ${targetRole}`).toBe(allowed);
        expect(policy.canChangeAccountOf(actor, { id: actor.id, role: targetRole }), who).toBe(false);
      }
      expect(policy.canChangeRoleOf(actor, { id: "other" }), who).toBe(active && actor.role === "ADMIN");
      expect(policy.canChangeRoleOf(actor, { id: actor.id }), who).toBe(false);
    }
  });

  it("denies everything to an account that is not active (deny by default)", () => {
    const grants = Object.entries(policy).filter(([name, value]) => typeof value === "function" && /^(can|is|has)/.test(name)) as Array<
      [string, (...args: unknown[]) => unknown]
    >;
    expect(grants.length).toBeGreaterThan(5);
    for (const actor of everyActor()) {
      if (actor.status === "ACTIVE") continue;
      for (const [name, rule] of grants) {
        const subjects = [
          { id: actor.id },
          { id: "other" },
          GROUP,
          "admin" as const,
          "audit.read" as const,
          "users.read" as const,
          {
            groupId: GROUP,
            authorId: actor.id,
            locked: false,
            deleted: false,
            proposedById: actor.id,
            status: "PROPOSED",
            createdById: actor.id,
          },
          { groupId: null, createdById: actor.id },
          { stateId: "org", sharing: { scope: "UN_ENTITIES", organizationIds: ["org"] } },
        ];
        for (const subject of subjects) {
          expect(rule(actor, subject, 2), `${name} for ${describeActor(actor)}`).toBe(false);
        }
      }
    }
  });
});

// Nominations, designations and handover: the organization's leads nominate; only the secretariat decides; an
// organization's people and nominations stay within it (and the secretariat); a handover is the person's own, their
// lead's (for focal points) or whoever may change the account.
describe("nominations, designations and handover", () => {
  const OWN = "org";
  const OTHER = "other-org";
  function* withLead(): Generator<Actor> {
    for (const actor of everyActor()) for (const isLead of [false, true]) yield { ...actor, isLead };
  }
  const active = (a: Actor) => a.status === "ACTIVE";
  const secretariat = (a: Actor) => active(a) && (a.role === "SECRETARIAT" || a.role === "ADMIN");
  const lead = (a: Actor) => active(a) && a.isLead === true;

  it("lets only an organization's active leads nominate for it, and only the secretariat decide", () => {
    for (const actor of withLead()) {
      expect(policy.canNominateFor(actor, OWN), describeActor(actor)).toBe(lead(actor));
      expect(policy.canNominateFor(actor, OTHER), describeActor(actor)).toBe(false);
      expect(policy.canDecideNominations(actor), describeActor(actor)).toBe(secretariat(actor));
    }
  });

  it("shows an organization's people to its own people and the secretariat, its nominations to its leads and the secretariat", () => {
    for (const actor of withLead()) {
      expect(policy.canSeeOrganizationPeople(actor, OWN), describeActor(actor)).toBe(active(actor));
      expect(policy.canSeeOrganizationPeople(actor, OTHER), describeActor(actor)).toBe(secretariat(actor));
      expect(policy.canSeeNominationsOf(actor, OWN), describeActor(actor)).toBe(secretariat(actor) || lead(actor));
      expect(policy.canSeeNominationsOf(actor, OTHER), describeActor(actor)).toBe(secretariat(actor));
    }
  });

  it("lets the secretariat mark leads, and a lead or the secretariat set a focal point's designation", () => {
    const focalPoint = { id: "someone", organizationId: OWN, role: "FOCAL_POINT" as const };
    for (const actor of withLead()) {
      expect(policy.canMarkLead(actor, focalPoint), describeActor(actor)).toBe(secretariat(actor));
      expect(policy.canMarkLead(actor, { role: "SECRETARIAT" }), describeActor(actor)).toBe(false);
      expect(policy.canSetDesignationOf(actor, focalPoint), describeActor(actor)).toBe(secretariat(actor) || lead(actor));
      expect(policy.canSetDesignationOf(actor, { ...focalPoint, organizationId: OTHER }), describeActor(actor)).toBe(secretariat(actor));
    }
  });

  it("lets a person hand over their own work, their lead hand over a focal point's, the secretariat any focal point's", () => {
    const colleague = { id: "someone", organizationId: OWN, role: "FOCAL_POINT" as const };
    for (const actor of withLead()) {
      expect(policy.canHandOver(actor, { id: actor.id, organizationId: OWN, role: actor.role }), describeActor(actor)).toBe(active(actor));
      expect(policy.canHandOver(actor, colleague), describeActor(actor)).toBe(secretariat(actor) || lead(actor));
      expect(policy.canHandOver(actor, { ...colleague, organizationId: OTHER }), describeActor(actor)).toBe(secretariat(actor));
      expect(policy.canHandOver(actor, { ...colleague, role: "SECRETARIAT" }), describeActor(actor)).toBe(
        active(actor) && actor.role === "ADMIN",
      );
    }
  });
});
