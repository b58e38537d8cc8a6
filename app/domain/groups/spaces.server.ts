// Working groups: the list, a group's public summary (with who chairs its space), and the guard of its
// space. Membership is in members.server.ts.

import { db, Prisma, readRows } from "~/db.server";
import { oncePerRequest, type RequestArgs } from "~/once-per-request.server";
import { readTogether } from "~/read-together.server";
import { groupDescription, inLanguage, localName, LOCAL_NAMES, type LocalizedNames } from "~/names";
import { localNameColumns, organizationOfRow } from "~/names.server";
import { canManageGroup, canReadGroupSpace, canRequestToJoin, canLeaveGroup, groupRoleOf, type GroupRole } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { notFound } from "~/outcomes";
import type { GroupLeadRole, JoinRequestStatus } from "~/enums";

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

/**
 * How many active people are members of the group `id` (an SQL expression): its memberships less those of people
 * not active. Joined with the people, the 500 members of a large group were matched against all 10,000 active people
 * (3.3 ms for one group at the scale data, 3.5 ms for the list of eight); the people not active are few and found by
 * their status's index (0.6 ms).
 */
const activeMemberCount = (id: Prisma.Sql) => sql`(
  (SELECT count(*) FROM membership x WHERE x.group_id = ${id})
  - (SELECT count(*) FROM membership x WHERE x.group_id = ${id} AND x.user_id = ANY(ARRAY(
      SELECT n.id FROM "user" n WHERE n.status = ANY(array_remove(enum_range(NULL::"UserStatus"), 'ACTIVE'))))))::int`;

/** The working groups as the list page shows them: named, with their leads' organizations, in the reader's language. */
export async function listGroups(actor: ActingUser, language: string) {
  const [groups, leads] = await Promise.all([
    readRows<LocalizedNames & { id: string; number: number; slug: string; pillar: number; memberCount: number }>(Prisma.sql`
      SELECT g.id::text AS id, g.number, g.slug, ${localNameColumns("g")}, g.pillar, ${activeMemberCount(sql`g.id`)} AS "memberCount"
        FROM working_group g ORDER BY g.number`),
    db.groupLead.findMany({ include: { organization: organizationSummary }, orderBy: [{ role: "asc" }, { id: "asc" }] }),
  ]);
  return groups.map((g) => ({
    id: g.id,
    number: g.number,
    slug: g.slug,
    name: localName(g, language),
    pillar: g.pillar,
    leads: leads.filter((l) => l.groupId === g.id).map((l) => ({ role: l.role, organization: inLanguage(l.organization, language) })),
    memberCount: g.memberCount,
    myRole: groupRoleOf(actor, g.id),
  }));
}

type GroupRow = LocalizedNames & {
  id: string;
  number: number;
  slug: string;
  pillar: number;
  description: string | null;
  descriptionZh: string | null;
  descriptionAr: string | null;
  descriptionFr: string | null;
  descriptionRu: string | null;
  descriptionEs: string | null;
};

type OfficerRow = LocalizedNames & {
  memberCount: number;
  role: "CHAIR" | "VICE_CHAIR" | null;
  userName: string | null;
  organizationId: string | null;
  acronym: string | null;
};

/**
 * What everyone signed in may see of a group, plus what the reader may do there: in one statement (readTogether),
 * since every page of a group carries it. The group, its lead entities, the reader's join request, and the people
 * who chair its space (active, chairs first, then by name) with how many active members it has (activeMemberCount).
 */
export async function groupSummary(actor: ActingUser, slug: string) {
  const id = sql`(SELECT w.id FROM working_group w WHERE w.slug = ${slug})`;
  const read = await readTogether({
    group: {
      statement: sql`SELECT g.id::text AS id, g.number, g.slug, ${localNameColumns("g")}, g.pillar, g.description,
        g.description_zh AS "descriptionZh", g.description_ar AS "descriptionAr", g.description_fr AS "descriptionFr",
        g.description_ru AS "descriptionRu", g.description_es AS "descriptionEs"
        FROM working_group g WHERE g.slug = ${slug}`,
      order: sql`k.id`,
    },
    // The role as the enum: in its declared order (chair, co-chair, vice-chair), as the page lists them.
    leads: {
      statement: sql`SELECT l.id, l.role, o.id::text AS "organizationId", ${localNameColumns("o")}, o.acronym
        FROM group_lead l JOIN organization o ON o.id = l.organization_id WHERE l.group_id = ${id}`,
      order: sql`k.role, k.id`,
    },
    joinRequests: {
      statement: sql`SELECT j.status::text AS status, j.created_at FROM join_request j WHERE j.group_id = ${id} AND j.user_id = ${actor.id}::uuid`,
      order: sql`k.created_at DESC`,
    },
    officers: {
      statement: sql`
        WITH counted AS (SELECT ${activeMemberCount(id)} AS member_count)
        SELECT c.member_count AS "memberCount", m.role, u.name AS "userName", o.id::text AS "organizationId",
          ${localNameColumns("o")}, o.acronym
        FROM counted c
        LEFT JOIN (membership m JOIN "user" u ON u.id = m.user_id AND u.status = 'ACTIVE' JOIN organization o ON o.id = u.organization_id)
          ON m.group_id = ${id} AND m.role IN ('CHAIR', 'VICE_CHAIR')`,
      order: sql`k.role, k."userName"`,
    },
  });
  const [group] = read.group as GroupRow[];
  if (!group) notFound();
  const officerRows = read.officers as OfficerRow[];
  const officers = officerRows
    .filter((r) => r.role !== null)
    .map((r) => ({
      role: r.role!,
      name: r.userName!,
      organization: organizationOfRow({ ...r, organizationId: r.organizationId! }),
    }));
  const leads = (read.leads as Array<OfficerRow & { role: GroupLeadRole }>).map((l) => ({
    role: l.role,
    organization: organizationOfRow({ ...l, organizationId: l.organizationId! }),
  }));
  const chairCount = officers.filter((o) => o.role === "CHAIR").length;
  return {
    ...group,
    leads,
    /** The people who chair the group's space on the platform (memberships), as opposed to the Compact's lead entities. */
    officers,
    memberCount: officerRows[0]?.memberCount ?? 0,
    myRole: groupRoleOf(actor, group.id),
    myJoinRequest: (read.joinRequests as Array<{ status: JoinRequestStatus }>)[0]?.status ?? null,
    can: {
      read: canReadGroupSpace(actor, group.id),
      manage: canManageGroup(actor, group.id),
      requestToJoin: canRequestToJoin(actor, group.id),
      leave: canLeaveGroup(actor, group.id, chairCount),
    },
  };
}

/** The summary as a page's loaders share it: a group's layout and the page under it read it once per page load. */
export function groupSummaryOf(args: RequestArgs, actor: ActingUser, slug: string) {
  return oncePerRequest(args, `group-summary:${slug}`, () => groupSummary(actor, slug));
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

/** A group as the functions of its space are given it: its address (slug or id), or as the page's layout read it. */
export type GroupAddress = string | GroupSpace;
export type GroupSpace = LocalizedNames & { id: string; slug: string; number: number };

/**
 * The group named by the slug of its address (or by its id), if the reader may see its space; 404 otherwise
 * (its existence is public, its space is not). Every function of a group's space starts here, so that a
 * route passes the address it was given and calls one function. A page under a group's layout passes the group as
 * the layout read it (groupSummaryOf), which saves looking it up again; the policy decides either way.
 */
export async function requireGroupSpace(actor: ActingUser, group: GroupAddress): Promise<GroupSpace> {
  const found =
    typeof group === "string"
      ? await db.workingGroup.findUnique({
          where: UUID.test(group) ? { id: group } : { slug: group },
          select: { id: true, slug: true, number: true, ...LOCAL_NAMES },
        })
      : group;
  if (!found || !canReadGroupSpace(actor, found.id)) notFound();
  return found;
}

/** The id of the group space named by slug or id (or read by the layout), guarded as requireGroupSpace guards it. */
export async function groupSpaceId(actor: ActingUser, group: GroupAddress) {
  return (await requireGroupSpace(actor, group)).id;
}

export type { GroupRole };
