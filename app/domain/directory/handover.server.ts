// Handover: a focal point who leaves (or their lead, or the secretariat) hands their work to a successor of the same
// organization: working-group seats and roles (a chair's seat goes to the successor, so a group never lacks its
// chair), the activities, projects and open responses to recommendations they are the contact for, the events they
// organise and the work-plan items they proposed that are still open, and the lead role. A preview lists every item
// first; the handover is one transaction, audited; the leaver's account is then suspended and kept as a former
// focal point.
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { db, type Prisma } from "~/db.server";
import { canHandOver } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { auditBy } from "~/audit.server";
import { revokeSessionsOf } from "~/auth/session.server";
import { sendMail } from "~/mail.server";
import { noticeMail } from "~/mail-templates.server";
import { uuidField, versionField } from "../../fields";
import type { GroupRole } from "../../enums";

export const HandoverQuery = z.object({ to: uuidField.optional().catch(undefined) });
export const HandoverInput = z.object({ successorId: uuidField, version: versionField });

const ROLE_RANK: Record<GroupRole, number> = { MEMBER: 0, VICE_CHAIR: 1, CHAIR: 2 };
const OPEN_PLAN_STATUSES = ["PROPOSED", "AGREED", "IN_PROGRESS"] as const;

async function leaverFor(actor: ActingUser, organizationId: string, leaverId: string) {
  const leaver = await db.user.findUnique({
    where: { id: leaverId },
    select: { id: true, name: true, role: true, status: true, organizationId: true, leadSince: true, version: true },
  });
  // Another organization's person, or one the actor may not hand over, is not found from here.
  if (!leaver || leaver.organizationId !== organizationId || leaver.status !== "ACTIVE") notFound();
  ensure(canHandOver(actor, leaver));
  return leaver;
}

/** Refuses (404) anyone who may not hand this person's work over, before their form is read. */
export async function ensureHandsOver(actor: ActingUser, organizationId: string, leaverId: string) {
  await leaverFor(actor, organizationId, leaverId);
}

/** What would move from `leaverId` to a successor: every item, read in the same shape the handover moves it. */
async function itemsOf(client: Prisma.TransactionClient | typeof db, leaverId: string) {
  const now = new Date();
  const [memberships, activities, projects, responses, events, planItems] = await Promise.all([
    client.membership.findMany({
      where: { userId: leaverId },
      orderBy: { group: { number: "asc" } },
      select: { groupId: true, role: true, group: { select: { id: true, number: true, slug: true, ...LOCAL_NAMES } } },
    }),
    client.activity.findMany({
      where: { contactId: leaverId },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select: { id: true, title: true, status: true, startDate: true },
    }),
    client.project.findMany({
      where: { contactId: leaverId },
      orderBy: [{ code: "asc" }],
      select: { id: true, code: true, title: true, status: true },
    }),
    client.recommendationResponse.findMany({
      where: { contactId: leaverId, stage: { not: "DELIVERED" } },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      select: { id: true, stage: true, recommendation: { select: { id: true, number: true, text: true } } },
    }),
    client.event.findMany({
      where: { createdById: leaverId, status: { not: "CANCELLED" }, seriesEndsAt: { gt: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, startsAt: true, allDay: true, timeZone: true },
    }),
    client.workPlanItem.findMany({
      where: { proposedById: leaverId, status: { in: [...OPEN_PLAN_STATUSES] } },
      orderBy: [{ rank: "asc" }, { id: "asc" }],
      select: { id: true, title: true, status: true, group: { select: { slug: true, number: true } } },
    }),
  ]);
  return { memberships, activities, projects, responses, events, planItems };
}

/** The handover page: the leaver, the possible successors, and (once one is chosen) the preview of every item. */
export async function handoverPreview(actor: ActingUser, organizationId: string, leaverId: string, successorId?: string) {
  const leaver = await leaverFor(actor, organizationId, leaverId);
  const successors = await db.user.findMany({
    where: { organizationId, status: "ACTIVE", id: { not: leaver.id } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, title: true },
    take: 500,
  });
  const successor = successorId ? (successors.find((s) => s.id === successorId) ?? null) : null;
  const items = await itemsOf(db, leaver.id);
  const successorRoles = successor
    ? new Map(
        (await db.membership.findMany({ where: { userId: successor.id }, select: { groupId: true, role: true } })).map((m) => [
          m.groupId,
          m.role,
        ]),
      )
    : new Map<string, GroupRole>();
  return {
    leaver: { id: leaver.id, name: leaver.name, version: leaver.version, isLead: leaver.leadSince !== null },
    self: leaver.id === actor.id,
    successors,
    successor,
    items: {
      ...items,
      memberships: items.memberships.map((m) => ({
        ...m,
        successorRole: successorRoles.get(m.groupId) ?? null,
        resultingRole: strongerRole(m.role, successorRoles.get(m.groupId) ?? null),
      })),
    },
  };
}

const strongerRole = (a: GroupRole, b: GroupRole | null): GroupRole => (b && ROLE_RANK[b] > ROLE_RANK[a] ? b : a);

export type HandoverResult =
  | { ok: true; leaverName: string; successorName: string; self: boolean; moved: Record<string, number> }
  | { ok: false; errors: Record<string, string> };

export async function handOver(
  actor: ActingUser,
  organizationId: string,
  leaverId: string,
  input: z.infer<typeof HandoverInput>,
): Promise<HandoverResult> {
  const leaver = await leaverFor(actor, organizationId, leaverId);
  if (input.successorId === leaver.id) return { ok: false, errors: { successorId: "nominations.successorNotLeaver" } };
  const outcome = await db.$transaction(async (tx) => {
    // Both accounts locked, leaver first by id order to avoid deadlocks with a crossing handover.
    const locked = await tx.$queryRaw<Array<{ id: string; status: string; organization_id: string; version: number }>>`
      SELECT "id", "status", "organization_id", "version" FROM "user" WHERE "id" IN (${leaver.id}::uuid, ${input.successorId}::uuid)
      ORDER BY "id" FOR UPDATE`;
    const lockedLeaver = locked.find((u) => u.id === leaver.id);
    const successor = locked.find((u) => u.id === input.successorId);
    if (!successor || successor.status !== "ACTIVE" || successor.organization_id !== organizationId)
      return { errors: { successorId: "nominations.successorInvalid" } as Record<string, string> };
    if (!lockedLeaver || lockedLeaver.status !== "ACTIVE" || lockedLeaver.version !== input.version)
      return { errors: { form: "nominations.handoverStale" } as Record<string, string> };

    const items = await itemsOf(tx, leaver.id);
    const successorSeats = new Map(
      (await tx.membership.findMany({ where: { userId: successor.id }, select: { groupId: true, role: true } })).map((m) => [
        m.groupId,
        m.role,
      ]),
    );
    for (const seat of items.memberships) {
      const theirs = successorSeats.get(seat.groupId) ?? null;
      const role = strongerRole(seat.role, theirs);
      if (theirs === null) await tx.membership.create({ data: { userId: successor.id, groupId: seat.groupId, role } });
      else if (role !== theirs)
        await tx.membership.update({ where: { userId_groupId: { userId: successor.id, groupId: seat.groupId } }, data: { role } });
    }
    await tx.membership.deleteMany({ where: { userId: leaver.id } });
    const to = { contactId: successor.id };
    await tx.activity.updateMany({ where: { id: { in: items.activities.map((a) => a.id) } }, data: to });
    await tx.project.updateMany({ where: { id: { in: items.projects.map((p) => p.id) } }, data: to });
    await tx.recommendationResponse.updateMany({ where: { id: { in: items.responses.map((r) => r.id) } }, data: to });
    await tx.event.updateMany({ where: { id: { in: items.events.map((e) => e.id) } }, data: { createdById: successor.id } });
    await tx.workPlanItem.updateMany({ where: { id: { in: items.planItems.map((p) => p.id) } }, data: { proposedById: successor.id } });
    if (leaver.leadSince) await tx.user.updateMany({ where: { id: successor.id, leadSince: null }, data: { leadSince: new Date() } });
    await tx.user.update({
      where: { id: leaver.id },
      data: { status: "SUSPENDED", leftAt: new Date(), leadSince: null, version: { increment: 1 } },
    });
    const moved = {
      groups: items.memberships.length,
      activities: items.activities.length,
      projects: items.projects.length,
      responses: items.responses.length,
      events: items.events.length,
      planItems: items.planItems.length,
    };
    await auditBy(actor, tx, {
      action: "handover.completed",
      subjectType: "User",
      subjectId: leaver.id,
      before: { status: "ACTIVE", lead: leaver.leadSince !== null },
      after: {
        status: "SUSPENDED",
        successorId: successor.id,
        moved,
        groups: items.memberships.map((m) => ({ groupId: m.groupId, role: m.role })),
        activityIds: items.activities.map((a) => a.id),
        projectIds: items.projects.map((p) => p.id),
        responseIds: items.responses.map((r) => r.id),
        eventIds: items.events.map((e) => e.id),
        planItemIds: items.planItems.map((p) => p.id),
      },
    });
    return { moved, successorId: successor.id };
  });
  if (!outcome.moved) return { ok: false, errors: outcome.errors ?? {} };
  await revokeSessionsOf(leaver.id);
  const successor = await db.user.findUniqueOrThrow({
    where: { id: outcome.successorId },
    select: { name: true, email: true, locale: true },
  });
  await sendMail(
    await noticeMail({
      to: successor.email,
      name: successor.name,
      locale: successor.locale,
      notice: "handoverReceived",
      values: { person: leaver.name },
      path: "/profile",
    }),
  );
  return { ok: true, leaverName: leaver.name, successorName: successor.name, self: leaver.id === actor.id, moved: outcome.moved };
}
