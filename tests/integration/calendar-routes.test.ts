// The calendar's routes for every kind of visitor, the group-only rule in every view, count, page, .ics
// and feed, attendance, cancelling, concurrent edits and validation — against the real database, with
// the .ics and feed read back by a real iCalendar parser (ical.js).
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createEvent } from "~/domain/calendar/events.server";
import { CalendarQuery, calendarView, rangeOf, upcomingEventsForGroup } from "~/domain/calendar/views.server";
import { sharedReferenceLists } from "~/domain/projects/reference-lists.server";
import { EventInput } from "~/domain/calendar/event-form.server";
import * as calendarIndex from "~/routes/_app.calendar._index";
import * as newEvent from "~/routes/_app.calendar.new";
import * as eventRoute from "~/routes/_app.calendar.events.$id._index";
import * as editRoute from "~/routes/_app.calendar.events.$id.edit";
import * as icsRoute from "~/routes/_app.calendar.events.$id.download[.ics]";
import * as feedRoute from "~/routes/calendar.feed.$";
import * as feedSettings from "~/routes/_app.profile.calendar";
import { languageCookie } from "~/i18n/i18n.server";
import { actingAs, callRoute, drawnData, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";

type Visitor = "anonymous" | "member" | "outsider" | "secretariat" | "admin";
const cookies: Record<Visitor, string | undefined> = { anonymous: undefined, member: "", outsider: "", secretariat: "", admin: "" };
const ids: Record<Visitor, string> = { anonymous: "", member: "", outsider: "", secretariat: "", admin: "" };
let group1: string;
let openEventId: string;
let groupEventId: string;
let today: string;

function eventForm(overrides: Record<string, unknown> = {}) {
  return {
    title: "Coordination meeting",
    kind: "MEETING",
    startDate: addDays(today, 2),
    startTime: "09:00",
    endDate: addDays(today, 2),
    endTime: "10:00",
    timeZone: "Europe/Vienna",
    organizerIds: [],
    pillars: [],
    ...overrides,
  };
}

function addDays(day: string, days: number) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function newEventBy(userId: string, overrides: Record<string, unknown>) {
  const result = await createEvent(await actingAs(userId), EventInput.parse(eventForm(overrides)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.id;
}

/** Form fields as the browser sends them (arrays for multi-valued fields). */
function asForm(values: Record<string, unknown>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]));
}

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

beforeAll(async () => {
  await seedReference();
  group1 = (await db.workingGroup.findUniqueOrThrow({ where: { number: 1 } })).id;
  const users = {
    member: await createUser({ name: "Member Kenya", organization: "KEN", groups: [[1, "MEMBER"]] }),
    outsider: await createUser({ name: "Outsider Norway", organization: "NOR" }),
    secretariat: await createUser({ role: "SECRETARIAT", organization: "UNOCT" }),
    admin: await createUser({ role: "ADMIN", organization: "UNOCT" }),
  };
  for (const [visitor, user] of Object.entries(users) as Array<[Visitor, { id: string }]>) {
    ids[visitor] = user.id;
    cookies[visitor] = await sessionCookie(user.id);
  }
  // Everyone's zone is UTC (the default), so "today" is the same for all of them.
  today = new Date().toISOString().slice(0, 10);
  openEventId = await newEventBy(ids.outsider, { title: "Open briefing on border security" });
  groupEventId = await newEventBy(ids.member, {
    title: "Secret drafting session",
    groupId: group1,
    visibility: "GROUP_MEMBERS",
    recurrenceFrequency: "WEEKLY",
    recurrenceUntil: addDays(today, 60),
  });
});

type Case = {
  name: string;
  fn: () => Parameters<typeof callRoute>[0];
  url: () => string;
  params?: () => Record<string, string>;
  form?: () => Record<string, string | string[]>;
  expect: Record<Visitor, number>;
};
const everyone = { anonymous: 302, member: 200, outsider: 200, secretariat: 200, admin: 200 };
const groupOnly = { anonymous: 302, member: 200, outsider: 404, secretariat: 200, admin: 200 };

const cases: Case[] = [
  { name: "calendar", fn: () => calendarIndex.loader, url: () => "/calendar?view=agenda", expect: everyone },
  { name: "new event form", fn: () => newEvent.loader, url: () => "/calendar/new", expect: everyone },
  {
    name: "new event, invalid",
    fn: () => newEvent.action,
    url: () => "/calendar/new",
    form: () => asForm(eventForm({ title: "" })),
    expect: { anonymous: 302, member: 400, outsider: 400, secretariat: 400, admin: 400 },
  },
  {
    name: "new group event, not a member",
    fn: () => newEvent.action,
    url: () => "/calendar/new",
    form: () => asForm(eventForm({ title: "Group event from the table", groupId: group1 })),
    expect: { anonymous: 302, member: 302, outsider: 400, secretariat: 302, admin: 302 },
  },
  {
    name: "platform event page",
    fn: () => eventRoute.loader,
    url: () => `/calendar/events/${openEventId}`,
    params: () => ({ id: openEventId }),
    expect: everyone,
  },
  {
    name: "group-only event page",
    fn: () => eventRoute.loader,
    url: () => `/calendar/events/${groupEventId}`,
    params: () => ({ id: groupEventId }),
    expect: groupOnly,
  },
  {
    name: "unknown event page",
    fn: () => eventRoute.loader,
    url: () => "/calendar/events/x",
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    expect: { anonymous: 302, member: 404, outsider: 404, secretariat: 404, admin: 404 },
  },
  {
    name: "group-only event answer",
    fn: () => eventRoute.action,
    url: () => `/calendar/events/${groupEventId}`,
    params: () => ({ id: groupEventId }),
    form: () => ({ intent: "answer", response: "MAYBE" }),
    expect: { anonymous: 302, member: 302, outsider: 404, secretariat: 302, admin: 302 },
  },
  {
    name: "group-only event .ics",
    fn: () => icsRoute.loader,
    url: () => `/calendar/events/${groupEventId}/download.ics`,
    params: () => ({ id: groupEventId }),
    expect: groupOnly,
  },
  {
    name: "platform event .ics",
    fn: () => icsRoute.loader,
    url: () => `/calendar/events/${openEventId}/download.ics`,
    params: () => ({ id: openEventId }),
    expect: everyone,
  },
  // The creator (outsider) edits; the member is neither creator, organizer nor chair; the secretariat edits every event.
  {
    name: "edit form",
    fn: () => editRoute.loader,
    url: () => `/calendar/events/${openEventId}/edit`,
    params: () => ({ id: openEventId }),
    expect: { anonymous: 302, member: 403, outsider: 200, secretariat: 200, admin: 200 },
  },
  {
    name: "edit group-only event",
    fn: () => editRoute.loader,
    url: () => `/calendar/events/${groupEventId}/edit`,
    params: () => ({ id: groupEventId }),
    expect: { anonymous: 302, member: 200, outsider: 404, secretariat: 200, admin: 200 },
  },
  {
    name: "edit, invalid",
    fn: () => editRoute.action,
    url: () => `/calendar/events/${openEventId}/edit`,
    params: () => ({ id: openEventId }),
    form: () => asForm({ ...eventForm({ endTime: "08:00" }), version: "1" }),
    expect: { anonymous: 302, member: 400, outsider: 400, secretariat: 400, admin: 400 },
  },
  {
    name: "cancel, not allowed",
    fn: () => eventRoute.action,
    url: () => `/calendar/events/${openEventId}`,
    params: () => ({ id: openEventId }),
    form: () => ({ intent: "cancel", version: "1", confirmed: "yes" }),
    expect: { anonymous: 302, member: 403, outsider: 302, secretariat: 302, admin: 302 },
  },
  { name: "subscription page", fn: () => feedSettings.loader, url: () => "/profile/calendar", expect: everyone },
];

describe("who may use which calendar page", () => {
  for (const c of cases) {
    for (const visitor of Object.keys(cookies) as Visitor[]) {
      it(`${c.name}: ${visitor} gets ${c.expect[visitor]}`, async () => {
        const outcome = await callRoute(c.fn(), { url: c.url(), cookie: cookies[visitor], params: c.params?.(), form: c.form?.() });
        expect(outcome.status).toBe(c.expect[visitor]);
        if (visitor === "anonymous") expect(outcome.location).toBe(`/login?redirectTo=${encodeURIComponent(c.url())}`);
      });
    }
  }
});

type View = {
  days: Array<{ day: string; count: number; occurrences: Array<{ eventId: string; start: string; title: string }> }>;
  total: number;
};
/** A calendar page's data with the days it shows, which a data request carries as its drawing's data. */
const viewIn = <Extra>(data: unknown) => {
  const page = data as Omit<View, "days"> & Extra & { shown: unknown };
  return { ...page, days: drawnData<Pick<View, "days">>(page.shown).days };
};
const titlesIn = (view: View) => view.days.flatMap((d) => d.occurrences.map((o) => o.title));

describe("a group-only event", () => {
  it("appears in every view, count and search only for the group's members and the secretariat", async () => {
    const counts: Record<string, Partial<Record<Visitor, number>>> = { month: {}, week: {}, agenda: {} };
    for (const visitor of ["member", "outsider", "secretariat", "admin"] as const) {
      const sees = visitor !== "outsider";
      for (const view of ["month", "week", "agenda"]) {
        const outcome = await callRoute(calendarIndex.loader, {
          url: `/calendar?view=${view}&date=${addDays(today, 2)}`,
          cookie: cookies[visitor],
        });
        const data = viewIn(outcome.data);
        // Month and week show each day's first few occurrences and how many it has ("+N more"): a title may
        // be behind "+N more" only on a day that has more than it shows.
        const truncated = data.days.some((d) => d.count > d.occurrences.length);
        if (!sees) expect(titlesIn(data), `${view} for ${visitor}`).not.toContain("Secret drafting session");
        else if (!truncated) expect(titlesIn(data), `${view} for ${visitor}`).toContain("Secret drafting session");
        if (!truncated) expect(titlesIn(data)).toContain("Open briefing on border security");
        // The count is of what the visitor may see: one per occurrence, shown or behind "+N more".
        const shown = new Set(data.days.flatMap((d) => d.occurrences.map((o) => `${o.eventId}:${o.start}`))).size;
        if (truncated) expect(data.total, `${view} count for ${visitor}`).toBeGreaterThan(shown);
        else expect(data.total, `${view} count for ${visitor}`).toBe(shown);
        counts[view][visitor] = data.total;
      }
      const search = await callRoute(calendarIndex.loader, { url: "/calendar?view=agenda&q=secret", cookie: cookies[visitor] });
      expect(titlesIn(viewIn(search.data)).every((title) => title === "Secret drafting session")).toBe(true);
      expect(viewIn(search.data).total > 0, `search for ${visitor}`).toBe(sees);
      const byGroup = await upcomingEventsForGroup(await actingAs(ids[visitor]), group1, 20);
      expect(byGroup.filter((o) => o.title === "Secret drafting session").length, `group page for ${visitor}`).toBe(sees ? 9 : 0);
      expect(byGroup.length).toBe(sees ? 12 : 3);
      expect(byGroup.map((o) => o.start)).toEqual(byGroup.map((o) => o.start).sort());
    }
    // The week holds one occurrence of the weekly group-only session: the outsider's count is one lower.
    expect(counts.week.member! - counts.week.outsider!).toBe(1);
    expect(counts.week.secretariat).toBe(counts.week.member);
    expect(counts.agenda.secretariat! - counts.agenda.outsider!).toBeGreaterThanOrEqual(4);
  });

  it("filters by group, organization, kind and pillar, and by the events I attend", async () => {
    const norway = await organizationByCode("NOR");
    const workshop = await newEventBy(ids.secretariat, {
      title: "Pillar four workshop",
      kind: "WORKSHOP",
      pillars: ["4"],
      organizerIds: [norway.id],
    });
    const agenda = async (filter: string, visitor: Visitor = "member") =>
      titlesIn(viewIn((await callRoute(calendarIndex.loader, { url: `/calendar?view=agenda&${filter}`, cookie: cookies[visitor] })).data));
    expect(new Set(await agenda(`group=${group1}`))).toEqual(new Set(["Secret drafting session", "Group event from the table"]));
    expect(await agenda("kind=WORKSHOP")).toEqual(["Pillar four workshop"]);
    expect(await agenda("pillar=4")).toEqual(["Pillar four workshop"]);
    expect(await agenda(`org=${norway.id}`)).toEqual(["Pillar four workshop"]);
    expect(await agenda("mine=1")).toEqual([]);
    await callRoute(eventRoute.action, {
      url: `/calendar/events/${workshop}`,
      cookie: cookies.member,
      params: { id: workshop },
      form: { intent: "answer", response: "GOING" },
    });
    expect(await agenda("mine=1")).toEqual(["Pillar four workshop"]);
    // A bad filter in a shared link is dropped, not a 500.
    expect(
      (await callRoute(calendarIndex.loader, { url: "/calendar?view=sideways&kind=PARTY&pillar=9&date=soon", cookie: cookies.member }))
        .status,
    ).toBe(200);
  });
});

describe("a busy stretch", () => {
  it("shows each day's first few occurrences with how many it has, and the agenda in pages", async () => {
    const day = addDays(today, 200);
    for (let i = 0; i < 7; i++)
      await newEventBy(ids.secretariat, {
        title: `Busy day ${i}`,
        startDate: day,
        endDate: day,
        timeZone: "UTC",
        startTime: `0${i + 1}:00`,
        endTime: `0${i + 1}:30`,
      });
    const view = async (query: string) =>
      viewIn<{ page: number; pageCount: number }>(
        (await callRoute(calendarIndex.loader, { url: `/calendar?${query}`, cookie: cookies.secretariat })).data,
      );
    const month = await view(`view=month&date=${day}`);
    const cell = month.days.find((d) => d.day === day)!;
    expect(cell.count).toBe(7);
    expect(cell.occurrences.map((o) => o.title)).toEqual(["Busy day 0", "Busy day 1", "Busy day 2"]);
    const week = (await view(`view=week&date=${day}`)).days.find((d) => d.day === day)!;
    expect(week.count).toBe(7);
    expect(week.occurrences).toHaveLength(5);

    // 53 more the next day: the agenda from `day` has 60 occurrences, in pages of 50.
    const next = addDays(day, 1);
    for (let i = 0; i < 53; i++)
      await newEventBy(ids.secretariat, { title: `Next day ${String(i).padStart(2, "0")}`, startDate: next, endDate: next });
    const first = await view(`view=agenda&date=${day}`);
    const second = await view(`view=agenda&date=${day}&page=2`);
    expect([first.total, first.page, first.pageCount]).toEqual([60, 1, 2]);
    expect(titlesIn(first)).toHaveLength(50);
    expect(titlesIn(second)).toHaveLength(10);
    expect(second.page).toBe(2);
    expect(new Set([...titlesIn(first), ...titlesIn(second)]).size).toBe(60);
    expect(titlesIn(first).slice(0, 7)).toEqual([
      "Busy day 0",
      "Busy day 1",
      "Busy day 2",
      "Busy day 3",
      "Busy day 4",
      "Busy day 5",
      "Busy day 6",
    ]);
  });
});

describe("an event over several days", () => {
  it("is on each of its days within the range, in the reader's zone, and on none outside it", async () => {
    const view = async (query: string) =>
      viewIn((await callRoute(calendarIndex.loader, { url: `/calendar?${query}`, cookie: cookies.secretariat })).data);
    const anchor = addDays(today, 250);
    const weekDays = (await view(`view=week&date=${anchor}`)).days.map((d) => d.day);
    const [first, last] = [weekDays[0], weekDays[6]];
    // From two days before the week to its second day (22:00 in Vienna is the same day in UTC, the reader's zone) ...
    await newEventBy(ids.secretariat, {
      title: "Across the start",
      startDate: addDays(first, -2),
      startTime: "22:00",
      endDate: addDays(first, 1),
      endTime: "10:00",
    });
    // ... and an all-day event from the week's second last day to three days after it.
    await newEventBy(ids.secretariat, { title: "Across the end", allDay: "on", startDate: addDays(last, -1), endDate: addDays(last, 3) });
    const daysOf = (v: View, title: string) => v.days.filter((d) => d.occurrences.some((o) => o.title === title)).map((d) => d.day);
    const week = await view(`view=week&date=${anchor}`);
    expect(daysOf(week, "Across the start")).toEqual([first, addDays(first, 1)]);
    expect(daysOf(week, "Across the end")).toEqual([addDays(last, -1), last]);
    const month = await view(`view=month&date=${addDays(last, 3)}`);
    const monthDays = month.days.map((d) => d.day);
    expect(daysOf(month, "Across the end")).toEqual(
      [addDays(last, -1), last, addDays(last, 1), addDays(last, 2), addDays(last, 3)].filter((d) => monthDays.includes(d)),
    );
    for (const day of week.days) expect(day.count, day.day).toBe(day.occurrences.length);
  });

  it("is on its own days for readers in the zones farthest from UTC, in every view", async () => {
    const readerIn = async (timeZone: string) => {
      const user = await createUser({ organization: "NOR" });
      await db.user.update({ where: { id: user.id }, data: { timeZone } });
      return actingAs(user.id);
    };
    const east = await readerIn("Pacific/Kiritimati"); // UTC+14
    const west = await readerIn("Pacific/Pago_Pago"); // UTC-11
    const day = addDays(today, 320);
    // An all-day event is on its day wherever it is read; 10:30–11:30 UTC is the next day at Kiritimati (00:30–01:30)
    // and runs over midnight at Pago Pago (23:30 the day before to 00:30).
    await newEventBy(ids.secretariat, { title: "All day far away", allDay: "on", startDate: day, endDate: day });
    await newEventBy(ids.secretariat, {
      title: "Over midnight far away",
      timeZone: "UTC",
      startDate: day,
      startTime: "10:30",
      endDate: day,
      endTime: "11:30",
    });
    const daysOf = async (actor: Awaited<ReturnType<typeof readerIn>>, view: "week" | "month" | "agenda", date: string, title: string) => {
      const shown = await calendarView(actor, CalendarQuery.parse({ view, date }));
      return shown.days.filter((d) => d.occurrences.some((o) => o.title === title)).map((d) => d.day);
    };
    for (const view of ["week", "month"] as const) {
      expect(await daysOf(east, view, day, "All day far away"), view).toEqual([day]);
      expect(await daysOf(west, view, day, "All day far away"), view).toEqual([day]);
      expect(await daysOf(east, view, addDays(day, 1), "Over midnight far away"), view).toEqual([addDays(day, 1)]);
      expect(await daysOf(west, view, day, "Over midnight far away"), view).toEqual(
        [addDays(day, -1), day].filter((d) => d >= rangeOf(view, day).firstDay),
      );
    }
    // The agenda lists an occurrence under the day it begins on (or the range's first day).
    expect(await daysOf(east, "agenda", day, "Over midnight far away")).toEqual([addDays(day, 1)]);
    expect(await daysOf(west, "agenda", addDays(day, -1), "Over midnight far away")).toEqual([addDays(day, -1)]);
    expect(await daysOf(west, "agenda", addDays(day, 1), "All day far away")).toEqual([]);
  });
});

describe("a group's next events", () => {
  it("are the same first few whether found within the month or within the year", async () => {
    const group2 = (await db.workingGroup.findUniqueOrThrow({ where: { number: 2 } })).id;
    const at = (days: number, title: string, extra: Record<string, unknown> = {}) =>
      newEventBy(ids.secretariat, {
        title,
        groupId: group2,
        startDate: addDays(today, days),
        endDate: addDays(today, days),
        ...extra,
      });
    for (const days of [3, 10, 20, 45, 200]) await at(days, `Group two in ${days} days`);
    await at(29, "Group two all day", { allDay: "on" });
    await at(29, "Group two at the month's end", { timeZone: "UTC", startTime: "23:30", endTime: "23:45" });
    const actor = await actingAs(ids.secretariat);
    const all = (await upcomingEventsForGroup(actor, group2, 50)).map((o) => o.title);
    expect(all.slice(0, 4)).toEqual(["Group two in 3 days", "Group two in 10 days", "Group two in 20 days", "Group two all day"]);
    expect(all).toContain("Group two in 200 days");
    // Three are found within the month; five reach its last days, so the year is read: the same rows either way.
    for (const limit of [1, 3, 5, 6, 7])
      expect((await upcomingEventsForGroup(actor, group2, limit)).map((o) => o.title)).toEqual(all.slice(0, limit));
  });
});

describe("an occurrence's working group", () => {
  it("is its event's, kept by the database whoever writes the event or its occurrences", async () => {
    const [group3, group4] = await Promise.all(
      [3, 4].map(async (number) => (await db.workingGroup.findUniqueOrThrow({ where: { number } })).id),
    );
    const actor = await actingAs(ids.secretariat);
    const titles = async (groupId: string) => (await upcomingEventsForGroup(actor, groupId, 50)).map((o) => o.title);
    const id = await newEventBy(ids.secretariat, {
      title: "Moving meeting",
      groupId: group3,
      recurrenceFrequency: "WEEKLY",
      recurrenceUntil: addDays(today, 16),
      startDate: addDays(today, 2),
      endDate: addDays(today, 2),
    });
    const groupsOf = async () =>
      (await db.eventOccurrence.findMany({ where: { eventId: id }, select: { groupId: true } })).map((o) => o.groupId);
    expect(await groupsOf()).toEqual([group3, group3, group3]);
    expect(await titles(group3)).toContain("Moving meeting");
    // Moved by another writer than the app (a script, an administrator's SQL): its occurrences follow.
    await db.$executeRaw`UPDATE event SET group_id = ${group4}::uuid WHERE id = ${id}::uuid`;
    expect(await groupsOf()).toEqual([group4, group4, group4]);
    expect(await titles(group3)).not.toContain("Moving meeting");
    expect(await titles(group4)).toContain("Moving meeting");
    // An occurrence written with another group takes its event's all the same.
    await db.$executeRaw`UPDATE event_occurrence SET group_id = ${group3}::uuid WHERE event_id = ${id}::uuid`;
    expect(await groupsOf()).toEqual([group4, group4, group4]);
    await db.$executeRaw`UPDATE event SET group_id = NULL WHERE id = ${id}::uuid`;
    expect(await groupsOf()).toEqual([null, null, null]);
    expect(await titles(group4)).not.toContain("Moving meeting");
  });
});

describe("attendance", () => {
  it("lists who is going by organization, and shows counts only to those who may edit", async () => {
    const id = await newEventBy(ids.secretariat, { title: "Attendance test" });
    for (const [visitor, response] of [
      ["member", "GOING"],
      ["outsider", "GOING"],
      ["admin", "MAYBE"],
    ] as const) {
      const outcome = await callRoute(eventRoute.action, {
        url: `/calendar/events/${id}`,
        cookie: cookies[visitor],
        params: { id },
        form: { intent: "answer", response },
      });
      expect(outcome.status).toBe(302);
    }
    // Changing one's mind replaces the answer.
    await callRoute(eventRoute.action, {
      url: `/calendar/events/${id}`,
      cookie: cookies.outsider,
      params: { id },
      form: { intent: "answer", response: "NOT_GOING" },
    });
    const asMember = (await callRoute(eventRoute.loader, { url: `/calendar/events/${id}`, cookie: cookies.member, params: { id } }))
      .data as {
      goingByOrganization: Array<{ organization: { name: string }; people: Array<{ name: string }> }>;
      counts: unknown;
      myResponse: string;
    };
    expect(asMember.goingByOrganization.map((g) => [g.organization.name, g.people.map((p) => p.name)])).toEqual([
      ["Kenya", ["Member Kenya"]],
    ]);
    expect(asMember.counts).toBeNull();
    expect(asMember.myResponse).toBe("GOING");
    const asOrganizer = (await callRoute(eventRoute.loader, { url: `/calendar/events/${id}`, cookie: cookies.secretariat, params: { id } }))
      .data as { counts: unknown };
    expect(asOrganizer.counts).toEqual({ GOING: 1, MAYBE: 1, NOT_GOING: 1 });
    expect(await db.auditEvent.count({ where: { subjectId: id, action: "event.answered" } })).toBe(4);
    const bad = await callRoute(eventRoute.action, {
      url: `/calendar/events/${id}`,
      cookie: cookies.member,
      params: { id },
      form: { intent: "answer", response: "PERHAPS" },
    });
    expect(bad.status).toBe(400);
  });
});

describe("cancelling", () => {
  it("asks first, then keeps the event marked cancelled, audited, no longer answerable, and STATUS:CANCELLED in its .ics", async () => {
    const id = await newEventBy(ids.outsider, { title: "To be cancelled" });
    const form = { intent: "cancel", version: "1" };
    const asked = await callRoute(eventRoute.action, { url: `/calendar/events/${id}`, cookie: cookies.outsider, params: { id }, form });
    expect(asked.data).toMatchObject({ confirm: "cancel" });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
    const done = await callRoute(eventRoute.action, {
      url: `/calendar/events/${id}`,
      cookie: cookies.outsider,
      params: { id },
      form: { ...form, confirmed: "yes" },
    });
    expect(done.status).toBe(302);
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", version: 2 });
    expect(await db.auditEvent.count({ where: { subjectId: id, action: "event.cancelled" } })).toBe(1);
    const answer = await callRoute(eventRoute.action, {
      url: `/calendar/events/${id}`,
      cookie: cookies.member,
      params: { id },
      form: { intent: "answer", response: "GOING" },
    });
    expect(answer.status).toBe(403);
    const ics = await callRoute(icsRoute.loader, { url: `/calendar/events/${id}/download.ics`, cookie: cookies.member, params: { id } });
    const [event] = parseIcs(String(ics.data)).events;
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.sequence).toBe(1);
  });
});

describe("editing", () => {
  it("refuses the second of two edits based on the same version, and shows the newer data", async () => {
    const id = await newEventBy(ids.outsider, { title: "Edited twice" });
    const first = await callRoute(editRoute.action, {
      url: `/calendar/events/${id}/edit`,
      cookie: cookies.outsider,
      params: { id },
      form: asForm({ ...eventForm({ title: "First edit", place: "Geneva" }), version: "1" }),
    });
    expect(first.status).toBe(302);
    const second = await callRoute(editRoute.action, {
      url: `/calendar/events/${id}/edit`,
      cookie: cookies.secretariat,
      params: { id },
      form: asForm({ ...eventForm({ title: "Second edit" }), version: "1" }),
    });
    expect(second.status).toBe(400);
    expect(second.data).toMatchObject({
      errors: { form: "common.staleEdit" },
      submitted: { title: "First edit", place: "Geneva", version: "2" },
    });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).title).toBe("First edit");
    expect(await db.auditEvent.count({ where: { subjectId: id, action: "event.updated" } })).toBe(1);
  });

  it("says what is wrong next to the field, with a 400 and nothing written", async () => {
    const id = await newEventBy(ids.outsider, { title: "Validated" });
    const cases: Array<[Record<string, unknown>, Record<string, string>]> = [
      [{ endTime: "08:00" }, { endTime: "calendar.endBeforeStart" }],
      [{ endDate: addDays(today, 1) }, { endDate: "calendar.endBeforeStart" }],
      [{ timeZone: "Mars/Olympus_Mons" }, { timeZone: "calendar.unknownTimeZone" }],
      [{ organizerIds: ["not-a-uuid"] }, { "organizerIds.0": "errors.chooseOption" }],
    ];
    for (const [change, errors] of cases) {
      const outcome = await callRoute(editRoute.action, {
        url: `/calendar/events/${id}/edit`,
        cookie: cookies.outsider,
        params: { id },
        form: asForm({ ...eventForm(change), version: "1" }),
      });
      expect(outcome.status).toBe(400);
      expect((outcome.data as { errors: unknown }).errors).toEqual(errors);
    }
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Validated", version: 1 });
    const organizers = [(await organizationByCode("KEN")).id, (await organizationByCode("UNODC")).id];
    const created = await callRoute(newEvent.action, {
      url: "/calendar/new",
      cookie: cookies.member,
      form: asForm(eventForm({ timeZone: "Nowhere/Special", organizerIds: organizers, pillars: ["1", "3"] })),
    });
    expect(created.status).toBe(400);
    expect(created.data).toMatchObject({
      errors: { timeZone: "calendar.unknownTimeZone" },
      submitted: { organizerIds: organizers, pillars: ["1", "3"], timeZone: "Nowhere/Special" },
    });
  });
});

describe("the filters' options", () => {
  it("are not in the page's data: it names the reference lists in the reader's language, which the server renders with", async () => {
    const french = `${cookies.member}; ${(await languageCookie.serialize("fr")).split(";")[0]}`;
    for (const view of ["month", "week", "agenda"]) {
      const outcome = await callRoute(calendarIndex.loader, { url: `/calendar?view=${view}`, cookie: french });
      const data = outcome.data as Record<string, unknown> & { reference: string };
      // The organizer filter's organizations were 20 of a week's 33 KB of data, sent again with every view.
      expect(data, view).not.toHaveProperty("options");
      expect(data.reference, view).toMatch(/^fr\//);
      const lists = sharedReferenceLists(data.reference)!;
      // Named in French only: the other languages' names stay on the server.
      expect(lists.organizations.map((o) => o.name)).toContain("Allemagne");
      expect(lists.organizations.map((o) => o.name)).not.toContain("Germany");
      expect(lists.groups.length).toBeGreaterThan(0);
      for (const named of [...lists.organizations, ...lists.groups])
        expect(
          Object.keys(named).filter((k) => /^name[A-Z]/.test(k)),
          String(named.name),
        ).toEqual([]);
    }
  });
});

describe("dates far from today", () => {
  type Page = { anchor: string; range: { firstDay: string; lastDay: string } };
  it("shows any day from 1900 to 2200; a day outside that range is a bad filter: dropped (today's page), never a 500", async () => {
    for (const view of ["month", "week", "agenda"]) {
      for (const date of ["1900-01-01", "2200-12-31"]) {
        const outcome = await callRoute(calendarIndex.loader, { url: `/calendar?view=${view}&date=${date}`, cookie: cookies.member });
        expect(outcome.status, `${view} ${date}`).toBe(200);
        expect((outcome.data as Page).anchor).toBe(date);
      }
      for (const date of ["0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31"]) {
        const outcome = await callRoute(calendarIndex.loader, { url: `/calendar?view=${view}&date=${date}`, cookie: cookies.member });
        expect(outcome.status, `${view} ${date}`).toBe(200);
        expect((outcome.data as Page).anchor).toBe(today);
      }
    }
  });

  it("refuses an event, a series end or a form prefill outside 1900–2200 with a message next to the field and a 400", async () => {
    const cases: Array<[Record<string, unknown>, Record<string, string>]> = [
      [
        { startDate: "0001-01-01", endDate: "0001-01-01" },
        { startDate: "calendar.dateOutOfRange", endDate: "calendar.dateOutOfRange" },
      ],
      [
        { startDate: "2201-03-01", endDate: "2201-03-01", allDay: "on" },
        { startDate: "calendar.dateOutOfRange", endDate: "calendar.dateOutOfRange" },
      ],
      [{ recurrenceFrequency: "WEEKLY", recurrenceUntil: "9999-12-31" }, { recurrenceUntil: "calendar.dateOutOfRange" }],
    ];
    for (const [change, errors] of cases) {
      const outcome = await callRoute(newEvent.action, { url: "/calendar/new", cookie: cookies.member, form: asForm(eventForm(change)) });
      expect(outcome.status, JSON.stringify(change)).toBe(400);
      expect((outcome.data as { errors: unknown }).errors).toEqual(errors);
    }
    const prefilled = await callRoute(newEvent.loader, { url: "/calendar/new?date=0001-01-01", cookie: cookies.member });
    expect(prefilled.status).toBe(200);
    expect(JSON.stringify(prefilled.data)).not.toContain("0001-01-01");
  });
});

describe("a single event as .ics", () => {
  it("carries its zone (VTIMEZONE), RRULE, a stable UID and a URL back to the event", async () => {
    const outcome = await callRoute(icsRoute.loader, {
      url: `/calendar/events/${groupEventId}/download.ics`,
      cookie: cookies.member,
      params: { id: groupEventId },
    });
    expect(outcome.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(outcome.headers.get("Content-Disposition")).toBe(
      "attachment; filename=\"secret-drafting-session.ics\"; filename*=UTF-8''secret-drafting-session.ics",
    );
    const { calendar, events } = parseIcs(String(outcome.data));
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/Vienna"]);
    const [event] = events;
    expect(event.uid).toBe(`${groupEventId}@localhost`);
    expect(event.component.getFirstPropertyValue("url")).toBe(`http://localhost:3000/calendar/events/${groupEventId}`);
    expect(event.startDate.zone.tzid).toBe("Europe/Vienna");
    // The VTIMEZONE makes the parser place 09:00 Vienna at the stored UTC instant.
    expect(event.startDate.toJSDate()).toEqual((await db.event.findUniqueOrThrow({ where: { id: groupEventId } })).startsAt);
    expect(event.startDate.toString()).toBe(`${addDays(today, 2)}T09:00:00`);
    expect(event.isRecurring()).toBe(true);
    const rule = event.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("WEEKLY");
    // The parser expands the series in Vienna time: every week at 09:00 local, whatever the offset.
    const iterator = event.iterator();
    const starts = Array.from({ length: 3 }, () => iterator.next()!);
    expect(starts.map((s) => s.toString())).toEqual([0, 7, 14].map((d) => `${addDays(today, 2 + d)}T09:00:00`));
  });
});

describe("the personal subscription feed", () => {
  async function generate(visitor: Visitor, intent = "generate") {
    const outcome = await callRoute(feedSettings.action, {
      url: "/profile/calendar",
      cookie: cookies[visitor],
      form: { intent, confirmed: "yes" },
    });
    expect(outcome.status).toBe(200);
    const url = (outcome.data as { url: string }).url;
    expect(url).toMatch(/^http:\/\/localhost:3000\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    return url;
  }
  const fetchFeed = (url: string) => callRoute(feedRoute.loader, { url, params: { "*": new URL(url).pathname.split("/").pop()! } });

  it("serves the events the person may see, without a session cookie, to a real iCalendar parser", async () => {
    const memberUrl = await generate("member");
    const outsiderUrl = await generate("outsider");
    const memberFeed = await fetchFeed(memberUrl);
    expect(memberFeed.status).toBe(200);
    expect(memberFeed.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const member = parseIcs(String(memberFeed.data));
    const summaries = member.events.map((e) => e.summary);
    expect(summaries).toContain("Secret drafting session");
    expect(summaries).toContain("Open briefing on border security");
    expect(
      member.events.every(
        (e) => /@localhost$/.test(e.uid) && String(e.component.getFirstPropertyValue("url")).endsWith(e.uid.split("@")[0]),
      ),
    ).toBe(true);
    const outsider = parseIcs(String((await fetchFeed(outsiderUrl)).data));
    expect(outsider.events.map((e) => e.summary)).not.toContain("Secret drafting session");
    expect(outsider.events.map((e) => e.summary)).toContain("Open briefing on border security");
    // Only the token's hash is stored.
    const token = new URL(memberUrl).pathname.split("/").pop()!.replace(".ics", "");
    const stored = await db.calendarFeed.findUniqueOrThrow({ where: { userId: ids.member } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("holds 30 days back to a year ahead, with an ETag and Last-Modified; a poll holding the current version gets 304", async () => {
    const url = await generate("secretariat");
    const path = new URL(url).pathname.split("/").pop()!;
    for (const [title, offset] of [
      ["Feed window: long past", -60],
      ["Feed window: last week", -7],
      ["Feed window: in ten months", 300],
      ["Feed window: beyond a year", 400],
    ] as const)
      await newEventBy(ids.secretariat, { title, startDate: addDays(today, offset), endDate: addDays(today, offset) });
    const poll = (headers: Record<string, string> = {}) =>
      feedRoute.loader({ request: new Request(url, { headers }), params: { "*": path }, context: {} } as never) as Promise<Response>;
    const first = await poll();
    expect(first.status).toBe(200);
    const titles = parseIcs(await first.text()).events.map((e) => e.summary);
    expect(titles).toEqual(expect.arrayContaining(["Feed window: last week", "Feed window: in ten months"]));
    expect(titles).not.toContain("Feed window: long past");
    expect(titles).not.toContain("Feed window: beyond a year");
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(Date.parse(lastModified)).toBeLessThanOrEqual(Date.now());

    const unchanged = await poll({ "If-None-Match": etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("ETag")).toBe(etag);
    expect(await unchanged.text()).toBe("");
    // The version worked out by the database is the one the assembled body was kept under: the kept body is served.
    expect((await poll()).headers.get("ETag")).toBe(etag);
    expect((await poll({ "If-Modified-Since": lastModified })).status).toBe(304);
    expect((await poll({ "If-None-Match": '"another version"' })).status).toBe(200);

    // A new event changes the version: the next poll gets the feed again.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await newEventBy(ids.secretariat, { title: "Feed window: just added" });
    const changed = await poll({ "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
    expect(parseIcs(await changed.text()).events.map((e) => e.summary)).toContain("Feed window: just added");
    expect((await poll({ "If-Modified-Since": lastModified })).status).toBe(200);
  });

  it("stops working when regenerated, revoked, or when its owner is suspended; unknown tokens answer 404", async () => {
    const first = await generate("admin");
    const second = await generate("admin", "regenerate");
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    const askRevoke = await callRoute(feedSettings.action, { url: "/profile/calendar", cookie: cookies.admin, form: { intent: "revoke" } });
    expect(askRevoke.data).toMatchObject({ confirm: "revoke" });
    expect((await fetchFeed(second)).status).toBe(200);
    await callRoute(feedSettings.action, { url: "/profile/calendar", cookie: cookies.admin, form: { intent: "revoke", confirmed: "yes" } });
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await db.auditEvent.count({ where: { actorId: ids.admin, action: { startsWith: "calendarFeed." } } })).toBe(3);

    const suspended = await createUser({ name: "Soon suspended" });
    const suspendedCookie = await sessionCookie(suspended.id);
    const outcome = await callRoute(feedSettings.action, {
      url: "/profile/calendar",
      cookie: suspendedCookie,
      form: { intent: "generate" },
    });
    const url = (outcome.data as { url: string }).url;
    expect((await fetchFeed(url)).status).toBe(200);
    await db.user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    expect((await fetchFeed(url)).status).toBe(404);

    for (const path of ["A".repeat(43) + ".ics", "short.ics", "../etc/passwd", "A".repeat(43)]) {
      expect((await callRoute(feedRoute.loader, { url: `/calendar/feed/${path}`, params: { "*": path } })).status, path).toBe(404);
    }
  });
});
