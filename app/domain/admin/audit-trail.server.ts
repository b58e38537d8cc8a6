// Reading the audit trail (written by app/audit.server.ts): filters, pages, and each event as a sentence in
// the reader's language with links to the records that still exist.
import { z } from "zod";
import { Prisma } from "~/db.server";
import { localNamesJsonPairs } from "~/names.server";
import { countOf, readTogether } from "~/read-together.server";
import { canAdminister } from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { dayField } from "~/fields";
import { likePattern, likePrefix } from "../search/text-match.server";
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

const sql = Prisma.sql;

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

/** The trail's filters as the WHERE of `audit_event e`. */
function auditWhere(filters: AuditFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.action) parts.push(sql`e.action LIKE ${likePrefix(filters.action)}`);
  if (filters.subjectType) parts.push(sql`e.subject_type = ${filters.subjectType}`);
  if (filters.actor) parts.push(sql`e.actor_id = ${filters.actor}::uuid`);
  if (filters.q)
    parts.push(sql`(e.subject_id = ${filters.q} OR EXISTS (SELECT 1 FROM "user" a WHERE a.id = e.actor_id
      AND (a.email LIKE ${likePattern(filters.q.toLowerCase())} OR a.name ILIKE ${likePattern(filters.q)})))`);
  if (filters.from) parts.push(sql`e.created_at >= ${new Date(`${filters.from}T00:00:00Z`)}`);
  if (filters.to) parts.push(sql`e.created_at < ${new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86400_000)}`);
  return parts.length ? Prisma.join(parts, " AND ") : sql`TRUE`;
}

type EventRow = {
  id: string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  createdAt: string;
  actor: (PersonRow & { email: string; organization: OrganizationRow }) | null;
};

/**
 * The count (to its cap), the page of events with their actors, and the values of the filters, read in one statement
 * (readTogether) rather than three: each statement sent costs the server its round trip whatever it reads.
 */
function trailReads(filters: AuditFilters) {
  const where = auditWhere(filters);
  return {
    // In the trail's order, newest first, which its index on the time serves: the count stops at the cap.
    counted: {
      statement: sql`SELECT count(*)::int AS n FROM (
        SELECT 1 FROM audit_event e WHERE ${where} ORDER BY e.created_at DESC LIMIT ${AUDIT_COUNT_CAP + 1}) c`,
      order: sql`k.n`,
    },
    events: {
      statement: sql`SELECT e.id::text AS id, e.action, e.subject_type AS "subjectType", e.subject_id AS "subjectId",
          e.before, e.after, e.ip, e.created_at AS "createdAt",
          CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email, 'status', u.status,
            'organization', json_build_object('id', o.id, ${localNamesJsonPairs("o")}, 'acronym', o.acronym)) END AS actor
        FROM audit_event e LEFT JOIN "user" u ON u.id = e.actor_id LEFT JOIN organization o ON o.id = u.organization_id
        WHERE ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT ${PAGE_SIZE} OFFSET ${(filters.page - 1) * PAGE_SIZE}`,
      order: sql`k."createdAt" DESC, k.id DESC`,
    },
    values: {
      statement: sql`SELECT ${distinctValues("action")} AS actions, ${distinctValues("subject_type")} AS "subjectTypes"`,
      order: sql`k.actions`,
    },
  };
}

export async function listAuditEvents(actor: ActingUser, filters: AuditFilters) {
  ensure(canAdminister(actor, "audit.read"), "403");
  const read = await readTogether(trailReads(filters));
  const counted = countOf(read.counted);
  const events = read.events as EventRow[];
  const { actions, subjectTypes } = (read.values as Array<{ actions: string[]; subjectTypes: string[] }>)[0];
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
      createdAt: new Date(e.createdAt),
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
 * this module's own names, never input. Prisma's `distinct` (DISTINCT ON) read the whole index: with 500,000 events,
 * 316 and 639 ms at every view of the trail; this, 0.5–3 ms for both.
 */
const distinctValues = (column: "action" | "subject_type") => {
  const c = Prisma.raw(column);
  return sql`(WITH RECURSIVE v AS (
      SELECT min(${c}) AS value FROM audit_event
      UNION ALL SELECT (SELECT min(e.${c}) FROM audit_event e WHERE e.${c} > v.value) FROM v WHERE v.value IS NOT NULL)
    SELECT coalesce(array_agg(value ORDER BY value), '{}') FROM v WHERE value IS NOT NULL)`;
};

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
