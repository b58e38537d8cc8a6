// Data versions (issues 17 and 18): the chart and summary figures kept in the process are never stale. A version
// grows once per committed transaction that changed one of its tables (not on a rollback), and every page that
// keeps figures shows a change made by any writer (another process's SQL included) on its next read, while a read
// with nothing changed runs no counting statement.
process.env.DB_COUNT_QUERIES = "1";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { KeptFigures } from "~/data-versions.server";
import { recommendationDashboard, followUpBars, stateMapPage } from "~/domain/recommendations/dashboard.server";
import { countRecommendations, recommendationRows } from "~/domain/recommendations/list.server";
import { countActivities, listActivities, ActivityFilters } from "~/domain/activities/list.server";
import { projectRows, projectTotals } from "~/domain/projects/list.server";
import {
  memberStateNames,
  referenceListsJson,
  sharedReferenceLists,
  workReference,
  workReferenceHandle,
} from "~/domain/projects/reference-lists.server";
import { pickersIn } from "~/domain/pickers.server";
import { activitySummary } from "~/domain/activities/summary.server";
import { projectMatrix } from "~/domain/projects/matrix.server";
import { countriesWithWork } from "~/domain/projects/countries.server";
import { worldMap } from "~/domain/projects/world-map.server";
import { MatrixQuery } from "~/domain/projects/filter-values";
import { calendarView, CalendarQuery } from "~/domain/calendar/views.server";
import { answerEvent, createEvent } from "~/domain/calendar/events.server";
import { calendarFeedFor, generateCalendarFeed } from "~/domain/calendar/feed.server";
import { EventInput } from "~/domain/calendar/event-form.server";
import { DirectoryQuery } from "~/domain/directory/filters";
import { searchDirectory } from "~/domain/directory/people.server";
import { listDirectoryOrganizations, OrganizationListQuery } from "~/domain/directory/organizations.server";
import { listMembers } from "~/domain/groups/members.server";
import { networkFor } from "~/domain/directory/network.server";
import { previousVisit } from "~/domain/account/feed.server";
import { SearchQuery, searchEverything } from "~/domain/search/search.server";
import type { SearchKind } from "~/domain/search/values";
import { actingAs, createUser, organizationByCode, seedReference, statementsOf } from "../support/fixtures";

let secretariat: Awaited<ReturnType<typeof actingAs>>;
let reader: Awaited<ReturnType<typeof actingAs>>;
let entityReader: Awaited<ReturnType<typeof actingAs>>;

const version = async (name: string) => (await db.dataVersion.findUniqueOrThrow({ where: { name } })).version;

async function newRecommendation(reference: string, iso3 = "KEN") {
  const assessment = await db.assessment.create({
    data: {
      stateId: (await organizationByCode(iso3)).id,
      kind: "VISIT",
      reference,
      startDate: new Date("2025-05-01"),
      endDate: new Date("2025-05-03"),
    },
  });
  return db.recommendation.create({
    data: { assessmentId: assessment.id, number: 1, text: `Recommendation ${reference}`, priority: "HIGH", status: "OPEN" },
  });
}

beforeAll(async () => {
  await seedReference();
  secretariat = await actingAs((await createUser({ role: "SECRETARIAT", organization: "UNOCT" })).id);
  reader = await actingAs((await createUser({ organization: "KEN" })).id);
  entityReader = await actingAs((await createUser({ organization: "UNODC" })).id);
});

describe("a data version", () => {
  it("grows once for a committed transaction, however many rows it changed, and not for one rolled back", async () => {
    const before = await version("recommendations");
    const kenya = await organizationByCode("KEN");
    await db.$transaction(async (tx) => {
      const assessment = await tx.assessment.create({
        data: { stateId: kenya.id, kind: "VISIT", reference: "DV-TX", startDate: new Date("2025-01-01"), endDate: new Date("2025-01-02") },
      });
      for (let number = 1; number <= 3; number++)
        await tx.recommendation.create({
          data: { assessmentId: assessment.id, number, text: `DV ${number}`, priority: "LOW", status: "OPEN" },
        });
    });
    expect(await version("recommendations")).toBe(before + 1n);
    await expect(
      db.$transaction(async (tx) => {
        await tx.recommendation.updateMany({ data: { priority: "MEDIUM" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await version("recommendations")).toBe(before + 1n);
    // Only the versions whose tables changed.
    const projects = await version("projects");
    await db.recommendation.updateMany({ where: { text: "DV 1" }, data: { status: "IN_PROGRESS" } });
    expect(await version("recommendations")).toBe(before + 2n);
    expect(await version("projects")).toBe(projects);
  });
});

describe("the store of what is kept", () => {
  it("is bounded by rows as well as by entries: a large answer pushes out the oldest, and one too large is not kept", async () => {
    const store = new KeptFigures(10, 100);
    const computed: string[] = [];
    const rows = (key: string, count: number) =>
      store.get(["projects"], key, async () => {
        computed.push(key);
        return Array.from({ length: count }, (_, index) => index);
      });
    const settled = () => new Promise((resolve) => setImmediate(resolve));
    await rows("a", 40);
    await rows("b", 40);
    await rows("c", 1);
    await settled();
    expect(store.size).toEqual({ entries: 3, rows: 81 });
    // Kept: asked again, nothing is computed.
    await rows("a", 40);
    expect(computed).toEqual(["a", "b", "c"]);
    // 81 + 40 rows: the oldest (a) goes.
    await rows("d", 40);
    await settled();
    expect(store.size).toEqual({ entries: 3, rows: 81 });
    await rows("b", 40);
    await rows("a", 40);
    await settled();
    expect(computed).toEqual(["a", "b", "c", "d", "a"]);
    // An answer larger than the whole store leaves nothing behind.
    await rows("e", 500);
    await settled();
    expect(store.size).toEqual({ entries: 0, rows: 0 });
    // A count (not an array) is one row; and the entries stay bounded by their number.
    for (let n = 0; n < 12; n++) await store.get(["projects"], `count ${n}`, async () => n);
    await settled();
    expect(store.size).toEqual({ entries: 10, rows: 10 });
  });
});

describe("figures kept while their data is unchanged", () => {
  it("the recommendation dashboard, follow-up bars and map of States show every change at once", async () => {
    await newRecommendation("DV-DASH-1");
    const first = await recommendationDashboard(secretariat);
    expect(first.total).toBe(await countRecommendations(secretariat, first.selection));
    // Read again with nothing changed: the version only, no counting.
    expect((await statementsOf(() => recommendationDashboard(secretariat))).statements).toBe(1);
    await followUpBars(secretariat);
    expect((await statementsOf(() => followUpBars(secretariat))).statements).toBe(1);

    // Written by plain SQL, as another instance or a script would.
    const created = await newRecommendation("DV-DASH-2", "NGA");
    const second = await recommendationDashboard(secretariat);
    expect(second.total).toBe(first.total + 1);
    expect(second.total).toBe(await countRecommendations(secretariat, second.selection));
    const nigeria = (await stateMapPage(secretariat, "en")).map.countries.find((c) => c.iso3 === "NGA");
    expect(nigeria?.count).toBe(1);

    // A response takes it off the dashboard ("no response yet"); the follow-up bars count it by its status.
    await db.recommendationResponse.create({
      data: { recommendationId: created.id, organizationId: (await organizationByCode("UNODC")).id, stage: "OFFERED", note: "Offer" },
    });
    expect((await recommendationDashboard(secretariat)).total).toBe(first.total);
    const africaOpen = () =>
      followUpBars(secretariat).then((bars) => bars.byRegion.find((b) => b.key === "AFRICA" && b.status === "OPEN")?.count ?? 0);
    const open = await africaOpen();
    await db.recommendation.update({ where: { id: created.id }, data: { status: "ADDRESSED" } });
    expect(await africaOpen()).toBe(open - 1);

    // The region of the assessed State is read from the organization: moving it moves the counts.
    await db.organization.update({ where: { id: (await organizationByCode("NGA")).id }, data: { region: "EUROPE" } });
    expect((await stateMapPage(secretariat, "en")).map.countries.find((c) => c.iso3 === "NGA")?.count).toBe(0);
    const cells = (await recommendationDashboard(secretariat)).cells;
    expect(cells.filter((c) => c.region === "EUROPE").reduce((sum, c) => sum + c.count, 0)).toBe(0);
    await db.organization.update({ where: { id: (await organizationByCode("NGA")).id }, data: { region: "AFRICA" } });
  });

  it("the activity summary shows a new activity, a change of status and a new country at once", async () => {
    const unodc = await organizationByCode("UNODC");
    const first = await activitySummary(secretariat);
    const activity = await db.activity.create({
      data: {
        title: "DV activity",
        kind: "WORKSHOP",
        leadOrganizationId: unodc.id,
        pillar: 3,
        startDate: new Date("2026-03-01"),
        endDate: new Date("2026-03-02"),
        status: "PLANNED",
      },
    });
    const second = await activitySummary(secretariat);
    expect(second.byStatus.total).toBe(first.byStatus.total + 1);
    expect(second.byPillar["3"].PLANNED).toBe((first.byPillar["3"]?.PLANNED ?? 0) + 1);
    expect(second.byRegion.GLOBAL.PLANNED).toBe((first.byRegion.GLOBAL?.PLANNED ?? 0) + 1);
    await db.activityCountry.create({ data: { activityId: activity.id, countryId: (await organizationByCode("IDN")).id } });
    await db.activity.update({ where: { id: activity.id }, data: { status: "ONGOING" } });
    const third = await activitySummary(secretariat);
    expect(third.byRegion.ASIA.ONGOING).toBe((first.byRegion.ASIA?.ONGOING ?? 0) + 1);
    expect(third.byRegion.GLOBAL?.PLANNED ?? 0).toBe(first.byRegion.GLOBAL?.PLANNED ?? 0);
  });

  it("the project matrix, the world map and the countries list show a new project at once, each query its own figures", async () => {
    const query = MatrixQuery.parse({ rows: "organization", cols: "region" });
    const byPillar = MatrixQuery.parse({ rows: "pillar", cols: "thematic" });
    const first = await projectMatrix(reader, query);
    const firstByPillar = await projectMatrix(reader, byPillar);
    expect((await statementsOf(() => projectMatrix(reader, query))).statements).toBe(1);
    const kenyaProjects = async () => (await worldMap(reader, "projects", "en")).countries.find((c) => c.iso3 === "KEN")?.projects ?? 0;
    const kenyaListed = async () => (await countriesWithWork(reader, "en")).find((c) => c.iso3 === "KEN")?.projects ?? 0;
    const [mapBefore, listBefore] = [await kenyaProjects(), await kenyaListed()];

    const project = await db.project.create({
      data: {
        code: "DV-P1",
        title: "Data version project",
        leadOrganizationId: (await organizationByCode("UNODC")).id,
        startDate: new Date("2026-01-01"),
        endDate: new Date("2027-12-31"),
        budgetUsd: 100_000,
        fundsSecuredUsd: 0,
        fundingStatus: "UNFUNDED",
        status: "ONGOING",
      },
    });
    await db.projectCountry.create({ data: { projectId: project.id, countryId: (await organizationByCode("KEN")).id } });
    expect((await projectMatrix(reader, query)).total.projects).toBe(first.total.projects + 1);
    expect((await projectMatrix(reader, byPillar)).total.projects).toBe(firstByPillar.total.projects + 1);
    expect(await kenyaProjects()).toBe(mapBefore + 1);
    expect(await kenyaListed()).toBe(listBefore + 1);
    await db.projectPillar.create({ data: { projectId: project.id, pillar: 4 } });
    expect((await projectMatrix(reader, byPillar)).rowTotals["4"]?.projects).toBe((firstByPillar.rowTotals["4"]?.projects ?? 0) + 1);
  });
});

describe("list counts and reference lists kept while their data is unchanged", () => {
  it("an activity count is read once per filter, and shows a new activity and a changed one at once", async () => {
    const unodc = await organizationByCode("UNODC");
    const all = ActivityFilters.parse({});
    const workshops = ActivityFilters.parse({ kind: "WORKSHOP" });
    const first = await listActivities(reader, all);
    const firstWorkshops = (await listActivities(reader, workshops)).total;
    // Read again with nothing changed: the version, the page's rows, no counting.
    expect((await statementsOf(() => countActivities([]))).statements).toBe(1);
    const activity = await db.activity.create({
      data: {
        title: "DV counted activity",
        kind: "CONFERENCE",
        leadOrganizationId: unodc.id,
        pillar: 2,
        startDate: new Date("2026-04-01"),
        endDate: new Date("2026-04-02"),
        status: "PLANNED",
      },
    });
    expect((await listActivities(reader, all)).total).toBe(first.total + 1);
    expect((await listActivities(reader, workshops)).total).toBe(firstWorkshops);
    await db.activity.update({ where: { id: activity.id }, data: { kind: "WORKSHOP" } });
    expect((await listActivities(reader, workshops)).total).toBe(firstWorkshops + 1);
    expect(await countActivities([])).toBe((await db.activity.count()) as number);
  });

  it("project totals show a new project's budget at once", async () => {
    const before = await projectTotals({});
    expect((await statementsOf(() => projectTotals({}))).statements).toBe(1);
    await db.project.create({
      data: {
        code: "DV-P2",
        title: "Totals project",
        leadOrganizationId: (await organizationByCode("UNODC")).id,
        startDate: new Date("2026-01-01"),
        endDate: new Date("2026-12-31"),
        budgetUsd: 250_000,
        fundsSecuredUsd: 50_000,
        fundingStatus: "PARTIALLY_FUNDED",
        status: "ONGOING",
      },
    });
    const after = await projectTotals({});
    expect(after.projects).toBe(before.projects + 1);
    expect(after.budgetUsd).toBe(before.budgetUsd + 250_000);
    expect(after.gapUsd).toBe(before.gapUsd + 200_000);
  });

  it("a page of projects or activities is read once, and shows a retitled project, a new partner and a moved activity at once", async () => {
    const unodc = await organizationByCode("UNODC");
    const project = await db.project.create({
      data: {
        code: "DV-P3",
        title: "Rows project",
        leadOrganizationId: unodc.id,
        startDate: new Date("2099-01-01"),
        endDate: new Date("2099-12-31"),
        budgetUsd: 1_000,
        fundsSecuredUsd: 0,
        fundingStatus: "UNFUNDED",
        status: "PLANNED",
      },
    });
    const firstProject = async () => (await projectRows({}, "start", { limit: 1, offset: 0 }))[0];
    const listed = async () => (await listActivities(reader, ActivityFilters.parse({ q: "DV rows activity" }))).rows;
    const shown = await firstProject();
    // "start" puts the latest start first: this project.
    expect([shown.code, shown.title, shown.partnerIds]).toEqual(["DV-P3", "Rows project", []]);
    expect((await statementsOf(firstProject)).statements, "the version only").toBe(1);
    await db.project.update({ where: { id: project.id }, data: { title: "Rows project renamed" } });
    expect((await firstProject()).title).toBe("Rows project renamed");
    await db.projectPartner.create({ data: { projectId: project.id, organizationId: unodc.id } });
    expect((await firstProject()).partnerIds).toEqual([unodc.id]);

    const activity = await db.activity.create({
      data: {
        title: "DV rows activity",
        kind: "WORKSHOP",
        leadOrganizationId: unodc.id,
        pillar: 1,
        startDate: new Date("2026-05-01"),
        endDate: new Date("2026-05-02"),
        status: "PLANNED",
      },
    });
    expect((await listed()).map((a) => [a.title, a.project])).toEqual([["DV rows activity", null]]);
    await db.activity.update({ where: { id: activity.id }, data: { projectId: project.id } });
    expect((await listed()).map((a) => a.project)).toEqual([{ id: project.id, code: "DV-P3" }]);
    await db.activityCountry.create({ data: { activityId: activity.id, countryId: (await organizationByCode("KEN")).id } });
    expect((await listed()).map((a) => a.countries)).toEqual([["KEN"]]);
  });

  it("a recommendation count is each reader's own, and follows a change of consent at once", async () => {
    const recommendation = await newRecommendation("DV-CONSENT");
    await db.assessment.update({ where: { id: recommendation.assessmentId }, data: { consentScope: "NAMED" } });
    const entityBefore = await countRecommendations(entityReader, {});
    const stateBefore = await countRecommendations(reader, {});
    expect((await statementsOf(() => countRecommendations(entityReader, {}))).statements).toBe(1);
    // Named in the consent list: the entity now reads it; the State (Kenya, the assessed one) read it already.
    await db.assessmentConsentOrganization.create({
      data: { assessmentId: recommendation.assessmentId, organizationId: (await organizationByCode("UNODC")).id },
    });
    expect(await countRecommendations(entityReader, {})).toBe(entityBefore + 1);
    expect(await countRecommendations(reader, {})).toBe(stateBefore);
    // Narrowed on the recommendation itself to a list without the entity: out again.
    await db.recommendation.update({ where: { id: recommendation.id }, data: { consentScope: "NAMED" } });
    expect(await countRecommendations(entityReader, {})).toBe(entityBefore);
    await db.recommendationConsentOrganization.create({
      data: { recommendationId: recommendation.id, organizationId: (await organizationByCode("UNODC")).id },
    });
    expect(await countRecommendations(entityReader, {})).toBe(entityBefore + 1);
  });

  it("a page of recommendations is read once, and shows a new response and a new status at once", async () => {
    const recommendation = await newRecommendation("DV-ROWS");
    const page = async () => (await recommendationRows(reader, { assessment: recommendation.assessmentId }, { limit: 5, offset: 0 }))[0];
    expect([(await page()).status, (await page()).responses]).toEqual(["OPEN", 0]);
    expect((await statementsOf(page)).statements, "the version only").toBe(1);
    await db.recommendationResponse.create({
      data: { recommendationId: recommendation.id, organizationId: (await organizationByCode("UNODC")).id, stage: "UNDER_WAY" },
    });
    expect([(await page()).responses, (await page()).furthestStage]).toEqual([1, "UNDER_WAY"]);
    await db.recommendation.update({ where: { id: recommendation.id }, data: { status: "IN_PROGRESS" } });
    expect((await page()).status).toBe("IN_PROGRESS");
  });

  it("the reference lists are read once, in each language, and show a renamed organization at once", async () => {
    await workReference("fr");
    await memberStateNames("fr");
    await pickersIn("fr");
    await countActivities([]);
    // The count of a list and its reference lists, asked for in the same turn, read the versions once.
    expect(
      (await statementsOf(() => Promise.all([workReference("fr"), memberStateNames("fr"), pickersIn("fr"), countActivities([])])))
        .statements,
    ).toBe(1);
    const kenya = await organizationByCode("KEN");
    const { nameFr } = await db.organization.findUniqueOrThrow({ where: { id: kenya.id }, select: { nameFr: true } });
    await db.organization.update({ where: { id: kenya.id }, data: { nameFr: "Kenya (renommé)" } });
    expect((await workReference("fr")).organizations.find((o) => o.id === kenya.id)!.name).toBe("Kenya (renommé)");
    expect((await memberStateNames("fr")).get("KEN")).toBe("Kenya (renommé)");
    expect((await pickersIn("fr")).organizations.find((o) => o.id === kenya.id)!.name).toBe("Kenya (renommé)");
    expect((await workReference()).organizations.find((o) => o.id === kenya.id)!.nameFr).toBe("Kenya (renommé)");
    await db.organization.update({ where: { id: kenya.id }, data: { nameFr } });
  });

  it("the lists' address names their content: a rename gives a new address, and an old one keeps its lists", async () => {
    const reader = await actingAs((await createUser({ organization: "KEN" })).id);
    const kenya = await organizationByCode("KEN");
    const nameOf = (json: string) =>
      (JSON.parse(json) as { organizations: Array<{ id: string; name: string }> }).organizations.find((o) => o.id === kenya.id)!.name;
    const before = await workReferenceHandle("fr");
    expect(await workReferenceHandle("fr"), "the same lists, the same address").toBe(before);
    expect(sharedReferenceLists(before), "the page renders with the kept object itself").toBe(await workReference("fr"));
    const { nameFr } = await db.organization.findUniqueOrThrow({ where: { id: kenya.id }, select: { nameFr: true } });
    await db.organization.update({ where: { id: kenya.id }, data: { nameFr: "Kenya (nouveau nom)" } });
    const after = await workReferenceHandle("fr");
    expect(after).not.toBe(before);
    expect(nameOf(await referenceListsJson(reader, "fr", after))).toBe("Kenya (nouveau nom)");
    expect(nameOf(await referenceListsJson(reader, "fr", before)), "content at an address never changes").toBe(nameFr ?? "Kenya");
    // An address this server never made (another instance's, or one dropped): today's lists.
    expect(nameOf(await referenceListsJson(reader, "fr", "fr/AAAAAAAAAAAAAAAAAAAAAA"))).toBe("Kenya (nouveau nom)");
    await db.organization.update({ where: { id: kenya.id }, data: { nameFr } });
  });
});

describe("the directory's counts kept while the people are unchanged", () => {
  it("a search's count and page are read once, and follow a new person, a suspension, a move and a new membership at once", async () => {
    const group = await db.workingGroup.findFirstOrThrow({ orderBy: { number: "asc" } });
    const all = DirectoryQuery.parse({});
    const named = DirectoryQuery.parse({ q: "Dvcount" });
    const inKenya = DirectoryQuery.parse({ q: "Dvcount", organization: (await organizationByCode("KEN")).id });
    const inGroup = DirectoryQuery.parse({ group: group.slug });
    const count = async (query: DirectoryQuery) => (await searchDirectory(reader, query, "en")).total;
    const [first, firstInGroup] = [await count(all), await count(inGroup)];
    expect(await count(named)).toBe(0);
    // Read again with nothing changed: the versions only; neither counting, the page's ids nor its people.
    expect((await statementsOf(() => searchDirectory(reader, all, "en"))).statements).toBe(1);

    const person = await createUser({ name: "Dvcount Person", organization: "KEN" });
    expect(await count(all)).toBe(first + 1);
    expect([await count(named), await count(inKenya)]).toEqual([1, 1]);
    expect((await searchDirectory(reader, named, "en")).people.map((p) => p.name)).toEqual(["Dvcount Person"]);
    await db.user.update({ where: { id: person.id }, data: { name: "Dvcount Renamed" } });
    expect((await searchDirectory(reader, named, "en")).people.map((p) => p.name)).toEqual(["Dvcount Renamed"]);
    await db.user.update({ where: { id: person.id }, data: { organizationId: (await organizationByCode("UNODC")).id } });
    expect([await count(named), await count(inKenya)]).toEqual([1, 0]);
    await db.membership.create({ data: { userId: person.id, groupId: group.id, role: "MEMBER" } });
    expect(await count(inGroup)).toBe(firstInGroup + 1);
    await db.user.update({ where: { id: person.id }, data: { status: "SUSPENDED" } });
    expect([await count(all), await count(named), await count(inGroup)]).toEqual([first, 0, firstInGroup]);
    expect(await count(all)).toBe(await db.user.count({ where: { status: "ACTIVE" } }));
  });

  it("the organizations list is read once, and follows a new focal point, a suspension and a renamed organization at once", async () => {
    const kenya = await organizationByCode("KEN");
    const africa = OrganizationListQuery.parse({ kind: "MEMBER_STATE", region: "AFRICA" });
    const list = () => listDirectoryOrganizations(reader, africa, "en");
    const kenyaIn = async () => (await list()).organizations.find((o) => o.id === kenya.id)!;
    const nominated = async () => (await list()).summary.find((s) => s.kind === "MEMBER_STATE")!.nominated;
    const before = await kenyaIn();
    // Read again with nothing changed: the versions only, neither the summary, the count nor the page.
    expect((await statementsOf(list)).statements).toBe(1);

    const person = await createUser({ name: "Orgcount Person", organization: "KEN" });
    expect((await kenyaIn()).focalPoints).toBe(before.focalPoints + 1);
    await db.user.update({ where: { id: person.id }, data: { status: "SUSPENDED" } });
    expect((await kenyaIn()).focalPoints).toBe(before.focalPoints);
    // A State without a focal point gets one: the summary's count of nominated States follows.
    const unnamed = (await list()).organizations.find((o) => o.focalPoints === 0)!;
    const nominatedBefore = await nominated();
    const iso3 = (await db.organization.findUniqueOrThrow({ where: { id: unnamed.id } })).iso3!;
    await createUser({ name: "Orgcount First", organization: iso3 });
    expect(await nominated()).toBe(nominatedBefore + 1);
    try {
      await db.organization.update({ where: { id: kenya.id }, data: { name: "Kenya (renamed)" } });
      expect((await kenyaIn()).name).toBe("Kenya (renamed)");
    } finally {
      await db.organization.update({ where: { id: kenya.id }, data: { name: before.name } });
    }
  });

  it("are not dropped by a sign-in, a visit to the home page or a reminder's mark, and are by any other change of a person", async () => {
    const person = await createUser({ name: "Dvvisit Person", organization: "KEN" });
    const named = DirectoryQuery.parse({ q: "Dvvisit" });
    expect((await searchDirectory(reader, named, "en")).people.map((p) => p.title)).toEqual([null]);
    const before = await version("people");
    await db.user.update({ where: { id: person.id }, data: { lastSignInAt: new Date() } });
    await previousVisit(person.id);
    await db.$executeRaw`UPDATE "user" SET home_seen_at = now() - interval '1 day' WHERE id = ${person.id}::uuid`;
    await previousVisit(person.id);
    await db.user.update({ where: { id: person.id }, data: { designationRemindedAt: new Date() } });
    expect(await version("people")).toBe(before);
    // Still kept, the page's people too: the versions only.
    expect((await statementsOf(() => searchDirectory(reader, named, "en"))).statements).toBe(1);
    await db.user.update({ where: { id: person.id }, data: { title: "Dvvisit adviser" } });
    expect(await version("people")).toBe(before + 1n);
    expect((await searchDirectory(reader, named, "en")).people.map((p) => p.title)).toEqual(["Dvvisit adviser"]);
    await db.user.delete({ where: { id: person.id } });
    expect(await version("people")).toBe(before + 2n);
    expect((await searchDirectory(reader, named, "en")).total).toBe(0);
  });

  it("the networking page's suggestions are kept for each reader, and follow a new colleague and new interests at once", async () => {
    const me = await createUser({ organization: "ISL", name: "Dvnet Reader", interests: [4] });
    const actor = await actingAs(me.id);
    const first = await networkFor(actor, "en");
    expect(first.myInterests).toEqual([4]);
    await createUser({ organization: "ISL", name: "Dvnet Colleague", interests: [4] });
    const second = await networkFor(actor, "en");
    expect(second.colleagueCount).toBe(first.colleagueCount + 1);
    expect(second.interestPeers[0]?.name).toBe("Dvnet Colleague");
    await db.user.update({ where: { id: me.id }, data: { interests: [5] } });
    const third = await networkFor(actor, "en");
    expect(third.myInterests).toEqual([5]);
    expect(third.interestPeers.map((p) => p.name)).not.toContain("Dvnet Colleague");
  });

  it("a group's members page follows a new member, a new role and a renamed person at once", async () => {
    const group = await db.workingGroup.findFirstOrThrow({ orderBy: { number: "desc" } });
    const chair = await actingAs((await createUser({ role: "SECRETARIAT", organization: "UNOCT" })).id);
    const names = async () => (await listMembers(chair, group.slug)).members.map((m) => `${m.user.name}:${m.role}`);
    const first = await names();
    const person = await createUser({ name: "Dvmember Person", organization: "KEN" });
    expect(await names(), "not a member yet").toEqual(first);
    const membership = await db.membership.create({ data: { userId: person.id, groupId: group.id, role: "MEMBER" } });
    expect(await names()).toContain("Dvmember Person:MEMBER");
    await db.membership.update({ where: { id: membership.id }, data: { role: "CHAIR" } });
    expect(await names()).toContain("Dvmember Person:CHAIR");
    await db.user.update({ where: { id: person.id }, data: { name: "Dvmember Renamed" } });
    expect(await names()).toContain("Dvmember Renamed:CHAIR");
    await db.membership.delete({ where: { id: membership.id } });
    expect(await names()).toEqual(first);
  });
});

describe("the search's kinds that are the same for every reader, kept while their tables are unchanged", () => {
  it("are read once for every reader, and show a new person, a new organization, a new activity and a retitled project at once", async () => {
    const q = "Dvsearch";
    const search = async (who = reader) => (await searchEverything(who, SearchQuery.parse({ q }), "en")).groups;
    const found = async (kind: SearchKind) =>
      ((await search()).find((g) => g.kind === kind)?.hits ?? []).map((h) => h.title.map((run) => run.text).join(""));
    const statementsOfSearch = async (who = reader) => (await statementsOf(() => search(who))).statements;

    await search();
    // Read again with nothing changed: two statements side by side (the kinds that depend on the reader, planned at each
    // run or once, the versions with the latter), by any reader.
    expect(await statementsOfSearch()).toBe(2);
    expect(await statementsOfSearch(entityReader)).toBe(2);

    await createUser({ name: "Dvsearch Person", organization: "KEN" });
    // The people are read again (a third statement), then kept again.
    expect(await statementsOfSearch()).toBe(3);
    expect(await found("people")).toEqual(["Dvsearch Person"]);
    expect(await statementsOfSearch()).toBe(2);

    const office = await db.organization.create({ data: { kind: "COMPACT_ENTITY", name: "Dvsearch Office", acronym: "DVS" } });
    expect(await found("organizations")).toEqual(["Dvsearch Office"]);

    const unodc = await organizationByCode("UNODC");
    await db.activity.create({
      data: {
        title: "Dvsearch workshop",
        kind: "WORKSHOP",
        leadOrganizationId: office.id,
        pillar: 1,
        startDate: new Date("2026-06-01"),
        endDate: new Date("2026-06-02"),
        status: "PLANNED",
      },
    });
    expect(await found("activities")).toEqual(["Dvsearch workshop"]);
    // A renamed organization is seen as an organization found and as the lead of an activity found (the organization
    // table bumps "reference" and "activities").
    await db.organization.update({ where: { id: office.id }, data: { name: "Dvsearch Bureau", acronym: "DVB" } });
    const renamed = await search();
    expect(await found("organizations")).toEqual(["Dvsearch Bureau"]);
    expect(renamed.find((g) => g.kind === "activities")?.hits.map((h) => h.context)).toEqual(["DVB"]);

    const project = await db.project.create({
      data: {
        code: "DV-S1",
        title: "Search project",
        leadOrganizationId: unodc.id,
        startDate: new Date("2026-01-01"),
        endDate: new Date("2026-12-31"),
        budgetUsd: 1_000,
        fundsSecuredUsd: 0,
        fundingStatus: "UNFUNDED",
        status: "PLANNED",
      },
    });
    expect(await found("projects")).toEqual([]);
    await db.project.update({ where: { id: project.id }, data: { title: "Dvsearch project" } });
    expect(await found("projects")).toEqual(["Dvsearch project"]);
    expect(await found("people")).toEqual(["Dvsearch Person"]);

    // A State's reading of the recommendations it is shown is recorded by the statement that reads them.
    const recommendation = await newRecommendation("DV-SEARCH");
    const readings = () => db.recommendationView.count({ where: { userId: reader.id, recommendationId: recommendation.id } });
    const other = SearchQuery.parse({ q: "DV-SEARCH" });
    await searchEverything(reader, other, "en");
    expect(await readings()).toBe(1);
    const again = await statementsOf(() => searchEverything(reader, other, "en"));
    expect(again.value.groups.find((g) => g.kind === "recommendations")?.hits.map((h) => h.id)).toEqual([recommendation.id]);
    // Two statements: the kinds planned at each run (the recommendations among them) and those planned once.
    expect([again.statements, await readings()]).toEqual([2, 2]);
  });
});

describe("calendar views kept while the events are unchanged", () => {
  const DAY = "2031-03-12";
  const view = (actor: typeof reader, query: Record<string, string> = {}) =>
    calendarView(actor, CalendarQuery.parse({ view: "month", date: DAY, ...query }));
  const shownOn = async (actor: typeof reader, query: Record<string, string> = {}) =>
    (await view(actor, query)).days.find((d) => d.day === DAY)!.occurrences;
  const agendaTitles = async (actor: typeof reader) =>
    (await calendarView(actor, CalendarQuery.parse({ view: "agenda", date: DAY }))).days.flatMap((d) => d.occurrences.map((o) => o.title));

  async function newEvent(title: string, extra: Record<string, unknown> = {}) {
    const result = await createEvent(
      secretariat,
      EventInput.parse({
        title,
        kind: "MEETING",
        startDate: DAY,
        startTime: "09:00",
        endDate: DAY,
        endTime: "10:00",
        timeZone: "UTC",
        organizerIds: [(await organizationByCode("NOR")).id],
        pillars: ["1"],
        ...extra,
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.id;
  }

  it("month, week and agenda show a new event, a changed one, a renamed group and the reader's answer at once", async () => {
    const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 1 }, select: { id: true, name: true } });
    const member = await actingAs((await createUser({ organization: "KEN", groups: [[1, "MEMBER"]] })).id);
    const open = await newEvent("DV calendar open");
    expect((await shownOn(reader)).map((o) => o.title)).toEqual(["DV calendar open"]);
    // Read again with nothing changed: the version and the reader's answers, not the view's statement.
    expect((await statementsOf(() => view(reader))).statements).toBe(2);

    // Each reader's answer is their own, and shows at once (answers are not kept).
    await answerEvent(member, open, "GOING");
    expect((await shownOn(member))[0].myResponse).toBe("GOING");
    expect((await shownOn(reader))[0].myResponse).toBeNull();
    expect((await statementsOf(() => view(reader))).statements).toBe(2);

    // A group-only event: for the group's members, never for the others, whoever read the view first.
    await newEvent("DV calendar group only", { groupId: group.id, visibility: "GROUP_MEMBERS", startTime: "11:00", endTime: "12:00" });
    expect((await shownOn(reader)).map((o) => o.title)).toEqual(["DV calendar open"]);
    expect((await shownOn(member)).map((o) => [o.title, o.group?.name])).toEqual([
      ["DV calendar open", undefined],
      ["DV calendar group only", group.name],
    ]);
    expect(await agendaTitles(reader)).toEqual(["DV calendar open"]);

    // Written by plain SQL, as another instance or a script would: the title, the occurrence's time, the group's name.
    await db.$executeRaw`UPDATE event SET title = 'DV calendar renamed' WHERE id = ${open}::uuid`;
    expect((await shownOn(reader)).map((o) => o.title)).toEqual(["DV calendar renamed"]);
    expect(await agendaTitles(reader)).toEqual(["DV calendar renamed"]);
    await db.$executeRaw`UPDATE event_occurrence SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day' WHERE event_id = ${open}::uuid`;
    expect(await shownOn(reader)).toEqual([]);
    const week = await calendarView(reader, CalendarQuery.parse({ view: "week", date: DAY }));
    expect(week.days.find((d) => d.day === "2031-03-13")!.occurrences.map((o) => o.title)).toEqual(["DV calendar renamed"]);
    await db.workingGroup.update({ where: { id: group.id }, data: { name: "DV renamed group" } });
    expect((await shownOn(member)).map((o) => o.group?.name)).toEqual(["DV renamed group"]);
    await db.workingGroup.update({ where: { id: group.id }, data: { name: group.name } });

    // The organizer filter follows a change of organizers; "only mine" follows the reader's answers.
    const unodc = await organizationByCode("UNODC");
    const byUnodc = () => shownOn(member, { org: unodc.id });
    await db.$executeRaw`UPDATE event_occurrence SET starts_at = starts_at - interval '1 day', ends_at = ends_at - interval '1 day' WHERE event_id = ${open}::uuid`;
    expect(await byUnodc()).toEqual([]);
    await db.eventOrganizer.create({ data: { eventId: open, organizationId: unodc.id } });
    expect((await byUnodc()).map((o) => o.title)).toEqual(["DV calendar renamed"]);
    expect((await shownOn(reader, { mine: "1" })).map((o) => o.title)).toEqual([]);
    await answerEvent(reader, open, "GOING");
    expect((await shownOn(reader, { mine: "1" })).map((o) => [o.title, o.myResponse])).toEqual([["DV calendar renamed", "GOING"]]);
  });

  it("a personal feed's version is worked out once while the events are unchanged, and follows every change at once", async () => {
    const tokenOf = async (actor: typeof reader) =>
      (await generateCalendarFeed(actor)).url
        .split("/")
        .pop()!
        .replace(/\.ics$/, "");
    const readerToken = await tokenOf(reader);
    const member = await actingAs((await createUser({ organization: "KEN", groups: [[1, "MEMBER"]] })).id);
    const memberToken = await tokenOf(member);
    const first = await calendarFeedFor(readerToken);
    expect(first?.kind).toBe("feed");
    // A poll with nothing changed: the token and the version, not the ~6,500 events of the scale data.
    const poll = await statementsOf(() => calendarFeedFor(readerToken, { knownVersions: [first!.version] }));
    expect(poll.value?.kind).toBe("unchanged");
    expect(poll.statements).toBe(2);

    // Within the feed's window (a year ahead), unlike the views' day.
    const soon = { startDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10) };
    const within = { ...soon, endDate: soon.startDate };
    const id = await newEvent("DV feed new event", within);
    const second = await calendarFeedFor(readerToken, { knownVersions: [first!.version] });
    expect(second?.kind).toBe("feed");
    expect(second!.version).not.toBe(first!.version);
    expect(second?.kind === "feed" && second.body).toContain("DV feed new event");

    // A VEVENT written again (as at a start with another APP_URL), by plain SQL: another version.
    await db.$executeRaw`UPDATE event_ics SET written_at = written_at + interval '1 second' WHERE event_id = ${id}::uuid`;
    const third = await calendarFeedFor(readerToken, { knownVersions: [second!.version] });
    expect(third?.kind).toBe("feed");
    expect(third!.version).not.toBe(second!.version);

    // A group-only event is in its members' feeds only, whoever polled first.
    const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 1 }, select: { id: true } });
    await newEvent("DV feed group only", { ...within, groupId: group.id, visibility: "GROUP_MEMBERS" });
    const memberFeed = await calendarFeedFor(memberToken);
    const readerFeed = await calendarFeedFor(readerToken);
    expect(memberFeed?.kind === "feed" && memberFeed.body).toContain("DV feed group only");
    expect(readerFeed?.kind === "feed" && readerFeed.body).not.toContain("DV feed group only");
    expect(readerFeed!.version).toBe((await calendarFeedFor(readerToken))!.version);
  });
});
