// Reading the audit trail (written by app/audit.server.ts): filters, pages, and each event as a sentence in
// the reader's language with links to the records that still exist.
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { db, Prisma } from "~/db.server";
import { canAdminister } from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { dayField } from "~/fields";
import { describeAuditEvent, type SentencePart } from "./audit-sentences";
import {
  isUuid,
  lookUpSubjects,
  organizationPart,
  organizationsById,
  peopleById,
  personPart,
  type OrganizationRow,
  type PersonRow,
} from "./audit-subjects.server";

export const PAGE_SIZE = 50;
/**
 * The trail is counted up to this many events: its pages reach them all, newest first, and beyond it the reader
 * narrows the trail with the filters. Counting every event at every view cost 76 ms with 500,000 events; counting to
 * 10,001, ~2.6 ms.
 */
export const AUDIT_COUNT_CAP = 10_000;

export const AuditFilters = z.object({
  q: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  subjectType: z.string().trim().max(100).optional(),
  actor: z.uuid().optional(),
  from: dayField().optional(),
  to: dayField().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
});
export type AuditFilters = z.infer<typeof AuditFilters>;

export async function listAuditEvents(actor: ActingUser, filters: AuditFilters) {
  ensure(canAdminister(actor, "audit.read"), "403");
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.subjectType ? { subjectType: filters.subjectType } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.q
      ? {
          OR: [
            { subjectId: filters.q },
            { actor: { email: { contains: filters.q.toLowerCase() } } },
            { actor: { name: { contains: filters.q, mode: "insensitive" } } },
          ],
        }
      : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86400_000) } : {}),
          },
        }
      : {}),
  };
  const [counted, events, { actions, subjectTypes }] = await Promise.all([
    // In the trail's order, newest first, which its index on the time serves (Prisma orders by id otherwise, which
    // made the count walk the primary key: 75 ms for a day's events among 500,000, against 2 ms).
    db.auditEvent.count({ where, take: AUDIT_COUNT_CAP + 1, orderBy: { createdAt: "desc" } }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: {
        actor: {
          select: {
            id: true,
            name: true,
            email: true,
            status: true,
            organization: {
              select: { id: true, ...LOCAL_NAMES, acronym: true },
            },
          },
        },
      },
    }),
    filterValues(),
  ]);
  const sentences = await describeEvents(actor, events);
  return {
    total: Math.min(counted, AUDIT_COUNT_CAP),
    /** More events match than were counted (`countCap`). */
    more: counted > AUDIT_COUNT_CAP,
    countCap: AUDIT_COUNT_CAP,
    page: filters.page,
    pageSize: PAGE_SIZE,
    events: events.map((e, index) => ({
      id: e.id,
      createdAt: e.createdAt,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      // As the trail shows them (indented JSON): one string each in the page's data rather than every field of the
      // snapshots as objects, which the page's data serialised field by field (a tenth of the trail's time under load).
      before: snapshotText(e.before),
      after: snapshotText(e.after),
      ip: e.ip,
      actor: e.actor ? { id: e.actor.id, name: e.actor.name, email: e.actor.email } : null,
      sentence: sentences[index],
    })),
    actions,
    subjectTypes,
  };
}

/** A before/after snapshot as the trail shows it, or null when the event has none. */
const snapshotText = (snapshot: unknown): string | null =>
  snapshot === null || snapshot === undefined ? null : JSON.stringify(snapshot, null, 2);

/**
 * The distinct values of a column of audit_event, in order, as an array: read by stepping from one value to the next
 * on the column's index (a loose index scan: a few probes per value), not by reading every event. `column` is one of
 * this module's own names, never input.
 */
const distinctValues = (column: "action" | "subject_type") => {
  const c = Prisma.raw(column);
  return Prisma.sql`(WITH RECURSIVE v AS (
      SELECT min(${c}) AS value FROM audit_event
      UNION ALL SELECT (SELECT min(e.${c}) FROM audit_event e WHERE e.${c} > v.value) FROM v WHERE v.value IS NOT NULL)
    SELECT coalesce(array_agg(value ORDER BY value), '{}') FROM v WHERE value IS NOT NULL)`;
};

/**
 * The actions and subject types the trail holds, for its filters, in one statement. Prisma's `distinct` (DISTINCT ON)
 * read the whole index: with 500,000 events, 316 and 639 ms at every view of the trail; this, 0.5–3 ms for both.
 */
async function filterValues(): Promise<{ actions: string[]; subjectTypes: string[] }> {
  const [row] = await db.$queryRaw<[{ actions: string[]; subject_types: string[] }]>`
    SELECT ${distinctValues("action")} AS actions, ${distinctValues("subject_type")} AS subject_types`;
  return { actions: row.actions, subjectTypes: row.subject_types };
}

type ListedEvent = {
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
  actor: (PersonRow & { organization: OrganizationRow }) | null;
};

/** Ids a before/after snapshot names at its top level (`userId`, `organizationId`). */
function idsIn(event: ListedEvent, key: "userId" | "organizationId"): string[] {
  return [event.before, event.after].flatMap((snapshot) => {
    const value = snapshot && typeof snapshot === "object" ? (snapshot as Record<string, unknown>)[key] : undefined;
    return isUuid(value) ? [value] : [];
  });
}

/**
 * One sentence per event. The records the events name are read a batch per record type (people and
 * organizations, whether subjects or named inside before/after, in one query each), so a page costs the same
 * number of statements whatever the number of events on it.
 */
async function describeEvents(reader: ActingUser, events: ListedEvent[]) {
  const idsByType = new Map<string, Set<string>>();
  const add = (type: string, id: string) => idsByType.set(type, (idsByType.get(type) ?? new Set()).add(id));
  for (const event of events) {
    if (isUuid(event.subjectId)) add(event.subjectType, event.subjectId);
    for (const id of idsIn(event, "userId")) add("User", id);
    for (const id of idsIn(event, "organizationId")) add("Organization", id);
  }
  const ids = (type: string) => [...(idsByType.get(type) ?? [])];
  const others = new Map(
    [...idsByType].filter(([type]) => type !== "User" && type !== "Organization").map(([type, set]) => [type, [...set]]),
  );
  const [people, organizations, subjects] = await Promise.all([
    peopleById(reader, ids("User")),
    organizationsById(reader, ids("Organization")),
    lookUpSubjects(reader, others),
  ]);
  const formerAccount: SentencePart = { kind: "label", key: "admin.auditUnknownActor", fallback: "—" };
  const gone: SentencePart = { kind: "label", key: "admin.auditGoneSubject", fallback: "—" };
  const subjectOf = (event: ListedEvent) => {
    const id = event.subjectId ?? "";
    const named = event.subjectType === "User" ? people.get(id) : event.subjectType === "Organization" ? organizations.get(id) : undefined;
    return named ? { part: named } : (subjects.get(`${event.subjectType}:${id}`) ?? null);
  };

  return events.map((event) =>
    describeAuditEvent(event, {
      actor: event.actor
        ? {
            kind: "label",
            key: "admin.auditActor",
            fallback: event.actor.name,
            values: { name: personPart(reader, event.actor), organization: organizationPart(reader, event.actor.organization) },
          }
        : formerAccount,
      subject: subjectOf(event),
      person: (id) => (isUuid(id) ? (people.get(id) ?? gone) : { kind: "empty" }),
      organization: (id) => (isUuid(id) ? (organizations.get(id) ?? gone) : { kind: "empty" }),
    }),
  );
}
