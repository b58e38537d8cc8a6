// The calendar's views (month grid, week, agenda) and a group's upcoming events, read from the occurrences
// kept with each event (event_occurrence, app/domain/calendar/occurrences.server.ts): the database finds what
// a stretch of days shows, in the reader's zone, and sends only that. The month and week views get the first
// few occurrences of each day and how many there are in all ("+N more" opens the day in the agenda); the
// agenda comes in pages. What the reader may see is decided by the one SQL translation of the policy
// (visibility.server.ts), and every row read is checked against the policy again.
import { z } from "zod";
import { Prisma, readRows } from "~/db.server";
import { rowsKept } from "~/data-versions.server";
import { canReadEvent } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { EventKind } from "~/enums";
import { PILLAR_NUMBERS } from "../../pillars";
import { calendarDay, MAX_EVENT_DAYS } from "./event-form.server";
import { AGENDA_PAGE_SIZE, CALENDAR_VIEWS, type AttendanceResponse, type CalendarView } from "./values";
import { addDays, addMonths, dayString, endOfMonth, startOfMonth, startOfWeek, todayIn, windowOfDays } from "./time.server";
import { visibleEvents } from "./visibility.server";
import { textMatch } from "../search/text-match.server";
import { workReferenceHandle } from "../projects/reference-lists.server";

const sql = Prisma.sql;

/** Days one agenda page covers (its occurrences come in pages of AGENDA_PAGE_SIZE, values.ts). */
export const AGENDA_DAYS = 30;
/** Occurrences a day shows in the month grid and in the week, before "+N more". */
export const PER_DAY = { month: 3, week: 5 } as const;

export const CalendarQuery = z.object({
  view: z.enum(CALENDAR_VIEWS).catch("month").default("month"),
  // Outside 1900–2200 it is a bad filter like any other: dropped by parseSearchParams (today's page).
  date: calendarDay().optional(),
  q: z.string().trim().max(200).optional(),
  group: z.uuid().optional(),
  org: z.uuid().optional(),
  kind: z.enum(EventKind).optional(),
  pillar: z.coerce
    .number()
    .int()
    .refine((n) => (PILLAR_NUMBERS as number[]).includes(n))
    .optional(),
  mine: z.literal("1").optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
export type CalendarQuery = z.infer<typeof CalendarQuery>;

export type OccurrenceSummary = {
  eventId: string;
  title: string;
  kind: EventKind;
  status: "SCHEDULED" | "POSTPONED" | "CANCELLED";
  groupOnly: boolean;
  group: { number: number; name: string; nameZh: string | null } | null;
  place: string | null;
  online: boolean;
  recurring: boolean;
  myResponse: AttendanceResponse | null;
  start: string;
  end: string;
  allDay: boolean;
  firstDay: string;
  lastDay: string;
};

/** The days a view shows around its anchor day, and where the previous and next pages start. */
export function rangeOf(view: CalendarView, anchor: string, firstWeekday: number = 1) {
  if (view === "month") {
    const first = startOfMonth(anchor);
    return {
      firstDay: startOfWeek(first, firstWeekday),
      lastDay: addDays(startOfWeek(endOfMonth(first), firstWeekday), 6),
      month: first,
      previous: addMonths(first, -1),
      next: addMonths(first, 1),
    };
  }
  if (view === "week") {
    const first = startOfWeek(anchor, firstWeekday);
    return {
      firstDay: first,
      lastDay: addDays(first, 6),
      month: startOfMonth(anchor),
      previous: addDays(first, -7),
      next: addDays(first, 7),
    };
  }
  return {
    firstDay: anchor,
    lastDay: addDays(anchor, AGENDA_DAYS - 1),
    month: startOfMonth(anchor),
    previous: addDays(anchor, -AGENDA_DAYS),
    next: addDays(anchor, AGENDA_DAYS),
  };
}

// ----------------------------------------------------------------------------------------------
// SQL

/** The reader's rule and the view's filters, as conditions on `event e` (the views and /search). */
export function eventConditions(actor: ActingUser, query: Partial<CalendarQuery>): Prisma.Sql {
  const parts = [visibleEvents(actor)];
  if (query.q) parts.push(textMatch(query.q, sql`e.search_document`, [sql`e.title`, sql`e.place`]));
  if (query.group) parts.push(sql`e.group_id = ${query.group}::uuid`);
  if (query.org)
    parts.push(sql`EXISTS (SELECT 1 FROM event_organizer eo WHERE eo.event_id = e.id AND eo.organization_id = ${query.org}::uuid)`);
  if (query.kind) parts.push(sql`e.kind = ${query.kind}::"EventKind"`);
  if (query.pillar) parts.push(sql`${query.pillar}::int = ANY(e.pillars)`);
  if (query.mine)
    parts.push(
      sql`EXISTS (SELECT 1 FROM event_attendance ea WHERE ea.event_id = e.id AND ea.user_id = ${actor.id}::uuid AND ea.response = 'GOING')`,
    );
  return Prisma.join(parts, " AND ");
}

/**
 * The span of time of the occurrence `o`, as its GiST index holds it (migration 20270101000000_event_occurrence_span,
 * the same expression): an all-day occurrence's days from midnight UTC, which contain them in every zone.
 */
const OCCURRENCE_SPAN = sql`(CASE WHEN o.all_day THEN tstzrange((o.start_day)::timestamp AT TIME ZONE 'UTC', (o.end_day + 1)::timestamp AT TIME ZONE 'UTC')
       ELSE tstzrange(o.starts_at, o.ends_at) END)`;

/** The days the occurrence `o` begins and ends on in `zone` (`first_day`, `last_day`): an all-day one's own days. */
const occurrenceDays = (zone: string) =>
  sql`CASE WHEN o.all_day THEN o.start_day ELSE (o.starts_at AT TIME ZONE ${zone})::date END AS first_day,
      CASE WHEN o.all_day THEN o.end_day ELSE ((o.ends_at - interval '1 millisecond') AT TIME ZONE ${zone})::date END AS last_day`;

/**
 * Occurrences that touch the days firstDay..lastDay in `zone`, readable and filtered, with the day each
 * begins on for the reader (`first_day`). The index of spans finds those that overlap the days widened by one
 * on each side (containing them in any zone); the exact days are kept after.
 */
function occurrencesInDays(actor: ActingUser, query: Partial<CalendarQuery>, firstDay: string, lastDay: string, zone: string): Prisma.Sql {
  const window = windowOfDays(firstDay, lastDay, zone);
  const around = { from: new Date(window.from.getTime() - 86_400_000), to: new Date(window.to.getTime() + 86_400_000) };
  return sql`
    SELECT o.event_id, o.starts_at, o.ends_at, o.all_day, o.start_day, o.end_day, ${EVENT_COLUMNS},
      ${occurrenceDays(zone)}
    FROM event_occurrence o JOIN event e ON e.id = o.event_id
    WHERE ${OCCURRENCE_SPAN} && tstzrange(${around.from}, ${around.to})
      AND CASE WHEN o.all_day THEN o.start_day <= ${lastDay}::date AND o.end_day >= ${firstDay}::date
               ELSE o.starts_at < ${window.to} AND o.ends_at > ${window.from} END
      AND ${eventConditions(actor, query)}`;
}

type ShownRow = {
  event_id: string;
  starts_at: Date;
  ends_at: Date;
  all_day: boolean;
  start_day: Date | null;
  end_day: Date | null;
  title: string;
  kind: EventKind;
  status: OccurrenceSummary["status"];
  visibility: "ALL_FOCAL_POINTS" | "GROUP_MEMBERS";
  group_id: string | null;
  place: string | null;
  online: boolean;
  recurring: boolean;
  group_number: number | null;
  group_name: string | null;
  group_name_zh: string | null;
  /** The days the occurrence begins and ends on for the reader (its own days when all-day). */
  first_day: Date;
  last_day: Date;
};

/**
 * What a view shows of each occurrence's event, on `event e`: selected with the occurrences (the join that filters
 * them), so the few a view shows need no second join with the events.
 */
const EVENT_COLUMNS = sql`e.title, e.kind::text AS kind, e.status::text AS status, e.visibility::text AS visibility, e.group_id, e.place,
    e.online_url IS NOT NULL AS online, e.recurrence_frequency IS NOT NULL AS recurring`;

/** The rest of what a view shows of an occurrence (selected with EVENT_COLUMNS), on `working_group g` joined on its group. */
const GROUP_COLUMNS = sql`g.number AS group_number, g.name AS group_name, g.name_zh AS group_name_zh`;

/**
 * The rows of a view's statement: kept in the process while the events, their occurrences and organizers, and the
 * groups' names are unchanged (app/data-versions.server.ts; migration 20270104000000_calendar_data_version), for
 * each visibility (the reader's groups are among the statement's values), range and filters. Month, week and agenda
 * were 11–12 ms of PostgreSQL's time at each view, sorting the ~1,400 occurrences of a month at the scale data to
 * show 105. Not with "only mine", whose condition reads the reader's answers.
 */
function viewRows<R>(query: Partial<CalendarQuery>, statement: Prisma.Sql): Promise<R[]> {
  return query.mine ? readRows<R>(statement) : rowsKept<R>(["calendar", "reference"], statement);
}

/** The reader's answers to the events of `rows`, read at every view (one statement, however many rows). */
async function answersTo(actor: ActingUser, rows: ShownRow[]): Promise<Map<string, AttendanceResponse>> {
  const ids = [...new Set(rows.map((row) => row.event_id))];
  const answers = await readRows<{ event_id: string; response: AttendanceResponse }>(Prisma.sql`
    SELECT event_id, response::text AS response FROM event_attendance WHERE user_id = ${actor.id}::uuid AND event_id = ANY(${ids}::uuid[])`);
  return new Map(answers.map((answer) => [answer.event_id, answer.response]));
}

/** The occurrences of `rows` the reader may read (the policy), each with the reader's answer. */
async function shownTo<R extends ShownRow>(actor: ActingUser, rows: R[]): Promise<Array<{ row: R; summary: OccurrenceSummary }>> {
  const shown = readable(actor, rows);
  const answers = await answersTo(actor, shown);
  return shown.map((row) => ({ row, summary: summary(row, answers.get(row.event_id) ?? null) }));
}

function summary(row: ShownRow, myResponse: AttendanceResponse | null): OccurrenceSummary {
  return {
    eventId: row.event_id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    groupOnly: row.visibility === "GROUP_MEMBERS",
    group: row.group_number === null ? null : { number: row.group_number, name: row.group_name!, nameZh: row.group_name_zh },
    place: row.place,
    online: row.online,
    recurring: row.recurring,
    myResponse,
    start: row.starts_at.toISOString(),
    end: row.ends_at.toISOString(),
    allDay: row.all_day,
    firstDay: dayString(row.first_day),
    lastDay: dayString(row.last_day),
  };
}

/** Rows the SQL admitted are checked against the policy once more (they agree: the visibility test walks both). */
function readable<R extends ShownRow>(actor: ActingUser, rows: R[]): R[] {
  return rows.filter((row) => canReadEvent(actor, { visibility: row.visibility, groupId: row.group_id }));
}

const ORDER = sql`s.first_day, s.all_day DESC, s.starts_at, s.title, s.event_id`;

// ----------------------------------------------------------------------------------------------
// Views

type Day = { day: string; occurrences: OccurrenceSummary[]; count: number };

/** Month and week: each day's first few occurrences and how many it has; and how many the range has. */
async function daysWithFirstFew(actor: ActingUser, query: CalendarQuery, firstDay: string, lastDay: string, perDay: number) {
  const zone = actor.timeZone;
  const rows = await viewRows<ShownRow & { day: Date; on_day: number; total: number }>(
    query,
    sql`
    WITH s AS (${occurrencesInDays(actor, query, firstDay, lastDay, zone)}),
    -- An occurrence is on the days from its first to its last in the reader's zone (computed once per occurrence in
    -- s: a time-zone conversion per day and occurrence cost most of the query), within the range: each occurrence's
    -- own days, not every day of the range tried against every occurrence (35 × 1,700 comparisons for a month).
    per_day AS (
      SELECT d.day, s.*, row_number() OVER (PARTITION BY d.day ORDER BY ${ORDER}) AS n, count(*) OVER (PARTITION BY d.day)::int AS on_day
      FROM s CROSS JOIN LATERAL (
        SELECT g::date AS day
        FROM generate_series(greatest(s.first_day, ${firstDay}::date)::timestamp, least(s.last_day, ${lastDay}::date)::timestamp, interval '1 day') AS g
      ) d
    )
    SELECT p.*, (SELECT count(*)::int FROM s) AS total, ${GROUP_COLUMNS}
    FROM per_day p LEFT JOIN working_group g ON g.id = p.group_id
    WHERE p.n <= ${perDay}
    ORDER BY p.day, p.n`,
  );
  const byDay = new Map<string, Day>();
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) byDay.set(day, { day, occurrences: [], count: 0 });
  for (const { row, summary } of await shownTo(actor, rows)) {
    const day = byDay.get(dayString(row.day))!;
    day.count = row.on_day;
    day.occurrences.push(summary);
  }
  return { days: [...byDay.values()], total: rows[0]?.total ?? 0 };
}

/** Agenda: one page of the range's occurrences, in order, under the day each begins on (or the range's first day). */
async function agendaPage(actor: ActingUser, query: CalendarQuery, firstDay: string, lastDay: string) {
  const zone = actor.timeZone;
  const page = query.page ?? 1;
  const rows = await viewRows<ShownRow & { total: number }>(
    query,
    sql`
    WITH s AS (${occurrencesInDays(actor, query, firstDay, lastDay, zone)}),
    shown AS (SELECT s.*, count(*) OVER ()::int AS total FROM s ORDER BY ${ORDER} LIMIT ${AGENDA_PAGE_SIZE} OFFSET ${(page - 1) * AGENDA_PAGE_SIZE})
    SELECT s.*, ${GROUP_COLUMNS}
    FROM shown s LEFT JOIN working_group g ON g.id = s.group_id
    ORDER BY ${ORDER}`,
  );
  const total =
    rows[0]?.total ??
    (page > 1
      ? (
          await viewRows<{ n: number }>(
            query,
            sql`SELECT count(*)::int AS n FROM (${occurrencesInDays(actor, query, firstDay, lastDay, zone)}) s`,
          )
        )[0].n
      : 0);
  const days: Day[] = [];
  for (const { summary: occurrence } of await shownTo(actor, rows)) {
    const day = occurrence.firstDay < firstDay ? firstDay : occurrence.firstDay;
    if (days.at(-1)?.day !== day) days.push({ day, occurrences: [], count: 0 });
    const last = days.at(-1)!;
    last.occurrences.push(occurrence);
    last.count += 1;
  }
  return { days, total, page, pageCount: Math.max(1, Math.ceil(total / AGENDA_PAGE_SIZE)) };
}

/**
 * The calendar page: the view asked for, and the address of the reference lists its filters offer (organizations and
 * groups in the reader's `language`), which reach the browser once, not with every view
 * (app/domain/projects/reference-lists.server.ts). The organizer filter's options were 20 of a week's 33 KB of data.
 */
export async function calendarPage(actor: ActingUser, query: CalendarQuery, firstWeekday: number, language: string) {
  const [view, reference] = await Promise.all([calendarView(actor, query, firstWeekday), workReferenceHandle(language)]);
  return { view, reference };
}

/** `firstWeekday`: the day the reader's calendar weeks start on (1 = Monday … 7 = Sunday; Saturday in Arabic). */
export async function calendarView(actor: ActingUser, query: CalendarQuery, firstWeekday: number = 1) {
  ensure(actor.status === "ACTIVE", "403");
  const today = todayIn(actor.timeZone);
  const anchor = query.date ?? today;
  const range = rangeOf(query.view, anchor, firstWeekday);
  const shown =
    query.view === "agenda"
      ? await agendaPage(actor, query, range.firstDay, range.lastDay)
      : { ...(await daysWithFirstFew(actor, query, range.firstDay, range.lastDay, PER_DAY[query.view])), page: 1, pageCount: 1 };
  return { today, anchor, range, timeZone: actor.timeZone, ...shown };
}

/**
 * The next occurrences of a working group's events that the actor may see (for the group's pages), within a
 * year. A group-only event appears only to the group's members and the secretariat.
 *
 * Looked for within a month first: a year of occurrences is ~17,000 at the scale data, read and joined for the five
 * shown (10–24 ms); a month's is a twelfth. The month's answer stands when its last row begins two days or more before
 * the month ends (nothing later can come before it: occurrences are ordered by the day they begin on); else the year.
 */
export async function upcomingEventsForGroup(actor: ActingUser, groupId: string, limit = 5): Promise<OccurrenceSummary[]> {
  if (actor.status !== "ACTIVE") return [];
  const today = todayIn(actor.timeZone);
  const within = await upcomingRows(actor, groupId, limit, today, 31);
  const settled = within.length === limit && dayString(within[limit - 1].first_day) < addDays(today, 31 - 2);
  const rows = settled ? within : await upcomingRows(actor, groupId, limit, today, 366);
  return readable(actor, rows).map((row) => summary(row, row.my_response));
}

async function upcomingRows(actor: ActingUser, groupId: string, limit: number, today: string, days: number) {
  const zone = actor.timeZone;
  const now = new Date();
  const until = windowOfDays(today, addDays(today, days), zone).to;
  return readRows<ShownRow & { my_response: AttendanceResponse | null }>(Prisma.sql`
    WITH s AS (
      SELECT o.event_id, o.starts_at, o.ends_at, o.all_day, o.start_day, o.end_day, ${EVENT_COLUMNS},
        ${occurrenceDays(zone)}
      FROM event_occurrence o JOIN event e ON e.id = o.event_id
      WHERE o.group_id = ${groupId}::uuid AND e.status <> 'CANCELLED' AND ${visibleEvents(actor)}
        AND o.starts_at >= ${new Date(now.getTime() - (MAX_EVENT_DAYS + 2) * 86_400_000)} AND o.starts_at < ${until} AND o.ends_at > ${now}
      ORDER BY first_day, o.all_day DESC, o.starts_at, e.title, o.event_id
      LIMIT ${limit}
    )
    SELECT s.*, ${GROUP_COLUMNS},
      -- Not kept (it reads the clock), so the reader's answer comes in the same statement rather than apart (answersTo).
      (SELECT ea.response::text FROM event_attendance ea WHERE ea.event_id = s.event_id AND ea.user_id = ${actor.id}::uuid) AS my_response
    FROM s LEFT JOIN working_group g ON g.id = s.group_id
    ORDER BY ${ORDER}`);
}
