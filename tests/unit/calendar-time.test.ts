// Calendar time: daylight-saving changes, all-day events in far-apart zones, recurrence in a range,
// RRULE output, and the event form's validation messages.
import { describe, expect, it } from "vitest";
import { EventInput } from "~/domain/calendar/event-form.server";
import {
  allOccurrences,
  occurrencesIn,
  recurrenceRuleLine,
  seriesEnd,
  startOfWeek,
  windowOfDays,
  type EventTiming,
  timeZoneChoices,
} from "~/domain/calendar/time.server";
import { rangeOf } from "~/domain/calendar/views.server";
import { firstDayOfWeek } from "~/i18n/config";
import { toFieldErrors } from "~/forms.server";

const UUID = "00000000-0000-4000-8000-000000000001";

function form(overrides: Record<string, unknown>) {
  return {
    title: "Drafting meeting",
    kind: "MEETING",
    startDate: "2027-03-22",
    startTime: "09:00",
    endDate: "2027-03-22",
    endTime: "10:00",
    timeZone: "Europe/Vienna",
    organizerIds: [],
    pillars: [],
    ...overrides,
  };
}

function timingOf(overrides: Record<string, unknown>): EventTiming {
  return EventInput.parse(form(overrides)).timing;
}

function errorsOf(overrides: Record<string, unknown>) {
  const parsed = EventInput.safeParse(form(overrides));
  expect(parsed.success).toBe(false);
  return toFieldErrors(parsed.error!);
}

describe("a weekly 09:00 Europe/Vienna meeting", () => {
  it("stays at 09:00 local time across the end of winter time (last Sunday of March)", () => {
    const timing = timingOf({ recurrenceFrequency: "WEEKLY", recurrenceUntil: "2027-04-12" });
    const occurrences = occurrencesIn(timing, windowOfDays("2027-03-01", "2027-04-30", "Europe/Vienna"), "Europe/Vienna");
    // CET is UTC+1 until 28 March 2027, CEST UTC+2 after: the UTC instant moves, the local time does not.
    expect(occurrences.map((o) => o.start.toISOString())).toEqual([
      "2027-03-22T08:00:00.000Z",
      "2027-03-29T07:00:00.000Z",
      "2027-04-05T07:00:00.000Z",
      "2027-04-12T07:00:00.000Z",
    ]);
    expect(occurrences.every((o) => o.end.getTime() - o.start.getTime() === 3_600_000)).toBe(true);
    const local = occurrences.map((o) =>
      new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Vienna", hour: "2-digit", minute: "2-digit" }).format(o.start),
    );
    expect(local).toEqual(["09:00", "09:00", "09:00", "09:00"]);
  });

  it("stays at 09:00 local time across the end of summer time (last Sunday of October)", () => {
    const timing = timingOf({
      startDate: "2027-10-25",
      endDate: "2027-10-25",
      recurrenceFrequency: "WEEKLY",
      recurrenceUntil: "2027-11-01",
    });
    const occurrences = occurrencesIn(timing, windowOfDays("2027-10-01", "2027-11-30", "UTC"), "UTC");
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(["2027-10-25T07:00:00.000Z", "2027-11-01T08:00:00.000Z"]);
  });

  it("lands on the right day for a viewer far away, and moves in their clock when Vienna's changes", () => {
    const timing = timingOf({ recurrenceFrequency: "WEEKLY", recurrenceUntil: "2027-04-05" });
    const inHonolulu = occurrencesIn(timing, windowOfDays("2027-03-01", "2027-04-30", "Pacific/Honolulu"), "Pacific/Honolulu");
    // 09:00 in Vienna is the previous evening in Honolulu (UTC-10, no daylight saving): 22:00, then 21:00.
    expect(
      inHonolulu.map((o) => [
        o.firstDay,
        new Intl.DateTimeFormat("en-GB", { timeZone: "Pacific/Honolulu", timeStyle: "short" }).format(o.start),
      ]),
    ).toEqual([
      ["2027-03-21", "22:00"],
      ["2027-03-28", "21:00"],
      ["2027-04-04", "21:00"],
    ]);
  });

  it("writes its RRULE with UNTIL in UTC (the end of the last day in Vienna), and knows when the series ends", () => {
    const timing = timingOf({ recurrenceFrequency: "WEEKLY", recurrenceInterval: "2", recurrenceUntil: "2027-06-30" });
    expect(recurrenceRuleLine(timing)).toBe("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270630T215959Z");
    // Every second Monday from 22 March: the last one before 1 July is 28 June, 09:00–10:00 CEST.
    expect(seriesEnd(timing).toISOString()).toBe("2027-06-28T08:00:00.000Z");
  });
});

describe("recurrence expanded in a range", () => {
  it("gives only the occurrences inside the window", () => {
    const timing = timingOf({
      startDate: "2027-01-15",
      endDate: "2027-01-15",
      recurrenceFrequency: "MONTHLY",
      recurrenceUntil: "2027-12-31",
    });
    const may = occurrencesIn(timing, windowOfDays("2027-05-01", "2027-05-31", "Europe/Vienna"), "Europe/Vienna");
    expect(may.map((o) => o.firstDay)).toEqual(["2027-05-15"]);
    const spring = occurrencesIn(timing, windowOfDays("2027-03-16", "2027-06-14", "Europe/Vienna"), "Europe/Vienna");
    expect(spring.map((o) => o.firstDay)).toEqual(["2027-04-15", "2027-05-15"]);
    expect(occurrencesIn(timing, windowOfDays("2028-01-01", "2028-03-31", "Europe/Vienna"), "Europe/Vienna")).toEqual([]);
  });

  it("does not repeat a single event", () => {
    const timing = timingOf({});
    expect(recurrenceRuleLine(timing)).toBeNull();
    expect(occurrencesIn(timing, windowOfDays("2027-03-01", "2027-12-31", "UTC"), "UTC")).toHaveLength(1);
    expect(seriesEnd(timing)).toEqual(timing.endsAt);
  });
});

describe("all-day events", () => {
  const conference = () =>
    timingOf({ allDay: "on", startDate: "2026-12-08", endDate: "2026-12-10", startTime: "", endTime: "", timeZone: "Africa/Nairobi" });

  it("cover the same dates for every viewer, whatever their zone", () => {
    for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles", "Africa/Nairobi", "UTC"]) {
      const [occurrence] = occurrencesIn(conference(), windowOfDays("2026-12-01", "2026-12-31", zone), zone);
      expect(occurrence, zone).toMatchObject({ allDay: true, firstDay: "2026-12-08", lastDay: "2026-12-10" });
    }
  });

  it("appear in a window that overlaps any of their days, and not in one that does not", () => {
    expect(occurrencesIn(conference(), windowOfDays("2026-12-10", "2026-12-16", "UTC"), "UTC")).toHaveLength(1);
    expect(occurrencesIn(conference(), windowOfDays("2026-12-11", "2026-12-17", "UTC"), "UTC")).toHaveLength(0);
    expect(occurrencesIn(conference(), windowOfDays("2026-12-01", "2026-12-07", "UTC"), "UTC")).toHaveLength(0);
  });

  it("repeat by date, and write UNTIL as a DATE", () => {
    const timing = timingOf({
      allDay: "on",
      startDate: "2027-01-04",
      endDate: "2027-01-04",
      recurrenceFrequency: "WEEKLY",
      recurrenceUntil: "2027-01-25",
    });
    expect(occurrencesIn(timing, windowOfDays("2027-01-01", "2027-01-31", "Asia/Tokyo"), "Asia/Tokyo").map((o) => o.firstDay)).toEqual([
      "2027-01-04",
      "2027-01-11",
      "2027-01-18",
      "2027-01-25",
    ]);
    expect(recurrenceRuleLine(timing)).toBe("FREQ=WEEKLY;INTERVAL=1;UNTIL=20270125");
  });
});

describe("the event form", () => {
  it("refuses an end before the start, next to the end time on the same day and next to the end date otherwise", () => {
    expect(errorsOf({ endTime: "08:30" })).toEqual({ endTime: "calendar.endBeforeStart" });
    expect(errorsOf({ endDate: "2027-03-21" })).toEqual({ endDate: "calendar.endBeforeStart" });
    expect(errorsOf({ allDay: "on", endDate: "2027-03-20" })).toEqual({ endDate: "calendar.endBeforeStart" });
  });

  it("refuses an unknown time zone with its own message", () => {
    expect(errorsOf({ timeZone: "Europe/Atlantis" })).toEqual({ timeZone: "calendar.unknownTimeZone" });
    expect(EventInput.parse(form({ timeZone: "europe/vienna" })).timing.timeZone).toBe("Europe/Vienna");
  });

  it("asks for times unless all-day, for a group for group-only events, and for an end of a repetition", () => {
    expect(errorsOf({ startTime: "", endTime: "" })).toEqual({ startTime: "calendar.timeRequired", endTime: "calendar.timeRequired" });
    expect(errorsOf({ visibility: "GROUP_MEMBERS" })).toEqual({ visibility: "calendar.groupOnlyNeedsGroup" });
    expect(EventInput.safeParse(form({ visibility: "GROUP_MEMBERS", groupId: UUID })).success).toBe(true);
    expect(errorsOf({ recurrenceFrequency: "WEEKLY" })).toEqual({ recurrenceUntil: "calendar.recurrenceNeedsEnd" });
    expect(errorsOf({ recurrenceFrequency: "WEEKLY", recurrenceUntil: "2037-01-01" })).toEqual({
      recurrenceUntil: "calendar.tooManyOccurrences",
    });
    expect(errorsOf({ onlineUrl: "javascript:alert(1)" })).toEqual({ onlineUrl: "calendar.invalidUrl" });
    expect(errorsOf({ title: "  " })).toEqual({ title: "errors.requiredField" });
  });
});

describe("the occurrences kept in the table (allOccurrences)", () => {
  // What the views read from event_occurrence must be what expanding the event for the window gives.
  const cases: Array<[string, Record<string, unknown>]> = [
    ["a single timed event", { startDate: "2027-03-27", startTime: "23:30", endDate: "2027-03-28", endTime: "01:30" }],
    [
      "a weekly series across the change to summer time",
      {
        startDate: "2027-03-01",
        startTime: "09:00",
        endDate: "2027-03-01",
        endTime: "10:00",
        recurrenceFrequency: "WEEKLY",
        recurrenceUntil: "2027-05-31",
      },
    ],
    [
      "a two-day all-day event every two weeks",
      {
        allDay: "on",
        startDate: "2027-03-05",
        endDate: "2027-03-06",
        recurrenceFrequency: "WEEKLY",
        recurrenceInterval: "2",
        recurrenceUntil: "2027-06-30",
      },
    ],
  ];
  for (const [name, overrides] of cases) {
    it(`filtered by a window, give what occurrencesIn gives: ${name}`, () => {
      const timing = timingOf(overrides);
      for (const zone of ["Europe/Vienna", "Pacific/Honolulu", "Asia/Tokyo"]) {
        const window = windowOfDays("2027-03-10", "2027-04-20", zone);
        const expected = occurrencesIn(timing, window, zone).map((o) => [o.start.toISOString(), o.end.toISOString()]);
        const kept = allOccurrences(timing)
          .filter((o) =>
            o.allDay ? o.lastDay! >= window.firstDay && o.firstDay! <= window.lastDay : o.end > window.from && o.start < window.to,
          )
          .map((o) => [o.start.toISOString(), o.end.toISOString()]);
        expect(kept, zone).toEqual(expected);
      }
    });
  }
});

describe("weeks start on the reader's day", () => {
  it("starts on Monday by default and on Saturday in Arabic", () => {
    // 2026-12-02 is a Wednesday.
    expect(startOfWeek("2026-12-02")).toBe("2026-11-30");
    expect(startOfWeek("2026-12-02", firstDayOfWeek.ar)).toBe("2026-11-28");
    expect(startOfWeek("2026-11-28", firstDayOfWeek.ar)).toBe("2026-11-28");
    expect(startOfWeek("2026-11-27", firstDayOfWeek.ar)).toBe("2026-11-21");
    expect(startOfWeek("2026-11-29", 7)).toBe("2026-11-29");
  });

  it("draws a whole number of weeks around the month, from the locale's first day", () => {
    const arabic = rangeOf("month", "2026-12-15", firstDayOfWeek.ar);
    expect(arabic.firstDay).toBe("2026-11-28"); // a Saturday
    expect(arabic.lastDay).toBe("2027-01-01"); // a Friday
    const english = rangeOf("month", "2026-12-15", firstDayOfWeek.en);
    expect(english.firstDay).toBe("2026-11-30");
    expect(english.lastDay).toBe("2027-01-03");
  });
});

describe("the profile's time-zone choices", () => {
  it("are every zone once, sorted, with the reader's own zone even if the runtime does not know it", () => {
    const known = timeZoneChoices("Europe/Vienna");
    expect(known).toEqual([...new Set(known)].sort());
    expect(known.filter((z) => z === "UTC")).toHaveLength(1);
    expect(known).toContain("Africa/Nairobi");
    const withOld = timeZoneChoices("Mars/Olympus_Mons");
    expect(withOld).toEqual([...known, "Mars/Olympus_Mons"].sort());
    expect(timeZoneChoices("Europe/Vienna")).toEqual(known);
  });
});

describe("the first few occurrences of a series in a window", () => {
  it("are the first of all of them, whatever the rule, the zones and where the window starts", () => {
    const timings = [
      timingOf({ recurrenceFrequency: "WEEKLY", recurrenceUntil: "2028-03-20" }),
      timingOf({ recurrenceFrequency: "MONTHLY", recurrenceInterval: "2", recurrenceUntil: "2029-01-31" }),
      // A late-evening meeting that ends after midnight, seen from the other side of the world.
      timingOf({
        startTime: "23:00",
        endDate: "2027-03-23",
        endTime: "01:30",
        recurrenceFrequency: "WEEKLY",
        recurrenceUntil: "2027-12-31",
      }),
      // Three days, all day, every week: the window's first occurrences began before it.
      timingOf({
        allDay: "on",
        startTime: "",
        endTime: "",
        startDate: "2027-03-22",
        endDate: "2027-03-24",
        recurrenceFrequency: "WEEKLY",
        recurrenceUntil: "2027-09-30",
      }),
      // Not a series.
      timingOf({}),
    ];
    let compared = 0;
    for (const timing of timings)
      for (const zone of ["Europe/Vienna", "Pacific/Auckland", "America/Los_Angeles"])
        for (const [firstDay, lastDay] of [
          ["2027-03-01", "2028-03-01"],
          ["2027-03-23", "2027-06-30"],
          ["2027-08-14", "2028-08-14"],
        ]) {
          const window = windowOfDays(firstDay, lastDay, zone);
          const all = occurrencesIn(timing, window, zone);
          for (const limit of [0, 1, 3, 7]) {
            expect(occurrencesIn(timing, window, zone, limit), `${zone} ${firstDay} ${limit}`).toEqual(all.slice(0, limit));
            compared += 1;
          }
        }
    expect(compared).toBe(5 * 3 * 3 * 4);
  });
});
