// Calendar time arithmetic: wall-clock times in an IANA zone (luxon) and recurrence (rrule).
// Recurrences are expanded on the event's wall clock, not on UTC instants, so that a weekly 09:00
// Europe/Vienna meeting stays at 09:00 local time across a daylight-saving change: rrule runs on
// "floating" dates (the wall-clock fields written into a UTC Date) and each occurrence is then placed
// in the event's zone.
import { DateTime, IANAZone } from "luxon";
import rrulePackage from "rrule";
import { dayString } from "~/fields";

export { dayString };

// rrule ships CommonJS for Node: its named exports are reached through the default import.
const { RRule } = rrulePackage;

export type RecurrenceFrequency = "WEEKLY" | "MONTHLY";

/** The columns that say when an event happens. */
export type EventTiming = {
  allDay: boolean;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  /** All-day events: first and last day (inclusive) of the first occurrence, as UTC midnights (Prisma @db.Date). */
  startDate: Date | null;
  endDate: Date | null;
  recurrenceFrequency: RecurrenceFrequency | null;
  recurrenceInterval: number;
  recurrenceUntil: Date | null;
};

/** A stretch of calendar as a viewer sees it: instants for timed events, days for all-day ones. */
export type CalendarWindow = { from: Date; to: Date; firstDay: string; lastDay: string };

/** One occurrence of an event, with the days (in the viewer's zone) it covers. */
export type OccurrenceTime = { start: Date; end: Date; allDay: boolean; firstDay: string; lastDay: string };

const DAY_MS = 86_400_000;

export function isKnownTimeZone(zone: string): boolean {
  return zone.length > 0 && IANAZone.isValidZone(zone);
}

/** The zone's canonical spelling ("europe/vienna" → "Europe/Vienna"). */
export function canonicalTimeZone(zone: string): string {
  return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
}

/** Every IANA zone the runtime knows, for pickers. */
export function timeZoneNames(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone")];
}

let sortedZones: string[] | null = null;
/**
 * The zones of `timeZoneNames`, sorted, with `current` among them even if the runtime no longer knows it (the profile's
 * picker). Listed and sorted once: on every request it was 2% of the profile page's time under load.
 */
export function timeZoneChoices(current: string): string[] {
  sortedZones ??= [...new Set(timeZoneNames())].sort();
  return sortedZones.includes(current) ? sortedZones : [...sortedZones, current].sort();
}

/** "2026-11-23" as the UTC midnight Prisma uses for a DATE column. */
export function dateOnly(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  return dayString(new Date(dateOnly(day).getTime() + days * DAY_MS));
}

export function daysBetween(first: string, last: string): number {
  return Math.round((dateOnly(last).getTime() - dateOnly(first).getTime()) / DAY_MS);
}

/** The instant a wall-clock time ("2027-03-29", "09:00") has in a zone. */
export function wallTimeToInstant(day: string, time: string, zone: string): Date {
  return DateTime.fromISO(`${day}T${time}`, { zone }).toJSDate();
}

/** Midnight at the start of a day in a zone. */
export function startOfDayIn(day: string, zone: string): Date {
  return wallTimeToInstant(day, "00:00", zone);
}

/** The day and time of an instant in a zone: { day: "2027-03-29", time: "09:00" }. */
export function instantToWallTime(instant: Date, zone: string): { day: string; time: string } {
  const local = DateTime.fromJSDate(instant, { zone });
  return { day: local.toISODate()!, time: local.toFormat("HH:mm") };
}

// One formatter per zone (creating one is the expensive part; they are immutable, so sharing is safe).
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a zone, "2026-11-23" (called for every occurrence shown: kept cheap). */
export function dayIn(instant: Date, zone: string): string {
  let formatter = dayFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(zone, formatter);
  }
  return formatter.format(instant);
}

/** Today in a zone. */
export function todayIn(zone: string, now = new Date()): string {
  return dayIn(now, zone);
}

/** The window from a viewer's first day to their last day (inclusive), in their zone. */
export function windowOfDays(firstDay: string, lastDay: string, viewerZone: string): CalendarWindow {
  return { from: startOfDayIn(firstDay, viewerZone), to: startOfDayIn(addDays(lastDay, 1), viewerZone), firstDay, lastDay };
}

/** The first day of the week a day is in, for a week that starts on `firstWeekday` (1 = Monday … 7 = Sunday;
 * the reader's locale decides: app/i18n/config.ts firstDayOfWeek). */
export function startOfWeek(day: string, firstWeekday: number = 1): string {
  const weekday = DateTime.fromISO(day, { zone: "utc" }).weekday; // 1 = Monday
  return addDays(day, -((weekday - firstWeekday + 7) % 7));
}

export function startOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function addMonths(day: string, months: number): string {
  return DateTime.fromISO(day, { zone: "utc" }).plus({ months }).toISODate()!;
}

export function endOfMonth(day: string): string {
  return DateTime.fromISO(day, { zone: "utc" }).endOf("month").toISODate()!;
}

// ----------------------------------------------------------------------------------------------
// Recurrence

/** The wall-clock fields of an instant in a zone, written into a UTC Date (rrule's "floating" time). */
function floating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

/** A floating date back to the instant it names in a zone. */
function unfloat(value: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: value.getUTCFullYear(),
      month: value.getUTCMonth() + 1,
      day: value.getUTCDate(),
      hour: value.getUTCHours(),
      minute: value.getUTCMinutes(),
      second: value.getUTCSeconds(),
    },
    { zone },
  ).toJSDate();
}

function ruleOf(timing: EventTiming) {
  if (!timing.recurrenceFrequency || !timing.recurrenceUntil) return null;
  const allDay = timing.allDay && timing.startDate;
  return new RRule({
    freq: timing.recurrenceFrequency === "WEEKLY" ? RRule.WEEKLY : RRule.MONTHLY,
    interval: timing.recurrenceInterval,
    dtstart: allDay ? timing.startDate! : floating(timing.startsAt, timing.timeZone),
    // The last day of the series is included whatever the time of day.
    until: new Date(timing.recurrenceUntil.getTime() + DAY_MS - 1000),
  });
}

/**
 * The RRULE value for iCalendar (FREQ=…;INTERVAL=…;UNTIL=…). UNTIL takes the type of DTSTART (RFC 5545 3.3.10): a DATE for all-day
 * events, otherwise the UTC instant at which the last day ends in the event's zone.
 */
export function recurrenceRuleLine(timing: EventTiming): string | null {
  if (!timing.recurrenceFrequency || !timing.recurrenceUntil) return null;
  const untilDay = dayString(timing.recurrenceUntil);
  const until = timing.allDay
    ? untilDay.replaceAll("-", "")
    : DateTime.fromJSDate(startOfDayIn(addDays(untilDay, 1), timing.timeZone))
        .minus({ seconds: 1 })
        .toUTC()
        .toFormat("yyyyMMdd'T'HHmmss'Z'");
  const options = RRule.optionsToString({
    freq: timing.recurrenceFrequency === "WEEKLY" ? RRule.WEEKLY : RRule.MONTHLY,
    interval: timing.recurrenceInterval,
  }).replace(/^RRULE:/, "");
  return `${options};UNTIL=${until}`;
}

/**
 * The occurrences that `take` makes of the series' starts between `after` and `before` (inclusive), in order: it
 * gives the occurrence of a start, or null to pass it over. The rule is expanded only until `limit` are taken.
 */
function occurrencesFrom(
  timing: EventTiming,
  after: Date,
  before: Date,
  take: (start: Date) => OccurrenceTime | null,
  limit: number,
): OccurrenceTime[] {
  const first = timing.allDay && timing.startDate ? timing.startDate : floating(timing.startsAt, timing.timeZone);
  const rule = ruleOf(timing);
  const taken: OccurrenceTime[] = [];
  const consider = (start: Date) => {
    const occurrence = take(start);
    if (occurrence) taken.push(occurrence);
    return taken.length < limit;
  };
  if (!rule) {
    if (first >= after && first <= before && limit > 0) consider(first);
    return taken;
  }
  if (limit > 0) rule.between(after, before, true, consider);
  return taken;
}

function allDayOccurrence(start: Date, lengthDays: number, zone: string): OccurrenceTime {
  const firstDay = dayString(start);
  const lastDay = addDays(firstDay, lengthDays);
  return { start: startOfDayIn(firstDay, zone), end: startOfDayIn(addDays(lastDay, 1), zone), allDay: true, firstDay, lastDay };
}

/**
 * The occurrences of an event that touch a viewer's window, with their days in the viewer's zone; the first `limit`
 * of them only, when given (the series is then expanded no further than that: a page that shows the next few
 * occurrences of a weekly series does not compute a year of them).
 */
export function occurrencesIn(timing: EventTiming, window: CalendarWindow, viewerZone: string, limit = Infinity): OccurrenceTime[] {
  if (timing.allDay && timing.startDate && timing.endDate) {
    const lengthDays = daysBetween(dayString(timing.startDate), dayString(timing.endDate));
    return occurrencesFrom(
      timing,
      dateOnly(addDays(window.firstDay, -lengthDays)),
      dateOnly(window.lastDay),
      (start) => {
        const o = allDayOccurrence(start, lengthDays, timing.timeZone);
        return o.lastDay >= window.firstDay && o.firstDay <= window.lastDay ? o : null;
      },
      limit,
    );
  }
  const duration = timing.endsAt.getTime() - timing.startsAt.getTime();
  const timed = (start: Date, end: Date): OccurrenceTime => ({
    start,
    end,
    allDay: false,
    firstDay: dayIn(start, viewerZone),
    lastDay: dayIn(new Date(end.getTime() - 1), viewerZone),
  });
  // A single event is its stored instants.
  if (!timing.recurrenceFrequency)
    return timing.endsAt > window.from && timing.startsAt < window.to && limit > 0 ? [timed(timing.startsAt, timing.endsAt)] : [];
  // Floating and real time differ by at most a day's worth of offset: search a little wider, then cut exactly.
  return occurrencesFrom(
    timing,
    new Date(window.from.getTime() - duration - 2 * DAY_MS),
    new Date(window.to.getTime() + 2 * DAY_MS),
    (value) => {
      const start = unfloat(value, timing.timeZone);
      const end = new Date(start.getTime() + duration);
      return end > window.from && start < window.to ? timed(start, end) : null;
    },
    limit,
  );
}

/**
 * Every occurrence of an event (a series is bounded: it has an end date and at most a few hundred occurrences),
 * as kept in the event_occurrence table: instants, and for all-day events their days. Filtering these by a
 * window gives what occurrencesIn gives for it (tests/unit/calendar-time.test.ts).
 */
export function allOccurrences(
  timing: EventTiming,
): Array<{ start: Date; end: Date; allDay: boolean; firstDay: string | null; lastDay: string | null }> {
  const rule = ruleOf(timing);
  if (timing.allDay && timing.startDate && timing.endDate) {
    const lengthDays = daysBetween(dayString(timing.startDate), dayString(timing.endDate));
    return (rule ? rule.all() : [timing.startDate]).map((start) => allDayOccurrence(start, lengthDays, timing.timeZone));
  }
  if (!rule) return [{ start: timing.startsAt, end: timing.endsAt, allDay: false, firstDay: null, lastDay: null }];
  const duration = timing.endsAt.getTime() - timing.startsAt.getTime();
  return rule.all().map((value) => {
    const start = unfloat(value, timing.timeZone);
    return { start, end: new Date(start.getTime() + duration), allDay: false, firstDay: null, lastDay: null };
  });
}

/** When the last occurrence ends (for range queries). */
export function seriesEnd(timing: EventTiming): Date {
  const rule = ruleOf(timing);
  if (!rule) return timing.endsAt;
  const last = rule.before(rule.options.until!, true);
  if (!last) return timing.endsAt;
  const duration = timing.endsAt.getTime() - timing.startsAt.getTime();
  const start = timing.allDay ? startOfDayIn(dayString(last), timing.timeZone) : unfloat(last, timing.timeZone);
  return new Date(start.getTime() + duration);
}

/** How many times a series happens (to refuse absurd ones). */
export function occurrenceCount(timing: EventTiming, limit: number): number {
  const rule = ruleOf(timing);
  if (!rule) return 1;
  let count = 0;
  rule.all((_date, i) => {
    count = i + 1;
    return i < limit;
  });
  return count;
}
