// The records a page of audit events names, looked up in one query per record type (never one per event),
// each with the link to its page when it still exists and the reader may open it (the policy decides, as on
// the page itself). What is not found here is gone: the sentence then keeps the name the event recorded.
import type { LocalizedNames } from "~/names";
import { LOCAL_NAMES } from "~/names";
import { db } from "~/db.server";
import {
  canAdminister,
  canManageThematicAreas,
  canReadActivitiesAndProjects,
  canReadDirectory,
  canReadEvent,
  canReadGroupSpace,
  canReadPost,
  canReadRecommendation,
  canReadResource,
  canReadStateRecommendations,
  type Actor,
} from "~/auth/policy";
import { scopeInclude, scopeOf } from "../recommendations/visibility.server";
import { quoted, text, type ResolvedSubject, type SentencePart } from "./audit-sentences";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

const linked = (part: SentencePart, href: string | false | null | undefined): SentencePart => (href ? { ...part, href } : part);

type NamedRow = LocalizedNames & { acronym?: string | null };
const named = (row: NamedRow): SentencePart => ({
  kind: "named",
  name: row.name,
  nameZh: row.nameZh,
  nameAr: row.nameAr,
  nameFr: row.nameFr,
  nameRu: row.nameRu,
  nameEs: row.nameEs,
  acronym: row.acronym ?? null,
});

// ---------------------------------------------------------------------------------------------
// People and organizations: named as subjects, as actors, and by ids inside before/after

export type PersonRow = { id: string; name: string; status: string };
export type OrganizationRow = { id: string; acronym: string | null } & LocalizedNames;

/** ADMIN opens the account page; others the directory entry, which shows active accounts only. */
export function personPart(reader: Actor, person: PersonRow): SentencePart {
  const href = canAdminister(reader, "users.read")
    ? `/admin/users/${person.id}`
    : canReadDirectory(reader) && person.status === "ACTIVE"
      ? `/directory/${person.id}`
      : null;
  return linked(text(person.name), href);
}

export function organizationPart(reader: Actor, org: OrganizationRow): SentencePart {
  const href = canAdminister(reader, "organizations.read")
    ? `/admin/organizations/${org.id}`
    : canReadDirectory(reader)
      ? `/organizations/${org.id}`
      : null;
  return linked(named(org), href);
}

export async function peopleById(reader: Actor, ids: string[]) {
  if (ids.length === 0) return new Map<string, SentencePart>();
  const rows = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, status: true } });
  return new Map(rows.map((row) => [row.id, personPart(reader, row)]));
}

export async function organizationsById(reader: Actor, ids: string[]) {
  if (ids.length === 0) return new Map<string, SentencePart>();
  const rows = await db.organization.findMany({
    where: { id: { in: ids } },
    select: { id: true, ...LOCAL_NAMES, acronym: true },
  });
  return new Map(rows.map((row) => [row.id, organizationPart(reader, row)]));
}

// ---------------------------------------------------------------------------------------------
// The other record types, one query each

type Lookup = (reader: Actor, ids: string[]) => Promise<Array<[string, ResolvedSubject]>>;

const groupSelect = { id: true, slug: true, ...LOCAL_NAMES } as const;
const groupPart = (group: { slug: string } & LocalizedNames) => linked(named(group), `/groups/${group.slug}`);

const recommendationPart = (
  reader: Actor,
  rec: Parameters<typeof scopeOf>[0] & { id: string; number: number; assessment: { reference: string } },
): SentencePart =>
  linked(
    {
      kind: "label",
      key: "admin.auditRecommendation",
      fallback: `${rec.assessment.reference} #${rec.number}`,
      values: { number: { kind: "number", value: rec.number }, reference: text(rec.assessment.reference) },
    },
    canReadRecommendation(reader, scopeOf(rec)) && `/recommendations/${rec.id}`,
  );
const recommendationInclude = { ...scopeInclude, assessment: { select: { ...scopeInclude.assessment.select, reference: true } } } as const;

const LOOKUPS: Record<string, Lookup> = {
  WorkingGroup: async (_reader, ids) => {
    const rows = await db.workingGroup.findMany({ where: { id: { in: ids } }, select: groupSelect });
    return rows.map((g) => [g.id, { part: groupPart(g) }]);
  },
  JoinRequest: async (_reader, ids) => {
    const rows = await db.joinRequest.findMany({ where: { id: { in: ids } }, select: { id: true, group: { select: groupSelect } } });
    return rows.map((r) => [r.id, { part: groupPart(r.group) }]);
  },
  Post: async (reader, ids) => {
    const rows = await db.post.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, deletedAt: true, publishedAt: true, authorId: true, group: { select: groupSelect } },
    });
    // A deleted post keeps its title in the sentence, without a link (drafts write no audit entry; were one named,
    // canReadPost keeps its link from anyone but its author).
    return rows.map((p) => [
      p.id,
      {
        part: linked(
          quoted(p.title),
          !p.deletedAt &&
            canReadPost(reader, { groupId: p.group.id, authorId: p.authorId, draft: p.publishedAt === null }) &&
            `/groups/${p.group.slug}/posts/${p.id}`,
        ),
        values: { group: groupPart(p.group) },
      },
    ]);
  },
  Comment: async (reader, ids) => {
    const rows = await db.comment.findMany({
      where: { id: { in: ids } },
      select: { id: true, post: { select: { id: true, title: true, deletedAt: true, group: { select: groupSelect } } } },
    });
    return rows.map((c) => [
      c.id,
      {
        part: linked(
          quoted(c.post.title),
          !c.post.deletedAt && canReadGroupSpace(reader, c.post.group.id) && `/groups/${c.post.group.slug}/posts/${c.post.id}`,
        ),
        values: { group: groupPart(c.post.group) },
      },
    ]);
  },
  WorkPlanItem: async (reader, ids) => {
    const rows = await db.workPlanItem.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, group: { select: groupSelect } },
    });
    return rows.map((i) => [
      i.id,
      {
        part: linked(quoted(i.title), canReadGroupSpace(reader, i.group.id) && `/groups/${i.group.slug}/plan/${i.id}`),
        values: { group: groupPart(i.group) },
      },
    ]);
  },
  Event: async (reader, ids) => {
    const rows = await db.event.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, visibility: true, groupId: true },
    });
    return rows.map((e) => [e.id, { part: linked(quoted(e.title), canReadEvent(reader, e) && `/calendar/events/${e.id}`) }]);
  },
  Resource: async (reader, ids) => {
    const rows = await db.resource.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, groupId: true } });
    return rows.map((r) => [r.id, { part: linked(quoted(r.title), canReadResource(reader, r) && `/resources/${r.id}`) }]);
  },
  Project: async (reader, ids) => {
    const rows = await db.project.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } });
    return rows.map((p) => [p.id, { part: linked(quoted(p.title), canReadActivitiesAndProjects(reader) && `/projects/${p.id}`) }]);
  },
  Activity: async (reader, ids) => {
    const rows = await db.activity.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } });
    return rows.map((a) => [a.id, { part: linked(quoted(a.title), canReadActivitiesAndProjects(reader) && `/activities/${a.id}`) }]);
  },
  ThematicArea: async (reader, ids) => {
    const rows = await db.thematicArea.findMany({
      where: { id: { in: ids } },
      select: { id: true, ...LOCAL_NAMES },
    });
    // The areas have no page of their own: the list where they are kept.
    return rows.map((a) => [a.id, { part: linked(named(a), canManageThematicAreas(reader) && "/projects/thematic-areas") }]);
  },
  Assessment: async (reader, ids) => {
    const rows = await db.assessment.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        reference: true,
        stateId: true,
        state: { select: { id: true, ...LOCAL_NAMES, acronym: true } },
      },
    });
    return rows.map((a) => [
      a.id,
      {
        part: linked(text(a.reference), canReadStateRecommendations(reader, a.stateId) && `/recommendations/assessments/${a.id}`),
        values: { state: organizationPart(reader, a.state) },
      },
    ]);
  },
  Recommendation: async (reader, ids) => {
    const rows = await db.recommendation.findMany({
      where: { id: { in: ids } },
      select: { id: true, number: true, consentScope: true, ...recommendationInclude },
    });
    return rows.map((r) => [r.id, { part: recommendationPart(reader, r) }]);
  },
  RecommendationResponse: async (reader, ids) => {
    const rows = await db.recommendationResponse.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        organization: {
          select: { id: true, ...LOCAL_NAMES, acronym: true },
        },
        recommendation: { select: { id: true, number: true, consentScope: true, ...recommendationInclude } },
      },
    });
    return rows.map((r) => [
      r.id,
      { part: recommendationPart(reader, r.recommendation), values: { organization: organizationPart(reader, r.organization) } },
    ]);
  },
  // A subscription address and a password reset are named by the person they belong to.
  CalendarFeed: async (reader, ids) => {
    const rows = await db.calendarFeed.findMany({
      where: { id: { in: ids } },
      select: { id: true, user: { select: { id: true, name: true, status: true } } },
    });
    return rows.map((f) => [f.id, { part: personPart(reader, f.user) }]);
  },
  PasswordReset: async (reader, ids) => {
    const rows = await db.passwordReset.findMany({
      where: { id: { in: ids } },
      select: { id: true, user: { select: { id: true, name: true, status: true } } },
    });
    return rows.map((r) => [r.id, { part: personPart(reader, r.user) }]);
  },
  Invitation: async (reader, ids) => {
    const rows = await db.invitation.findMany({
      where: { id: { in: ids } },
      select: { id: true, user: { select: { id: true, email: true } } },
    });
    return rows.map((i) => [
      i.id,
      { part: linked(text(i.user.email), canAdminister(reader, "users.read") && `/admin/users/${i.user.id}`) },
    ]);
  },
};

/** The named records of one page, keyed `${subjectType}:${id}`: one query per record type present. */
export async function lookUpSubjects(reader: Actor, idsByType: Map<string, string[]>): Promise<Map<string, ResolvedSubject>> {
  const found = await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      const lookup = LOOKUPS[type];
      if (!lookup || ids.length === 0) return [];
      return (await lookup(reader, ids)).map(([id, subject]) => [`${type}:${id}`, subject] as const);
    }),
  );
  return new Map(found.flat());
}
