// A working group's membership: chairs and vice-chairs add and remove members; the chair and the secretariat
// change chair and vice-chair roles; nobody changes their own; focal points ask to join; members leave; the last
// chair stays until replaced (policy: canChangeGroupPlace).
import { z } from "zod";
import { rowsKept } from "~/data-versions.server";
import { db, Prisma, readRows } from "~/db.server";
import { inLanguage, type LocalizedNames } from "~/names";
import { localNameColumns, organizationOfRow } from "~/names.server";
import {
  canChangeGroupPlace,
  canManageGroup,
  canManageGroupPlaces,
  canReadGroupSpace,
  canReadGroupSummary,
  canRequestToJoin,
} from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { auditBy } from "~/audit.server";
import { groupSpaceId, organizationSummary, requireGroupSpace, type GroupAddress } from "./spaces.server";
import { GroupRole, valuesOf } from "~/enums";
import { notify } from "../notifications/notify.server";

/** Members one page of the members page lists (chairs first, then by name): a large group is not sent whole. */
export const MEMBERS_PAGE_SIZE = 50;

const sql = Prisma.sql;

type MemberRow = LocalizedNames & {
  role: GroupRole;
  createdAt: Date;
  userId: string;
  userName: string;
  title: string | null;
  organizationId: string;
  acronym: string | null;
  total: number;
};

/**
 * One page of a group's active members, chairs first, then by name, with how many there are. One statement, each
 * member's person and organization joined once (Prisma's query joined the people twice, over all of them, and
 * counted them in a second statement: 10–13 ms and 5.5 ms for a group of 517 at the scale data; now 4 ms in all).
 */
async function membersInOrder(groupId: string, page: number) {
  // The group's people are named first (an array, so PostgreSQL reads them by key): joined as a set, all 10,000 people
  // were read to find the group's 517 (8.4 against 4.2 ms).
  const active = sql`m.group_id = ${groupId}::uuid AND u.status = 'ACTIVE'
    AND u.id = ANY(ARRAY(SELECT x.user_id FROM membership x WHERE x.group_id = ${groupId}::uuid))`;
  // Kept while the people, memberships and organizations are unchanged (app/data-versions.server.ts): the statement
  // was the members page's costliest (3 ms of the database's time at every view of a group of 517).
  const rows = await rowsKept<MemberRow>(
    ["people", "reference"],
    sql`
    SELECT m.role::text AS role, m.created_at AS "createdAt", u.id::text AS "userId", u.name AS "userName", u.title,
      o.id::text AS "organizationId", ${localNameColumns("o")}, o.acronym, count(*) OVER ()::int AS total
    FROM membership m JOIN "user" u ON u.id = m.user_id JOIN organization o ON o.id = u.organization_id
    WHERE ${active}
    ORDER BY m.role, u.name, m.user_id
    LIMIT ${MEMBERS_PAGE_SIZE} OFFSET ${(page - 1) * MEMBERS_PAGE_SIZE}`,
  );
  // Past the last page there is no row to carry the count.
  const total =
    rows[0]?.total ??
    (page > 1
      ? (
          await readRows<{ n: number }>(sql`SELECT count(*)::int AS n FROM membership m JOIN "user" u ON u.id = m.user_id WHERE ${active}`)
        )[0].n
      : 0);
  const members = rows.map((r) => ({
    role: r.role,
    createdAt: r.createdAt,
    user: {
      id: r.userId,
      name: r.userName,
      title: r.title,
      organization: organizationOfRow(r),
    },
  }));
  return { members, total };
}

export async function listMembers(actor: ActingUser, group: GroupAddress, page = 1) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canReadGroupSpace(actor, groupId));
  const [{ members, total }, requests] = await Promise.all([
    membersInOrder(groupId, page),
    canManageGroup(actor, groupId)
      ? db.joinRequest.findMany({
          where: { groupId, status: "PENDING" },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            message: true,
            createdAt: true,
            user: { select: { id: true, name: true, organization: organizationSummary } },
          },
        })
      : Promise.resolve([]),
  ]);
  return { members, total, requests };
}

/** Active users who are not yet members, for the chair's "add a member" picker. */
export async function candidateMembers(actor: ActingUser, group: GroupAddress, query: string) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canManageGroup(actor, groupId), "403");
  if (query.trim().length < 2) return [];
  return db.user.findMany({
    where: {
      status: "ACTIVE",
      memberships: { none: { groupId } },
      OR: [{ name: { contains: query.trim(), mode: "insensitive" } }, { email: { contains: query.trim().toLowerCase() } }],
    },
    orderBy: { name: "asc" },
    take: 20,
    select: { id: true, name: true, organization: organizationSummary },
  });
}

export const MembershipChange = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), userId: z.uuid("errors.invalidField"), role: z.enum(GroupRole).default("MEMBER") }),
  z.object({ intent: z.literal("remove"), userId: z.uuid() }),
  z.object({ intent: z.literal("changeRole"), userId: z.uuid(), role: z.enum(GroupRole) }),
  z.object({ intent: z.literal("decide"), requestId: z.uuid(), decision: z.enum(["accept", "decline"]) }),
]);
export type MembershipChange = z.infer<typeof MembershipChange>;

export type ChangeResult = { ok: true; name?: string } | { ok: false; error: string };

/**
 * Membership changes by the group's chairs and vice-chairs, and role changes by its chair and the secretariat
 * (canChangeGroupPlace decides each one). Runs with the group row locked, so two chairs acting at once are
 * serialised and the "at least one chair" rule cannot be broken by a race.
 */
export async function changeMembership(actor: ActingUser, group: GroupAddress, change: MembershipChange): Promise<ChangeResult> {
  const groupId = await groupSpaceId(actor, group);
  ensure(canManageGroupPlaces(actor, groupId), "403");
  return db.$transaction(async (tx) => {
    await lockGroup(tx, groupId);
    if (change.intent === "decide") {
      ensure(canManageGroup(actor, groupId), "403");
      return decideJoinRequest(tx, actor, groupId, change.requestId, change.decision);
    }
    const target = await tx.user.findUnique({ where: { id: change.userId }, select: { id: true, name: true, status: true } });
    if (!target || target.status !== "ACTIVE") return { ok: false, error: "groups.unknownPerson" };
    const current = await tx.membership.findUnique({ where: { userId_groupId: { userId: target.id, groupId } } });
    if (change.intent === "add" ? current : !current)
      return { ok: false, error: change.intent === "add" ? "groups.alreadyMember" : "groups.notMember" };
    const from = current?.role ?? null;
    const to = change.intent === "remove" ? null : change.role;
    ensure(canChangeGroupPlace(actor, groupId, { userId: target.id, from, to }), "403");

    if (change.intent === "add") {
      await tx.membership.create({ data: { userId: target.id, groupId, role: change.role } });
      await tx.joinRequest.updateMany({
        where: { groupId, userId: target.id, status: "PENDING" },
        data: { status: "ACCEPTED", decidedById: actor.id, decidedAt: new Date() },
      });
      await auditBy(actor, tx, {
        action: "group.memberAdded",
        subjectType: "WorkingGroup",
        subjectId: groupId,
        after: { userId: target.id, role: change.role },
      });
      return { ok: true, name: target.name };
    }
    if (!current || from === to) return { ok: true, name: target.name };
    const removesAChair = current.role === "CHAIR" && (change.intent === "remove" || change.role !== "CHAIR");
    if (removesAChair && (await tx.membership.count({ where: { groupId, role: "CHAIR" } })) <= 1) {
      return { ok: false, error: "groups.lastChair" };
    }
    if (change.intent === "remove") {
      await tx.membership.delete({ where: { id: current.id } });
      await auditBy(actor, tx, {
        action: "group.memberRemoved",
        subjectType: "WorkingGroup",
        subjectId: groupId,
        before: { userId: target.id, role: current.role },
      });
    } else {
      await tx.membership.update({ where: { id: current.id }, data: { role: change.role } });
      await auditBy(actor, tx, {
        action: "group.roleChanged",
        subjectType: "WorkingGroup",
        subjectId: groupId,
        before: { userId: target.id, role: current.role },
        after: { userId: target.id, role: change.role },
      });
    }
    return { ok: true, name: target.name };
  });
}

async function lockGroup(tx: Prisma.TransactionClient, groupId: string) {
  await tx.$queryRaw`SELECT id FROM working_group WHERE id = ${groupId}::uuid FOR UPDATE`;
}

async function decideJoinRequest(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  groupId: string,
  requestId: string,
  decision: "accept" | "decline",
): Promise<ChangeResult> {
  const request = await tx.joinRequest.findFirst({
    where: { id: requestId, groupId, status: "PENDING" },
    include: { user: { select: { name: true, status: true } } },
  });
  if (!request) return { ok: false, error: "groups.requestGone" };
  await tx.joinRequest.update({
    where: { id: request.id },
    data: { status: decision === "accept" ? "ACCEPTED" : "DECLINED", decidedById: actor.id, decidedAt: new Date() },
  });
  if (decision === "accept" && request.user.status === "ACTIVE") {
    await tx.membership.upsert({
      where: { userId_groupId: { userId: request.userId, groupId } },
      create: { userId: request.userId, groupId, role: "MEMBER" },
      update: {},
    });
  }
  await auditBy(actor, tx, {
    action: decision === "accept" ? "group.joinAccepted" : "group.joinDeclined",
    subjectType: "JoinRequest",
    subjectId: request.id,
    after: { userId: request.userId, groupId },
  });
  const group = await tx.workingGroup.findUniqueOrThrow({ where: { id: groupId }, select: { slug: true, name: true } });
  await notify(tx, {
    kind: "JOIN_DECISION",
    recipients: [request.userId],
    actorId: actor.id,
    // The decision is in the subject's type: the line says "accepted" or "declined".
    subject: { type: decision === "accept" ? "JoinRequestAccepted" : "JoinRequestDeclined", id: request.id },
    title: group.name,
    href: `/groups/${group.slug}`,
    mayRead: canReadGroupSummary,
  });
  return { ok: true, name: request.user.name };
}

export const JoinRequestInput = z.object({ message: z.string().trim().max(1000, "errors.tooLong").optional() });

export async function requestToJoin(actor: ActingUser, groupId: string, message?: string) {
  ensure(canRequestToJoin(actor, groupId), "403");
  await db.$transaction(async (tx) => {
    const request = await tx.joinRequest.upsert({
      where: { groupId_userId: { groupId, userId: actor.id } },
      create: { groupId, userId: actor.id, message: message || null },
      update: { status: "PENDING", message: message || null, decidedById: null, decidedAt: null, createdAt: new Date() },
    });
    await auditBy(actor, tx, { action: "group.joinRequested", subjectType: "JoinRequest", subjectId: request.id, after: { groupId } });
    // The chair and vice-chairs decide: they are told (at once, by default).
    const [group, officers] = [
      await tx.workingGroup.findUniqueOrThrow({ where: { id: groupId }, select: { slug: true, name: true } }),
      await tx.membership.findMany({ where: { groupId, role: { in: ["CHAIR", "VICE_CHAIR"] } }, select: { userId: true } }),
    ];
    await notify(tx, {
      kind: "JOIN_REQUEST",
      recipients: officers.map((o) => o.userId),
      actorId: actor.id,
      subject: { type: "JoinRequest", id: request.id },
      title: group.name,
      href: `/groups/${group.slug}/members`,
      groupId,
      mayRead: (recipient) => canManageGroup(recipient, groupId),
    });
  });
}

export async function withdrawJoinRequest(actor: ActingUser, groupId: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.joinRequest.updateMany({
      where: { groupId, userId: actor.id, status: "PENDING" },
      data: { status: "WITHDRAWN" },
    });
    if (count) await auditBy(actor, tx, { action: "group.joinWithdrawn", subjectType: "WorkingGroup", subjectId: groupId });
  });
}

export async function leaveGroup(actor: ActingUser, groupId: string): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    await lockGroup(tx, groupId);
    const membership = await tx.membership.findUnique({ where: { userId_groupId: { userId: actor.id, groupId } } });
    if (!membership) return { ok: false, error: "groups.notMember" };
    const chairs = await tx.membership.count({ where: { groupId, role: "CHAIR" } });
    if (membership.role === "CHAIR" && chairs <= 1) return { ok: false, error: "groups.lastChair" };
    await tx.membership.delete({ where: { id: membership.id } });
    await auditBy(actor, tx, { action: "group.left", subjectType: "WorkingGroup", subjectId: groupId, before: { role: membership.role } });
    return { ok: true };
  });
}

/**
 * The members page: one page of members with what the reader may do to each, the pending requests, and for those who
 * manage the group, the people whose name or address matches `find` (search to add: the platform's users are never
 * all listed). Organizations are named in `language` only (the reader's), as the page shows them: every other name of
 * 50 members' organizations was a third of the page's data.
 */
export async function membersPage(actor: ActingUser, group: GroupAddress, find: string, page: number, language: string) {
  const space = await requireGroupSpace(actor, group);
  const groupId = space.id;
  const manage = canManageGroup(actor, groupId);
  const [{ members, total, requests }, candidates] = await Promise.all([
    listMembers(actor, space, page),
    manage && find ? candidateMembers(actor, space, find) : Promise.resolve(null),
  ]);
  // What this reader may do to each member: the roles it may give and whether it may remove.
  const places = canManageGroupPlaces(actor, groupId);
  const may = (userId: string, from: GroupRole | null, to: GroupRole | null) =>
    places && canChangeGroupPlace(actor, groupId, { userId, from, to });
  const roles = valuesOf(GroupRole);
  const named = <P extends { organization: LocalizedNames }>(person: P) => ({
    ...person,
    organization: inLanguage(person.organization, language),
  });
  const placed = members.map((m) => ({
    ...m,
    user: named(m.user),
    roleChoices: roles.filter((r) => r !== m.role && may(m.user.id, m.role, r)),
    removable: may(m.user.id, m.role, null),
  }));
  const addRoles = roles.filter((r) => may("", null, r));
  return {
    members: placed,
    total,
    page,
    pageSize: MEMBERS_PAGE_SIZE,
    requests: requests.map((r) => ({ ...r, user: named(r.user) })),
    candidates: candidates && candidates.map(named),
    manage,
    places,
    addRoles,
  };
}
