// The home page's personal feed: what is new for the reader since their last visit (posts, files, events and
// plan changes in their groups; recommendations and responses they may read), the upcoming events they answered,
// and what waits for them (join requests to decide as chair, recommendations their entity has not answered, their
// own drafts).
// Every reading goes through the lists' own SQL translations of the policy (recommendations/visibility.server.ts,
// calendar/visibility.server.ts, the recommendation list's conditions) and the group policy: no second copy of a
// rule. Two statements, whatever the data's size (tests/integration/statement-counts.test.ts): the visit moved on,
// then every part of the feed read together (app/read-together.server.ts).
// Recommendations are named by reference and number, never by their text: the feed serves no recommendation
// text, so it writes no access record (access-record.server.ts).
import { Prisma, readRows } from "~/db.server";
import { readTogether, type TogetherRead } from "~/read-together.server";
import { localNamesJsonPairs } from "~/names.server";
import { canManageGroup, canReadGroupSpace, isEntityFocalPoint, seesAllRecommendations } from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import type { LocalizedNames } from "~/names";
import type { AttendanceResponse, EventStatus, RecommendationPriority, WorkPlanStatus } from "~/enums";
import { visibleRecommendations, visibleResponses } from "../recommendations/visibility.server";
import { recommendationConditions, RECOMMENDATIONS_FROM } from "../recommendations/list.server";
import { UNRESOLVED } from "../recommendations/filters";
import { visibleEvents } from "../calendar/visibility.server";

const sql = Prisma.sql;

/** A new visit begins when the home page was last opened longer ago than this. */
export const VISIT_GAP_MINUTES = 30;
/** A first visit's feed reaches this far back. */
export const FIRST_VISIT_DAYS = 14;
/** Entries of each kind, and in all, the feed shows. */
const PER_KIND = 10;
export const FEED_SIZE = 30;
const WAITING_SIZE = 10;

export const FEED_KINDS = ["post", "file", "event", "plan", "recommendation", "response"] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

type GroupRef = LocalizedNames & { slug: string; number: number };
type OrganizationRef = LocalizedNames & { acronym: string | null };

export type FeedEntry = {
  kind: FeedKind;
  /** The record's id (for a response: its recommendation's). */
  id: string;
  title: string;
  at: Date;
  /** The group's id (its names are in the feed's `groups`, once each: the page sends each name once). */
  groupId: string | null;
  /** An assessment's reference, for recommendations and responses. */
  reference: string | null;
  /** A plan item's status. */
  status: WorkPlanStatus | null;
  number: number | null;
  /** The responding organization's id (named in the feed's `organizations`). */
  organizationId: string | null;
};

type FeedRow = FeedEntry & { group: GroupRef | null; organization: OrganizationRef | null };

const groupJson = sql`CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('slug', g.slug, 'number', g.number, ${localNamesJsonPairs("g")}) END`;
const organizationJson = sql`CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('acronym', o.acronym, ${localNamesJsonPairs("o")}) END`;

/**
 * When the visit before this one began (null on a first visit), moving the visit on when more than
 * VISIT_GAP_MINUTES passed since the home page was last opened: one statement, which writes only then.
 */
export async function previousVisit(userId: string): Promise<Date | null> {
  const [row] = await readRows<{ since: Date | null }>(sql`
    WITH moved AS (
      UPDATE "user" SET home_previous_seen_at = home_seen_at, home_seen_at = now()
      WHERE id = ${userId}::uuid AND (home_seen_at IS NULL OR home_seen_at < now() - make_interval(mins => ${VISIT_GAP_MINUTES}))
      RETURNING home_previous_seen_at AS since
    )
    SELECT CASE WHEN EXISTS (SELECT 1 FROM moved) THEN (SELECT since FROM moved)
      ELSE (SELECT home_previous_seen_at FROM "user" WHERE id = ${userId}::uuid) END AS since
  `);
  return row?.since ?? null;
}

/** What is new for the reader since `since`, newest first, with the groups and organizations they name. */
function newSinceStatement(actor: ActingUser, since: Date): Prisma.Sql {
  // The groups whose space the reader reads and belongs to: their posts, files and plan.
  const myGroups = actor.memberships.map((m) => m.groupId).filter((groupId) => canReadGroupSpace(actor, groupId));
  const me = sql`${actor.id}::uuid`;
  return sql`
    SELECT f.kind, f.id::text AS id, f.title, f.at, f.reference, f.status, f.number, f.group_id::text AS "groupId",
      f.organization_id::text AS "organizationId", ${groupJson} AS "group", ${organizationJson} AS organization
    FROM (
      (SELECT 'post' AS kind, p.id, p.title, p.published_at AS at, p.group_id, NULL::text AS reference, NULL::text AS status, NULL::int AS number, NULL::uuid AS organization_id
        FROM post p
        -- A draft (published_at NULL) is nobody else's news; a post is new from when it was published.
        WHERE p.group_id = ANY(${myGroups}::uuid[]) AND p.deleted_at IS NULL AND p.author_id <> ${me} AND p.published_at > ${since}
        ORDER BY p.published_at DESC LIMIT ${PER_KIND})
      UNION ALL
      (SELECT 'file', r.id, r.title, r.created_at, r.group_id, NULL, NULL, NULL, NULL
        FROM resource r
        WHERE r.group_id = ANY(${myGroups}::uuid[]) AND r.created_by_id IS DISTINCT FROM ${me} AND r.created_at > ${since}
        ORDER BY r.created_at DESC LIMIT ${PER_KIND})
      UNION ALL
      (SELECT 'event', e.id, e.title, e.created_at, e.group_id, NULL, NULL, NULL, NULL
        FROM event e
        WHERE ${visibleEvents(actor)} AND e.status <> 'CANCELLED' AND e.created_by_id IS DISTINCT FROM ${me} AND e.created_at > ${since}
        ORDER BY e.created_at DESC LIMIT ${PER_KIND})
      UNION ALL
      (SELECT 'plan', w.id, w.title, w.updated_at, w.group_id, NULL, w.status::text, NULL, NULL
        FROM work_plan_item w
        WHERE w.group_id = ANY(${myGroups}::uuid[]) AND w.updated_at > ${since}
        ORDER BY w.updated_at DESC LIMIT ${PER_KIND})
      UNION ALL
      (SELECT 'recommendation', r.id, a.reference, r.created_at, NULL, a.reference, NULL, r.number, NULL
        FROM recommendation r JOIN assessment a ON a.id = r.assessment_id
        WHERE ${visibleRecommendations(actor)} AND r.created_at > ${since}
        ORDER BY r.created_at DESC LIMIT ${PER_KIND})
      UNION ALL
      (SELECT 'response', r.id, a.reference, rr.updated_at, NULL, a.reference, NULL, r.number, rr.organization_id
        FROM recommendation_response rr JOIN recommendation r ON r.id = rr.recommendation_id JOIN assessment a ON a.id = r.assessment_id
        WHERE ${visibleRecommendations(actor)} AND ${visibleResponses(actor)}
          AND rr.organization_id <> ${actor.organizationId}::uuid AND rr.updated_at > ${since}
        ORDER BY rr.updated_at DESC LIMIT ${PER_KIND})
    ) f
    LEFT JOIN working_group g ON g.id = f.group_id
    LEFT JOIN organization o ON o.id = f.organization_id
    ORDER BY f.at DESC, f.id
    LIMIT ${FEED_SIZE}
  `;
}

const NEWS_ORDER = sql`k.at DESC, k.id`;

/** What is new for the reader since `since` (the home feed reads it together with the rest of the feed). */
export async function newSince(actor: ActingUser, since: Date) {
  const { news } = await readTogether({ news: { statement: newSinceStatement(actor, since), order: NEWS_ORDER } });
  return feedEntries(news as FeedRow[]);
}

/** The feed's entries, with the groups and organizations they name once each. */
function feedEntries(rows: FeedRow[]) {
  const groups: Record<string, GroupRef> = {};
  const organizations: Record<string, OrganizationRef> = {};
  const entries = rows.map(({ group, organization, ...entry }): FeedEntry => {
    if (group && entry.groupId) groups[entry.groupId] = group;
    if (organization && entry.organizationId) organizations[entry.organizationId] = organization;
    return { ...entry, at: new Date(entry.at) };
  });
  return { entries, groups, organizations };
}

export type UpcomingEvent = {
  id: string;
  title: string;
  startsAt: Date;
  allDay: boolean;
  startDay: string | null;
  response: AttendanceResponse;
  status: EventStatus;
};

/** The next events the reader answered "going" or "maybe" that they may still read. */
function upcomingAnswered(actor: ActingUser): Prisma.Sql {
  return sql`
    SELECT e.id::text AS id, e.title, n.starts_at AS "startsAt", n.all_day AS "allDay", to_char(n.start_day, 'YYYY-MM-DD') AS "startDay",
      ea.response::text AS response, e.status::text AS status
    FROM event_attendance ea
    JOIN event e ON e.id = ea.event_id
    CROSS JOIN LATERAL (
      SELECT x.starts_at, x.all_day, x.start_day FROM event_occurrence x
      WHERE x.event_id = e.id AND x.ends_at >= now() ORDER BY x.starts_at LIMIT 1
    ) n
    WHERE ea.user_id = ${actor.id}::uuid AND ea.response IN ('GOING', 'MAYBE') AND ${visibleEvents(actor)}
    ORDER BY n.starts_at, e.id
    LIMIT ${WAITING_SIZE}
  `;
}

export type JoinRequestWaiting = { id: string; name: string; at: Date; group: GroupRef };
export type RecommendationWaiting = { id: string; reference: string; number: number; priority: RecommendationPriority };

/** The join requests to decide in the groups the reader chairs (nothing to read when they chair nothing). */
function joinRequestsToDecide(actor: ActingUser): Prisma.Sql | null {
  const chaired = actor.memberships.map((m) => m.groupId).filter((groupId) => canManageGroup(actor, groupId));
  if (chaired.length === 0) return null;
  return sql`
    SELECT j.id::text AS id, u.name, j.created_at AS at, ${groupJson} AS "group"
    FROM join_request j JOIN "user" u ON u.id = j.user_id JOIN working_group g ON g.id = j.group_id
    WHERE j.status = 'PENDING' AND j.group_id = ANY(${chaired}::uuid[])
    ORDER BY j.created_at, j.id
    LIMIT ${WAITING_SIZE}
  `;
}

/**
 * Unresolved recommendations shared with the reader's entity that it has not answered: the recommendation list's
 * own conditions (its "no response" and "unresolved" filters), for readers whose visibility is exactly what they
 * may answer (an entity's focal points; those who see everything answer only where shared, which the list
 * filter cannot tell, so they get no such entry; nothing is read for them). With the total, and each row's place.
 */
const answersRecommendations = (actor: ActingUser) => isEntityFocalPoint(actor) && !seesAllRecommendations(actor);

function recommendationsToAnswer(actor: ActingUser): Prisma.Sql | null {
  if (!answersRecommendations(actor)) return null;
  const order = sql`CASE r.priority WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, a.start_date DESC, a.reference, r.number`;
  return sql`
    SELECT r.id::text AS id, a.reference, r.number, r.priority::text AS priority, count(*) OVER ()::int AS total,
      row_number() OVER (ORDER BY ${order}) AS pos
    ${RECOMMENDATIONS_FROM} ${recommendationConditions(actor, { noResponse: "yes", status: UNRESOLVED })}
    ORDER BY ${order}
    LIMIT ${WAITING_SIZE}
  `;
}

export type DraftWaiting = { id: string; title: string; at: Date; group: GroupRef };

/** The reader's own drafts, last edited first, in groups whose space they still read (canReadPost). */
function myDrafts(actor: ActingUser): Prisma.Sql | null {
  const readable = actor.memberships.map((m) => m.groupId).filter((groupId) => canReadGroupSpace(actor, groupId));
  if (readable.length === 0) return null;
  return sql`
    SELECT p.id::text AS id, p.title, p.updated_at AS at, ${groupJson} AS "group"
    FROM post p JOIN working_group g ON g.id = p.group_id
    WHERE p.author_id = ${actor.id}::uuid AND p.published_at IS NULL AND p.deleted_at IS NULL AND p.group_id = ANY(${readable}::uuid[])
    ORDER BY p.updated_at DESC, p.id
    LIMIT ${WAITING_SIZE}
  `;
}

/** When the feed starts: the visit before this one, or FIRST_VISIT_DAYS back on a first visit. */
export const feedSince = (previous: Date | null) => previous ?? new Date(Date.now() - FIRST_VISIT_DAYS * 86_400_000);

/** The reads of the reader's feed since `since` (readTogether): the home page reads them with its other parts. */
export function feedReads(actor: ActingUser, since: Date) {
  return {
    news: { statement: newSinceStatement(actor, since), order: NEWS_ORDER },
    upcoming: { statement: upcomingAnswered(actor), order: sql`k."startsAt", k.id` },
    joinRequests: { statement: joinRequestsToDecide(actor), order: sql`k.at, k.id` },
    toAnswer: { statement: recommendationsToAnswer(actor), order: sql`k.pos` },
    drafts: { statement: myDrafts(actor), order: sql`k.at DESC, k.id` },
  } satisfies Record<string, TogetherRead>;
}

/** The reader's feed from the rows of feedReads: since when, what is new, the upcoming events, what waits for them. */
export function feedFrom(
  actor: ActingUser,
  read: Record<keyof ReturnType<typeof feedReads>, unknown[]>,
  visit: { previous: Date | null; since: Date },
) {
  // Through JSON, times come back as text.
  const withDates = <Row extends { at: Date }>(rows: unknown[]) => (rows as Row[]).map((row) => ({ ...row, at: new Date(row.at) }));
  const answerRows = read.toAnswer as Array<RecommendationWaiting & { total: number; pos: number }>;
  return {
    since: visit.since,
    firstVisit: visit.previous === null,
    ...feedEntries(read.news as FeedRow[]),
    upcoming: (read.upcoming as UpcomingEvent[]).map((row) => ({ ...row, startsAt: new Date(row.startsAt) })),
    waiting: {
      joinRequests: withDates<JoinRequestWaiting>(read.joinRequests),
      recommendations: answersRecommendations(actor)
        ? { total: answerRows[0]?.total ?? 0, rows: answerRows.map(({ total: _total, pos: _pos, ...row }): RecommendationWaiting => row) }
        : null,
      drafts: withDates<DraftWaiting>(read.drafts),
    },
  };
}

/** The reader's feed (two statements: the visit moved on, then the feed's reads together). */
export async function homeFeed(actor: ActingUser) {
  const previous = await previousVisit(actor.id);
  const since = feedSince(previous);
  return feedFrom(actor, await readTogether(feedReads(actor, since)), { previous, since });
}
