// Working groups: the list, a group's public summary (with who chairs its space), and the guard of its
// space. Membership is in members.server.ts.

import { db, Prisma } from "~/db.server";
import { groupDescription, inLanguage, localName, LOCAL_NAMES, type LocalizedNames } from "~/names";
import { localNameColumns, organizationOfRow } from "~/names.server";
import { canManageGroup, canReadGroupSpace, canRequestToJoin, canLeaveGroup, groupRoleOf, type GroupRole } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { notFound } from "~/outcomes";

const sql = Prisma.sql;

export const organizationSummary = {
  select: { id: true, ...LOCAL_NAMES, acronym: true },
} as const;

/** The working groups as choices for a form (number and name), in their order. */
export function workingGroupChoices() {
  return db.workingGroup.findMany({
    orderBy: { number: "asc" },
    select: { id: true, number: true, slug: true, ...LOCAL_NAMES },
  });
}

/** The working groups as the list page shows them: named, with their leads' organizations, in the reader's language. */
export async function listGroups(actor: ActingUser, language: string) {
  const groups = await db.workingGroup.findMany({
    // Separate statements: the member counts as joins took 11 ms against 5–8 ms (scale data).
    relationLoadStrategy: "query",
    orderBy: { number: "asc" },
    include: {
      leads: { include: { organization: organizationSummary }, orderBy: { role: "asc" } },
      _count: { select: { memberships: { where: { user: { status: "ACTIVE" } } } } },
    },
  });
  return groups.map((g) => ({
    id: g.id,
    number: g.number,
    slug: g.slug,
    name: localName(g, language),
    pillar: g.pillar,
    leads: g.leads.map((l) => ({ role: l.role, organization: inLanguage(l.organization, language) })),
    memberCount: g._count.memberships,
    myRole: groupRoleOf(actor, g.id),
  }));
}

/** What everyone signed in may see of a group, plus what the reader may do there. */
export async function groupSummary(actor: ActingUser, slug: string) {
  // One statement (the relations joined): for one group the member count costs little, and the four separate
  // statements took twice the time (7.0 against 3.3 ms with the scale data, 2.0 against 0.8 ms of the server's CPU).
  const group = await db.workingGroup.findUnique({
    where: { slug },
    include: {
      leads: { include: { organization: organizationSummary }, orderBy: { role: "asc" } },
      joinRequests: { where: { userId: actor.id }, select: { status: true, createdAt: true } },
    },
  });
  if (!group) notFound();
  const { officers, memberCount } = await officersAndMemberCount(group.id);
  const chairCount = officers.filter((o) => o.role === "CHAIR").length;
  return {
    id: group.id,
    number: group.number,
    slug: group.slug,
    name: group.name,
    nameZh: group.nameZh,
    nameAr: group.nameAr,
    nameFr: group.nameFr,
    nameRu: group.nameRu,
    nameEs: group.nameEs,
    pillar: group.pillar,
    description: group.description,
    descriptionZh: group.descriptionZh,
    descriptionAr: group.descriptionAr,
    descriptionFr: group.descriptionFr,
    descriptionRu: group.descriptionRu,
    descriptionEs: group.descriptionEs,
    leads: group.leads.map((l) => ({ role: l.role, organization: l.organization })),
    /** The people who chair the group's space on the platform (memberships), as opposed to the Compact's lead entities. */
    officers,
    memberCount,
    myRole: groupRoleOf(actor, group.id),
    myJoinRequest: group.joinRequests[0]?.status ?? null,
    can: {
      read: canReadGroupSpace(actor, group.id),
      manage: canManageGroup(actor, group.id),
      requestToJoin: canRequestToJoin(actor, group.id),
      leave: canLeaveGroup(actor, group.id, chairCount),
    },
  };
}

type OfficerRow = LocalizedNames & {
  memberCount: number;
  role: "CHAIR" | "VICE_CHAIR" | null;
  userName: string | null;
  organizationId: string | null;
  acronym: string | null;
};

/**
 * The people who chair the group's space (active, chairs first, then by name) and how many active members it has, in
 * one statement. The count is the group's memberships less those of people not active: joined with the people, the
 * 500 members of a large group were matched against all 10,000 active people (3.3 ms at the scale data, on every page
 * of the group); the people not active are few and found by their status's index (0.6 ms).
 */
async function officersAndMemberCount(groupId: string) {
  const rows = await db.$queryRaw<OfficerRow[]>(sql`
    WITH counted AS (
      SELECT (SELECT count(*) FROM membership x WHERE x.group_id = ${groupId}::uuid)
        - (SELECT count(*) FROM membership x WHERE x.group_id = ${groupId}::uuid AND x.user_id = ANY(ARRAY(
            SELECT n.id FROM "user" n WHERE n.status = ANY(array_remove(enum_range(NULL::"UserStatus"), 'ACTIVE')))))
        AS member_count
    )
    SELECT c.member_count::int AS "memberCount", m.role::text AS role, u.name AS "userName", o.id::text AS "organizationId",
      ${localNameColumns("o")}, o.acronym
    FROM counted c
    LEFT JOIN (membership m JOIN "user" u ON u.id = m.user_id AND u.status = 'ACTIVE' JOIN organization o ON o.id = u.organization_id)
      ON m.group_id = ${groupId}::uuid AND m.role IN ('CHAIR', 'VICE_CHAIR')
    ORDER BY m.role, u.name`);
  const officers = rows
    .filter((r) => r.role !== null)
    .map((r) => ({
      role: r.role!,
      name: r.userName!,
      organization: organizationOfRow({ ...r, organizationId: r.organizationId! }),
    }));
  return { officers, memberCount: rows[0].memberCount };
}

/**
 * A group's summary as its pages send it: its name and description in the reader's language only, and its leads' and
 * officers' organizations named so (every page of a group carries it; the other languages were most of it).
 */
export function summaryInLanguage(summary: Awaited<ReturnType<typeof groupSummary>>, language: string) {
  const { descriptionZh: _zh, descriptionAr: _ar, descriptionFr: _fr, descriptionRu: _ru, descriptionEs: _es, ...rest } = summary;
  return {
    ...inLanguage(rest, language),
    description: groupDescription(summary, language),
    leads: summary.leads.map((l) => ({ ...l, organization: inLanguage(l.organization, language) })),
    officers: summary.officers.map((o) => ({ ...o, organization: inLanguage(o.organization, language) })),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The group named by the slug of its address (or by its id), if the reader may see its space; 404 otherwise
 * (its existence is public, its space is not). Every function of a group's space starts here, so that a
 * route passes the address it was given and calls one function.
 */
export async function requireGroupSpace(actor: ActingUser, slugOrId: string) {
  const group = await db.workingGroup.findUnique({
    where: UUID.test(slugOrId) ? { id: slugOrId } : { slug: slugOrId },
    select: { id: true, slug: true, number: true, ...LOCAL_NAMES },
  });
  if (!group || !canReadGroupSpace(actor, group.id)) notFound();
  return group;
}

/** The id of the group space named by slug or id, guarded as requireGroupSpace guards it. */
export async function groupSpaceId(actor: ActingUser, slugOrId: string) {
  return (await requireGroupSpace(actor, slugOrId)).id;
}

export type { GroupRole };
