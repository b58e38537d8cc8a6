// The activity tracker: every route for every kind of visitor, writes (validation, rights, versions, the
// timeline and its status changes, audit), list filters, the secretariat's summary and overdue activities.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as list from "~/routes/_app.activities._index";
import * as newActivity from "~/routes/_app.activities.new";
import * as activityPage from "~/routes/_app.activities.$id";
import * as editActivity from "~/routes/_app.activities.$id_.edit";
import * as summaryRoute from "~/routes/_app.activities.summary";
import { ActivityFilters, listActivities } from "~/domain/activities/list.server";
import { activitySummary } from "~/domain/activities/summary.server";
import { dayString } from "~/fields";
import { walkAuthorizationTable, type RouteCase } from "../support/authorization";
import { actingAs, callRoute, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";

type Visitor = "anonymous" | "memberState" | "unodc" | "unwomen" | "secretariat" | "admin";
const cookies: Record<Visitor, string | undefined> = {
  anonymous: undefined,
  memberState: "",
  unodc: "",
  unwomen: "",
  secretariat: "",
  admin: "",
};
let unodcId: string;
let activityId: string;
let secretariatId: string;
const today = new Date();
const inDays = (n: number) => dayString(new Date(today.getTime() + n * 86_400_000));

function activityForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: "Training for prosecutors on terrorism cases",
    description: "Three days in Niamey.",
    kind: "TRAINING",
    leadOrganizationId: unodcId,
    partnerIds: [],
    pillar: "2",
    thematicArea: "criminal-justice",
    countries: ["NER"],
    startDate: inDays(20),
    endDate: inDays(22),
    status: "PLANNED",
    projectCode: "",
    workingGroup: "4",
    participants: "",
    womenSharePercent: "",
    ...overrides,
  };
}

beforeAll(async () => {
  await seedReference();
  unodcId = (await organizationByCode("UNODC")).id;
  cookies.memberState = await sessionCookie((await createUser({ organization: "KEN" })).id);
  cookies.unodc = await sessionCookie((await createUser({ organization: "UNODC", name: "Lukas Test" })).id);
  cookies.unwomen = await sessionCookie((await createUser({ organization: "UN Women" })).id);
  secretariatId = (await createUser({ role: "SECRETARIAT", organization: "UNOCT" })).id;
  cookies.secretariat = await sessionCookie(secretariatId);
  cookies.admin = await sessionCookie((await createUser({ role: "ADMIN", organization: "UNOCT" })).id);
  const created = await callRoute(newActivity.action, { url: "/activities/new", cookie: cookies.unodc, form: activityForm() });
  expect(created.status).toBe(302);
  activityId = created.location!.split("/").pop()!;
});

type Case = RouteCase<Visitor>;
const readers = { anonymous: 302, memberState: 200, unodc: 200, unwomen: 200, secretariat: 200, admin: 200 };
const leadOnly = (ok: number) => ({ anonymous: 302, memberState: 403, unodc: ok, unwomen: 403, secretariat: ok, admin: ok });
const cases: Case[] = [
  { name: "list", fn: () => list.loader, url: "/activities", expect: readers },
  { name: "activity page", fn: () => activityPage.loader, url: "/activities/x", params: () => ({ id: activityId }), expect: readers },
  {
    name: "missing activity",
    fn: () => activityPage.loader,
    url: "/activities/x",
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    expect: { ...readers, memberState: 404, unodc: 404, unwomen: 404, secretariat: 404, admin: 404 },
  },
  {
    name: "add update (empty)",
    fn: () => activityPage.action,
    url: "/activities/x",
    params: () => ({ id: activityId }),
    form: () => ({ body: "" }),
    expect: leadOnly(400),
  },
  {
    name: "new form",
    fn: () => newActivity.loader,
    url: "/activities/new",
    expect: { anonymous: 302, memberState: 403, unodc: 200, unwomen: 200, secretariat: 200, admin: 200 },
  },
  {
    name: "new action (empty)",
    fn: () => newActivity.action,
    url: "/activities/new",
    form: () => ({ title: "" }),
    expect: { anonymous: 302, memberState: 403, unodc: 400, unwomen: 400, secretariat: 400, admin: 400 },
  },
  {
    name: "edit form",
    fn: () => editActivity.loader,
    url: "/activities/x/edit",
    params: () => ({ id: activityId }),
    expect: leadOnly(200),
  },
  {
    name: "edit action (empty)",
    fn: () => editActivity.action,
    url: "/activities/x/edit",
    params: () => ({ id: activityId }),
    form: () => ({ version: "1", title: "" }),
    expect: leadOnly(400),
  },
  {
    name: "summary",
    fn: () => summaryRoute.loader,
    url: "/activities/summary",
    expect: { anonymous: 302, memberState: 403, unodc: 403, unwomen: 403, secretariat: 200, admin: 200 },
  },
];

walkAuthorizationTable("who may use which activity page", cookies, cases);

describe("recording activities", () => {
  it("explains bad input beside the field and writes nothing", async () => {
    const before = await db.activity.count();
    const cases: Array<[Record<string, string | string[]>, string, string]> = [
      [{ endDate: inDays(10) }, "endDate", "projects.errors.endBeforeStart"],
      [{ countries: ["ZZZ"] }, "countries", "projects.errors.unknownCountry"],
      [{ projectCode: "NO-SUCH-PROJECT" }, "projectCode", "activities.errors.unknownProject"],
      [{ womenSharePercent: "140" }, "womenSharePercent", "activities.errors.percentage"],
      [{ participants: "many" }, "participants", "errors.wholeNumber"],
      [{ pillar: "7" }, "pillar", 'errors.numberMax|{"max":4}'],
      [{ thematicArea: "no-such-area" }, "thematicArea", "errors.chooseOption"],
    ];
    for (const [change, field, message] of cases) {
      const outcome = await callRoute(newActivity.action, {
        url: "/activities/new",
        cookie: cookies.secretariat,
        form: activityForm(change),
      });
      expect(outcome.status, JSON.stringify(change)).toBe(400);
      expect((outcome.data as { errors: Record<string, string> }).errors[field], JSON.stringify(change)).toBe(message);
    }
    expect(await db.activity.count()).toBe(before);
  });

  it("refuses another entity's focal point and accepts the lead's, with the version check", async () => {
    const form = { ...activityForm({ participants: "24", womenSharePercent: "46" }), version: "1" };
    expect(
      (await callRoute(editActivity.action, { url: "/activities/x/edit", cookie: cookies.unwomen, params: { id: activityId }, form }))
        .status,
    ).toBe(403);
    expect(
      (await callRoute(editActivity.action, { url: "/activities/x/edit", cookie: cookies.unodc, params: { id: activityId }, form })).status,
    ).toBe(302);
    const stale = await callRoute(editActivity.action, {
      url: "/activities/x/edit",
      cookie: cookies.secretariat,
      params: { id: activityId },
      form: { ...form, title: "Old" },
    });
    expect(stale.status).toBe(400);
    expect(stale.data).toMatchObject({ errors: { form: "common.staleEdit" }, current: { version: 2, participants: "24" } });
    expect(await db.activity.findUniqueOrThrow({ where: { id: activityId } })).toMatchObject({
      participants: 24,
      womenSharePercent: 46,
      version: 2,
    });
  });

  it("keeps a timeline of dated updates; a status change moves the activity and bumps its version", async () => {
    const refused = await callRoute(activityPage.action, {
      url: "/activities/x",
      cookie: cookies.unwomen,
      params: { id: activityId },
      form: { occurredOn: inDays(0), body: "Not mine" },
    });
    expect(refused.status).toBe(403);
    const first = await callRoute(activityPage.action, {
      url: "/activities/x",
      cookie: cookies.unodc,
      params: { id: activityId },
      form: { occurredOn: inDays(-3), body: "Venue confirmed." },
    });
    expect(first.status).toBe(302);
    const second = await callRoute(activityPage.action, {
      url: "/activities/x",
      cookie: cookies.secretariat,
      params: { id: activityId },
      form: { occurredOn: inDays(0), body: "Opened by the Minister of Justice.", newStatus: "ONGOING" },
    });
    expect(second.status).toBe(302);
    const page = await callRoute(activityPage.loader, { url: "/activities/x", cookie: cookies.memberState, params: { id: activityId } });
    const data = page.data as {
      activity: { status: string; version: number };
      updates: Array<{ body: string; occurredOn: string; newStatus: string | null; author: { name: string } }>;
    };
    expect(data.activity).toMatchObject({ status: "ONGOING", version: 3 });
    expect(data.updates.map((u) => [u.occurredOn, u.body, u.newStatus])).toEqual([
      [inDays(0), "Opened by the Minister of Justice.", "ONGOING"],
      [inDays(-3), "Venue confirmed.", null],
    ]);
    expect(data.updates[1].author.name).toBe("Lukas Test");
    expect(await db.auditEvent.count({ where: { subjectId: activityId, action: "activity.updateAdded" } })).toBe(2);
    const badDate = await callRoute(activityPage.action, {
      url: "/activities/x",
      cookie: cookies.unodc,
      params: { id: activityId },
      form: { occurredOn: "yesterday", body: "x" },
    });
    expect(badDate.data).toMatchObject({ errors: { occurredOn: "projects.errors.invalidDate" } });
  });
});

describe("the activity list and the secretariat's summary", () => {
  beforeAll(async () => {
    const make = (overrides: Record<string, string | string[]>) =>
      callRoute(newActivity.action, { url: "/activities/new", cookie: cookies.secretariat, form: activityForm(overrides) });
    await make({
      title: "Overdue workshop in Kenya",
      kind: "WORKSHOP",
      countries: ["KEN"],
      startDate: inDays(-10),
      endDate: inDays(-9),
      pillar: "1",
      thematicArea: "pcve",
      status: "PLANNED",
    });
    await make({
      title: "Overdue visit to Kenya and Indonesia",
      kind: "ASSESSMENT_VISIT",
      countries: ["KEN", "IDN"],
      startDate: inDays(-40),
      endDate: inDays(-36),
      pillar: "3",
      status: "PLANNED",
    });
    await make({
      title: "Global publication",
      kind: "PUBLICATION",
      countries: [],
      startDate: inDays(-100),
      endDate: inDays(-100),
      pillar: "4",
      status: "COMPLETED",
    });
    await make({
      title: "Cancelled meeting",
      kind: "EXPERT_MEETING",
      countries: ["IDN"],
      startDate: inDays(-5),
      endDate: inDays(-5),
      pillar: "3",
      status: "CANCELLED",
    });
  });

  it("filters by country, region, kind, pillar, status and overdue, flagging overdue rows", async () => {
    const reader = await actingAs(secretariatId);
    const titles = async (f: Record<string, string>) =>
      (await listActivities(reader, ActivityFilters.parse(f))).rows.map((r) => r.title).sort();
    expect(await titles({ country: "KEN" })).toEqual(["Overdue visit to Kenya and Indonesia", "Overdue workshop in Kenya"]);
    expect(await titles({ region: "ASIA" })).toEqual(["Cancelled meeting", "Overdue visit to Kenya and Indonesia"]);
    expect(await titles({ region: "GLOBAL" })).toEqual(["Global publication"]);
    expect(await titles({ overdue: "1" })).toEqual(["Overdue visit to Kenya and Indonesia", "Overdue workshop in Kenya"]);
    expect(await titles({ kind: "WORKSHOP", pillar: "1" })).toEqual(["Overdue workshop in Kenya"]);
    expect(await titles({ status: "CANCELLED", country: "IDN" })).toEqual(["Cancelled meeting"]);
    expect(await titles({ thematic: "pcve", q: "kenya" })).toEqual(["Overdue workshop in Kenya"]);
    const { rows } = await listActivities(reader, ActivityFilters.parse({ country: "KEN" }));
    expect(rows.every((r) => r.overdue)).toBe(true);
  });

  it("counts by status, pillar and region (an activity in two regions in each) and lists overdue planned ones", async () => {
    const summary = await activitySummary(await actingAs(secretariatId));
    expect(summary.byStatus).toEqual({ PLANNED: 2, ONGOING: 1, COMPLETED: 1, CANCELLED: 1, total: 5 });
    expect(summary.byPillar["3"]).toMatchObject({ PLANNED: 1, CANCELLED: 1, total: 2 });
    expect(summary.byRegion.AFRICA).toMatchObject({ PLANNED: 2, ONGOING: 1, total: 3 });
    expect(summary.byRegion.ASIA).toMatchObject({ PLANNED: 1, CANCELLED: 1, total: 2 });
    expect(summary.byRegion.GLOBAL).toMatchObject({ COMPLETED: 1, total: 1 });
    expect(summary.overdueCount).toBe(2);
    expect(summary.overdue.map((a) => a.title)).toEqual(["Overdue visit to Kenya and Indonesia", "Overdue workshop in Kenya"]);
  });
});
