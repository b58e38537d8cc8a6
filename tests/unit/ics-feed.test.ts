// A personal feed is assembled from the VEVENTs stored with each event (event_ics): the result must be exactly
// what ical-generator writes for the same events in one go, zones (VTIMEZONE) included, whatever their mix.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { assembleIcs, eventsToIcs, veventOf, type ExportableEvent } from "~/domain/calendar/ics.server";

const base: ExportableEvent = {
  id: "00000000-0000-4000-8000-000000000001",
  title: "Regional workshop on border security",
  description: "Agenda to follow, with a long line that ical-generator folds at seventy-five octets, as RFC 5545 asks.",
  status: "SCHEDULED",
  place: "Vienna International Centre",
  onlineUrl: null,
  otherOrganizers: ["Partner, Ltd."],
  version: 3,
  createdAt: new Date("2026-10-01T08:00:00Z"),
  updatedAt: new Date("2026-10-05T09:30:00Z"),
  organizers: [{ organization: { name: "UNODC" } }],
  allDay: false,
  timeZone: "Europe/Vienna",
  startsAt: new Date("2026-12-03T09:00:00Z"),
  endsAt: new Date("2026-12-03T11:00:00Z"),
  startDate: null,
  endDate: null,
  recurrenceFrequency: null,
  recurrenceInterval: 1,
  recurrenceUntil: null,
};

const events: ExportableEvent[] = [
  base,
  {
    ...base,
    id: "00000000-0000-4000-8000-000000000002",
    title: "Weekly drafting session (新闻)",
    timeZone: "America/New_York",
    startsAt: new Date("2026-12-01T15:00:00Z"),
    endsAt: new Date("2026-12-01T16:30:00Z"),
    recurrenceFrequency: "WEEKLY",
    recurrenceUntil: new Date("2027-03-30T00:00:00Z"),
    onlineUrl: "https://meet.example.org/drafting",
    place: null,
  },
  {
    ...base,
    id: "00000000-0000-4000-8000-000000000003",
    title: "International day",
    allDay: true,
    timeZone: "Asia/Jakarta",
    startDate: new Date("2026-12-10T00:00:00Z"),
    endDate: new Date("2026-12-11T00:00:00Z"),
    status: "CANCELLED",
  },
  { ...base, id: "00000000-0000-4000-8000-000000000004", title: "Second meeting in Vienna", version: 1 },
  { ...base, id: "00000000-0000-4000-8000-000000000005", title: "A meeting in UTC", timeZone: "UTC" },
];

const entry = (event: ExportableEvent) => ({ vevent: veventOf(event), zone: event.allDay ? null : event.timeZone });

describe("a feed assembled from stored VEVENTs", () => {
  it("is exactly what ical-generator writes for the same events", () => {
    expect(assembleIcs("Coordination Platform", events.map(entry))).toBe(eventsToIcs("Coordination Platform", events));
    expect(assembleIcs("Coordination Platform", [...events].reverse().map(entry))).toBe(
      eventsToIcs("Coordination Platform", [...events].reverse()),
    );
  });

  it("is a valid calendar when empty, and holds one VTIMEZONE per zone", () => {
    expect(assembleIcs("Coordination Platform", [])).toBe(eventsToIcs("Coordination Platform", []));
    const calendar = new ICAL.Component(ICAL.parse(assembleIcs("Coordination Platform", events.map(entry))));
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual([
      "Europe/Vienna",
      "America/New_York",
    ]);
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(5);
  });
});

describe("the reminder in calendar apps (issue 13)", () => {
  it("is a VALARM a day before the start, and none for a cancelled event", () => {
    const alarm = new ICAL.Component(ICAL.parse(eventsToIcs("x", [base]))).getFirstSubcomponent("vevent")!.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm?.getFirstPropertyValue("trigger"))).toBe("-P1D");
    expect(veventOf({ ...base, status: "CANCELLED" })).not.toContain("BEGIN:VALARM");
  });
});
