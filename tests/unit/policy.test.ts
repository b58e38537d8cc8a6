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

const describeActor = (a: Actor) => `${a.role}/${a.status}/${a.organizationKind}/${a.inAssessmentBody ? "assessment" : "-"}/${a.memberships[0]?.role ?? "non-member"}`;

// Administration row: users, organizations, invitations — ADMIN; the audit trail — ADMIN and SECRETARIAT read.
const ADMIN_TABLE: Record<policy.AdminAction, Record<PlatformRole, boolean>> = {
  "users.read": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "users.invite": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "users.suspend": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "users.changeRole": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "organizations.read": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "organizations.write": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "invitations.read": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "invitations.write": { ADMIN: true, SECRETARIAT: false, FOCAL_POINT: false },
  "audit.read": { ADMIN: true, SECRETARIAT: true, FOCAL_POINT: false },
};

// Group spaces: members of the group and SECRETARIAT (ADMIN holds SECRETARIAT's rights) read; chair and vice-chair manage.
const GROUP_READ: Record<PlatformRole, Record<GroupRole | "none", boolean>> = {
  ADMIN: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  SECRETARIAT: { none: true, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
  FOCAL_POINT: { none: false, MEMBER: true, VICE_CHAIR: true, CHAIR: true },
};
const GROUP_MANAGE: Record<GroupRole | "none", boolean> = { none: false, MEMBER: false, VICE_CHAIR: true, CHAIR: true };


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

  it("keeps group spaces to members and the secretariat, and management to chairs and vice-chairs", () => {
    for (const actor of everyActor()) {
      const membership = actor.memberships[0]?.role ?? "none";
      const active = actor.status === "ACTIVE";
      expect(policy.canReadGroupSpace(actor, GROUP), describeActor(actor)).toBe(active && GROUP_READ[actor.role][membership]);
      expect(policy.canReadGroupSpace(actor, "another-group"), describeActor(actor)).toBe(active && actor.role !== "FOCAL_POINT");
      expect(policy.canManageGroup(actor, GROUP), describeActor(actor)).toBe(active && GROUP_MANAGE[membership]);
      expect(policy.canManageGroup(actor, "another-group")).toBe(false);
    }
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

  it("never lets an admin lock themself out", () => {
    for (const actor of everyActor()) {
      expect(policy.canChangeAccountOf(actor, { id: actor.id })).toBe(false);
      expect(policy.canChangeAccountOf(actor, { id: "other" })).toBe(actor.status === "ACTIVE" && actor.role === "ADMIN");
    }
  });

  it("denies everything to an account that is not active (deny by default)", () => {
    const grants = Object.entries(policy).filter(([name, value]) => typeof value === "function" && /^(can|is|has)/.test(name)) as Array<[string, (...args: unknown[]) => unknown]>;
    expect(grants.length).toBeGreaterThan(5);
    for (const actor of everyActor()) {
      if (actor.status === "ACTIVE") continue;
      for (const [name, rule] of grants) {
        for (const subject of [{ id: actor.id }, { id: "other" }, GROUP, "admin" as const, "audit.read" as const, "users.read" as const]) {
          expect(rule(actor, subject), `${name} for ${describeActor(actor)}`).toBe(false);
        }
      }
    }
  });
});
