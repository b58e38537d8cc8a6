// Working groups: the list, a group's public summary (with who chairs its space), and the guard of its
// space. Membership is in members.server.ts.

import { db } from "~/db.server";
import { groupDescription, inLanguage, localName, LOCAL_NAMES } from "~/names";
import { canManageGroup, canReadGroupSpace, canRequestToJoin, canLeaveGroup, groupRoleOf, type GroupRole } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { notFound } from "~/outcomes";

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
      _count: { select: { memberships: { where: { user: { status: "ACTIVE" } } } } },
      joinRequests: { where: { userId: actor.id }, select: { status: true, createdAt: true } },
    },
  });
  if (!group) notFound();
  const officers = await db.membership.findMany({
    where: { groupId: group.id, role: { in: ["CHAIR", "VICE_CHAIR"] }, user: { status: "ACTIVE" } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { role: true, user: { select: { id: true, name: true, organization: organizationSummary } } },
  });
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
    officers: officers.map((o) => ({ role: o.role, name: o.user.name, organization: o.user.organization })),
    memberCount: group._count.memberships,
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
