// iCalendar output (RFC 5545) through ical-generator: one event as a download, and a person's feed.
// Timed events are written in their own zone with a VTIMEZONE (from @touch4it/ical-timezones), so
// recurrences keep their wall-clock time across daylight-saving changes; all-day events as DATEs.
// Every VEVENT has a stable UID, a SEQUENCE that grows with each edit, a URL back to its page, its RRULE
// when it recurs, and STATUS:CANCELLED when cancelled.
//
// Text people wrote (titles, places, descriptions, organization names) is hostile to this format: a line break
// would end the value and start a property or a whole VEVENT of the writer's choosing. Every text value goes
// through `icsText` (no control characters; line breaks kept as line breaks, which ical-generator escapes as
// `\n` with `;`, `,` and `\`), and the calendar's NAME / X-WR-CALNAME, which ical-generator writes as given,
// are escaped here (`escapedIcsText`). ical-generator folds every line at 75 octets.
import ical, { ICalAlarmType, ICalEventStatus, type ICalCalendar } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { DateTime } from "luxon";
import { config } from "~/config.server";
import { addDays, dayString, recurrenceRuleLine, type EventTiming } from "./time.server";

export type ExportableEvent = EventTiming & {
  id: string;
  title: string;
  description: string | null;
  status: "SCHEDULED" | "POSTPONED" | "CANCELLED";
  place: string | null;
  onlineUrl: string | null;
  otherOrganizers: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  organizers: Array<{ organization: { name: string } }>;
};

const STATUS: Record<ExportableEvent["status"], ICalEventStatus> = {
  SCHEDULED: ICalEventStatus.CONFIRMED,
  POSTPONED: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

export function eventUrl(id: string) {
  return new URL(`/calendar/events/${id}`, config().APP_URL).toString();
}

/** The UID stays the same for the life of the event, whatever is edited. */
export function eventUid(id: string) {
  return `${id}@${new URL(config().APP_URL).hostname}`;
}

/** A TEXT value without control characters (RFC 5545 allows none in TEXT but the tab); CRLF and CR become LF. */
export function icsText(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** RFC 5545 §3.3.11 TEXT escaping, for the values ical-generator writes without escaping them. */
export function escapedIcsText(value: string): string {
  return icsText(value)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

function newCalendar(name: string): ICalCalendar {
  return ical({
    name: escapedIcsText(name),
    prodId: { company: "Coordination Platform", product: "Joint calendar", language: "EN" },
    // VTIMEZONE blocks for every zone the events use.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 60 * 60,
  });
}

function plainDescription(event: ExportableEvent) {
  const organizers = [...event.organizers.map((o) => o.organization.name), ...event.otherOrganizers];
  return icsText(
    [
      event.description ?? "",
      organizers.length ? `Organizers: ${organizers.join(", ")}` : "",
      event.onlineUrl ? `Online: ${event.onlineUrl}` : "",
      eventUrl(event.id),
    ]
      .filter(Boolean)
      .join("\n\n"),
  );
}

function addEvent(calendar: ICalCalendar, event: ExportableEvent) {
  const timing =
    event.allDay && event.startDate && event.endDate
      ? {
          allDay: true,
          // DATE values: the first day, and the day after the last (DTEND is exclusive).
          start: DateTime.fromISO(dayString(event.startDate), { zone: "utc" }),
          end: DateTime.fromISO(addDays(dayString(event.endDate), 1), { zone: "utc" }),
        }
      : {
          start: DateTime.fromJSDate(event.startsAt, { zone: event.timeZone }),
          end: DateTime.fromJSDate(event.endsAt, { zone: event.timeZone }),
          timezone: event.timeZone,
        };
  const rule = recurrenceRuleLine(event);
  calendar.createEvent({
    id: eventUid(event.id),
    sequence: event.version - 1,
    ...timing,
    summary: icsText(event.title),
    description: plainDescription(event),
    location: event.place || event.onlineUrl ? icsText(event.place ?? event.onlineUrl ?? "") : undefined,
    url: eventUrl(event.id),
    status: STATUS[event.status],
    created: event.createdAt,
    lastModified: event.updatedAt,
    stamp: event.updatedAt,
    repeating: rule ?? undefined,
    // A reminder the day before (issue 13): calendar apps show it; none for a cancelled event.
    alarms:
      event.status === "CANCELLED"
        ? []
        : [{ type: ICalAlarmType.display, triggerBefore: EVENT_REMINDER_SECONDS, description: icsText(event.title) }],
  });
}

/** When calendar apps remind of an event: 24 hours before it starts. */
export const EVENT_REMINDER_SECONDS = 24 * 60 * 60;

export function eventsToIcs(name: string, events: ExportableEvent[]): string {
  const calendar = newCalendar(name);
  for (const event of events) addEvent(calendar, event);
  return calendar.toString();
}

// A feed is assembled from stored text (event_ics, written with each event): it must be exactly what
// eventsToIcs writes for the same events (tests/unit/ics-feed.test.ts). ical-generator writes a calendar as
// its properties, one VTIMEZONE per zone in the order the events first use it, the refresh properties, the
// VEVENTs, then END:VCALENDAR.

function between(text: string, begin: string, end: string): string {
  const from = text.indexOf(begin);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`ical-generator wrote no ${begin}`);
  return text.slice(from, to + end.length);
}

/** One event's VEVENT block (with its line break), as eventsToIcs writes it; stored with the event. */
export function veventOf(event: ExportableEvent): string {
  const calendar = ical({});
  addEvent(calendar, event);
  return between(calendar.toString(), "BEGIN:VEVENT\r\n", "END:VEVENT\r\n");
}

// A zone's VTIMEZONE (or none) never changes while the process runs (it comes from the package's data): made once.
const vtimezones = new Map<string, string>();
function vtimezoneOf(zone: string): string {
  let block = vtimezones.get(zone);
  if (block === undefined) {
    const calendar = newCalendar("zone");
    calendar.createEvent({
      start: DateTime.fromISO("2000-01-01T00:00", { zone }),
      end: DateTime.fromISO("2000-01-01T01:00", { zone }),
      timezone: zone,
    });
    const text = calendar.toString();
    // UTC (and zones the generator knows no rules for) get none: their times are written in UTC.
    block = text.includes("BEGIN:VTIMEZONE\r\n") ? between(text, "BEGIN:VTIMEZONE\r\n", "END:VTIMEZONE\r\n") : "";
    vtimezones.set(zone, block);
  }
  return block;
}

/** A calendar of stored VEVENTs: `zone` is the event's zone when it is a timed event (its VTIMEZONE is needed). */
export function assembleIcs(name: string, entries: Array<{ vevent: string; zone: string | null }>): string {
  const empty = newCalendar(name).toString();
  const refresh = empty.indexOf("REFRESH-INTERVAL");
  const end = empty.lastIndexOf("END:VCALENDAR");
  if (refresh < 0 || end < 0) throw new Error("ical-generator wrote an unexpected calendar");
  const zones = [...new Set(entries.flatMap((e) => (e.zone ? [e.zone] : [])))];
  return [
    empty.slice(0, refresh),
    ...zones.map(vtimezoneOf),
    empty.slice(refresh, end),
    ...entries.map((e) => e.vevent),
    empty.slice(end),
  ].join("");
}

/** A file name for a downloaded event: its title in plain letters. */
export function icsFileName(title: string) {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 60)
    .toLowerCase();
  return `${slug || "event"}.ics`;
}
