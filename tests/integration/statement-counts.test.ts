// N+1 guard: the SQL statements a main page runs do not grow with the data. Each page is read once, the data
// grows (events with organizers, answers and recurrences; members of a group; people), and the page is read
// again: the same number of statements. Performance itself is measured by `npm run bench:load`, not by tests.
process.env.DB_COUNT_QUERIES = "1";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { answerEvent, createEvent } from "~/domain/calendar/events.server";
import { EventInput } from "~/domain/calendar/event-form.server";
import * as calendarIndex from "~/routes/_app.calendar._index";
import * as feedRoute from "~/routes/calendar.feed.$";
import * as feedSettings from "~/routes/_app.profile.calendar";
import * as groupOverview from "~/routes/_app.groups.$slug._index";
import * as groupMembers from "~/routes/_app.groups.$slug.members";
import * as directory from "~/routes/_app.directory._index";
import * as home from "~/routes/_app._index";
import { actingAs, callRoute, createUser, organizationByCode, seedReference, sessionCookie, statementsOf } from "../support/fixtures";

let cookie: string;
let memberCookie: string;
let feedPath: string;
let slug: string;
let groupId: string;
const today = new Date().toISOString().slice(0, 10);
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Page = { name: string; read: () => Promise<{ status: number }> };
let pages: Page[];

/** One page at a time: the counter is the process's. */
async function statementsOfAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const page of pages) counts[page.name] = await statementsOfPage(page);
  return counts;
}

async function statementsOfPage(page: Page): Promise<number> {
  const { value: outcome, statements } = await statementsOf(page.read);
  expect(outcome.status, page.name).toBe(200);
  return statements;
}

async function growData(round: number) {
  const secretariat = await createUser({ role: "SECRETARIAT", organization: "UNOCT", name: `Organizer ${round}` });
  const actor = await actingAs(secretariat.id);
  const organizers = [(await organizationByCode("NOR")).id, (await organizationByCode("KEN")).id];
  const people = [];
  for (let i = 0; i < 6; i++)
    people.push(await createUser({ name: `Grown ${round}-${i}`, organization: i % 2 ? "KEN" : "NOR", groups: [[1, "MEMBER"]] }));
  for (let i = 0; i < 12; i++) {
    const day = addDays(today, i % 9);
    const result = await createEvent(
      actor,
      EventInput.parse({
        title: `Grown event ${round}-${i}`,
        kind: i % 2 ? "MEETING" : "WORKSHOP",
        startDate: day,
        startTime: "09:00",
        endDate: day,
        endTime: "10:00",
        timeZone: "UTC",
        organizerIds: organizers,
        pillars: ["1", "2"],
        ...(i % 3 === 0 ? { groupId, visibility: "GROUP_MEMBERS" } : {}),
        ...(i % 4 === 0 ? { recurrenceFrequency: "WEEKLY", recurrenceUntil: addDays(today, 60) } : {}),
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    for (const person of people.slice(0, 3)) await answerEvent(await actingAs(person.id), result.id, "GOING");
  }
}

beforeAll(async () => {
  await seedReference();
  const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 1 }, select: { id: true, slug: true } });
  [groupId, slug] = [group.id, group.slug];
  const reader = await createUser({ role: "SECRETARIAT", organization: "UNOCT", name: "Counting reader", groups: [[1, "MEMBER"]] });
  cookie = await sessionCookie(reader.id);
  memberCookie = await sessionCookie((await createUser({ name: "Counting member", organization: "KEN", groups: [[1, "MEMBER"]] })).id);
  const feed = await callRoute(feedSettings.action, { url: "/profile/calendar", cookie, form: { intent: "generate", confirmed: "yes" } });
  feedPath = new URL((feed.data as { url: string }).url).pathname.split("/").pop()!;
  pages = [
    { name: "home", read: () => callRoute(home.loader, { url: "/", cookie: memberCookie }) },
    { name: "calendar month", read: () => callRoute(calendarIndex.loader, { url: "/calendar?view=month", cookie }) },
    { name: "calendar week", read: () => callRoute(calendarIndex.loader, { url: "/calendar?view=week", cookie }) },
    { name: "calendar agenda", read: () => callRoute(calendarIndex.loader, { url: "/calendar?view=agenda", cookie }) },
    { name: "personal feed", read: () => callRoute(feedRoute.loader, { url: `/calendar/feed/${feedPath}`, params: { "*": feedPath } }) },
    {
      name: "group overview",
      read: () => callRoute(groupOverview.loader, { url: `/groups/${slug}`, cookie: memberCookie, params: { slug } }),
    },
    { name: "group members", read: () => callRoute(groupMembers.loader, { url: `/groups/${slug}/members`, cookie, params: { slug } }) },
    { name: "directory", read: () => callRoute(directory.loader, { url: "/directory", cookie: memberCookie }) },
  ];
  await growData(0);
});

describe("a main page's SQL statements", () => {
  it("do not grow with the data", async () => {
    // What the process keeps while it is unchanged (the pickers' lists, app/data-versions.server.ts; a feed's assembled
    // body) is read by a page's first view only: each page is counted on its second view, before and after the growth.
    const first = await statementsOfAll();
    const before = await statementsOfAll();
    await growData(1);
    await growData(2);
    // The grown data changed the feed: it is assembled again, with as many statements as the first time.
    expect((await statementsOfAll())["personal feed"]).toBe(first["personal feed"]);
    const after = await statementsOfAll();
    expect(after).toEqual(before);
  });
});
