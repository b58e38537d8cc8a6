// Every recommendation route for every kind of visitor; then the writes through the routes: follow-up
// responses (only by entities that may see the recommendation), the access record of outside readers,
// authoring with clear messages, concurrent edits refused, consent changes dated and audited.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as list from "~/routes/_app.recommendations._index";
import * as listCsv from "~/routes/_app.recommendations[.csv]";
import * as detail from "~/routes/_app.recommendations.$id";
import * as editRecommendation from "~/routes/_app.recommendations.$id_.edit";
import * as dashboard from "~/routes/_app.recommendations.dashboard";
import * as assessments from "~/routes/_app.recommendations.assessments._index";
import * as newAssessment from "~/routes/_app.recommendations.assessments.new";
import * as assessmentPage from "~/routes/_app.recommendations.assessments.$id";
import * as editAssessment from "~/routes/_app.recommendations.assessments.$id_.edit";
import * as newRecommendation from "~/routes/_app.recommendations.assessments.$id_.new";
import * as stateView from "~/routes/_app.recommendations.states.$iso3";
import * as accessRecord from "~/routes/_app.recommendations.access-record";
import * as search from "~/routes/_app.search";
import { seedAll } from "../../prisma/seed.ts";
import { walkAuthorizationTable, type RouteCase } from "../support/authorization";
import { actingAs, callRoute, drawnData, sessionCookie } from "../support/fixtures";
import {
  assessmentSummary,
  recommendationSummary,
  STATE_VIEW_PAGE_SIZE,
  stateView as readStateView,
} from "~/domain/recommendations/assessments.server";
import { dayString } from "~/fields";

type Visitor = "anonymous" | "kenya" | "norway" | "unodc" | "cted" | "secretariat" | "admin";
const cookies: Record<Visitor, string | undefined> = {
  anonymous: undefined,
  kenya: "",
  norway: "",
  unodc: "",
  cted: "",
  secretariat: "",
  admin: "",
};
const userIds: Partial<Record<Visitor, string>> = {};
let kenyaAssessmentId: string;
/** Kenya no. 1, shared with UN entities; no. 4, not shared; no. 3, named UNDP and UN Women. */
let sharedId: string;
let notSharedId: string;
let namedId: string;

const recommendationOf = async (reference: string, number: number) =>
  (await db.recommendation.findFirstOrThrow({ where: { number, assessment: { reference } }, select: { id: true } })).id;

beforeAll(async () => {
  await seedAll({ demoAccounts: true });
  for (const [visitor, email] of [
    ["kenya", "kenya@demo.test"],
    ["norway", "norway@demo.test"],
    ["unodc", "unodc@demo.test"],
    ["cted", "cted@demo.test"],
    ["secretariat", "secretariat@demo.test"],
    ["admin", "admin@demo.test"],
  ] as Array<[Visitor, string]>) {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    userIds[visitor] = user.id;
    cookies[visitor] = await sessionCookie(user.id);
  }
  kenyaAssessmentId = (await db.assessment.findUniqueOrThrow({ where: { reference: "CTED/KEN/2025/V" } })).id;
  sharedId = await recommendationOf("CTED/KEN/2025/V", 1);
  namedId = await recommendationOf("CTED/KEN/2025/V", 3);
  notSharedId = await recommendationOf("CTED/KEN/2025/V", 4);
});

const everyone = (status: number) => ({
  anonymous: 302,
  kenya: status,
  norway: status,
  unodc: status,
  cted: status,
  secretariat: status,
  admin: status,
});
const authorsOnly = (otherwise: number) => ({
  anonymous: 302,
  kenya: otherwise,
  norway: otherwise,
  unodc: otherwise,
  cted: 200,
  secretariat: 200,
  admin: 200,
});

const cases: Array<RouteCase<Visitor>> = [
  { name: "list", fn: () => list.loader, url: "/recommendations", expect: everyone(200) },
  { name: "CSV export", fn: () => listCsv.loader, url: "/recommendations.csv", expect: everyone(200) },
  { name: "dashboard", fn: () => dashboard.loader, url: "/recommendations/dashboard", expect: authorsOnly(403) },
  { name: "assessments", fn: () => assessments.loader, url: "/recommendations/assessments", expect: authorsOnly(403) },
  { name: "new assessment form", fn: () => newAssessment.loader, url: "/recommendations/assessments/new", expect: authorsOnly(403) },
  {
    name: "access record",
    fn: () => accessRecord.loader,
    url: "/recommendations/access-record",
    expect: { anonymous: 302, kenya: 403, norway: 403, unodc: 403, cted: 200, secretariat: 403, admin: 403 },
  },
  {
    name: "Kenya's State view",
    fn: () => stateView.loader,
    url: "/recommendations/states/KEN",
    params: () => ({ iso3: "KEN" }),
    expect: { anonymous: 302, kenya: 200, norway: 404, unodc: 404, cted: 200, secretariat: 200, admin: 200 },
  },
  {
    name: "a State view with a malformed code",
    fn: () => stateView.loader,
    url: "/recommendations/states/K3N",
    params: () => ({ iso3: "K3N" }),
    expect: everyone(404),
  },
  {
    name: "Kenya's assessment",
    fn: () => assessmentPage.loader,
    url: "/recommendations/assessments/KEN",
    params: () => ({ id: kenyaAssessmentId }),
    expect: { anonymous: 302, kenya: 200, norway: 404, unodc: 404, cted: 200, secretariat: 200, admin: 200 },
  },
  {
    name: "edit assessment form",
    fn: () => editAssessment.loader,
    url: "/recommendations/assessments/KEN/edit",
    params: () => ({ id: kenyaAssessmentId }),
    expect: authorsOnly(403),
  },
  {
    name: "new recommendation form",
    fn: () => newRecommendation.loader,
    url: "/recommendations/assessments/KEN/new",
    params: () => ({ id: kenyaAssessmentId }),
    expect: authorsOnly(403),
  },
  {
    name: "edit recommendation form",
    fn: () => editRecommendation.loader,
    url: "/recommendations/KEN-1/edit",
    params: () => ({ id: sharedId }),
    expect: authorsOnly(403),
  },
  {
    name: "a shared recommendation",
    fn: () => detail.loader,
    url: "/recommendations/KEN-1",
    params: () => ({ id: sharedId }),
    expect: { anonymous: 302, kenya: 200, norway: 404, unodc: 200, cted: 200, secretariat: 200, admin: 200 },
  },
  {
    name: "a recommendation not shared",
    fn: () => detail.loader,
    url: "/recommendations/KEN-4",
    params: () => ({ id: notSharedId }),
    expect: { anonymous: 302, kenya: 200, norway: 404, unodc: 404, cted: 200, secretariat: 200, admin: 200 },
  },
  {
    name: "a recommendation that does not exist",
    fn: () => detail.loader,
    url: "/recommendations/none",
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    expect: everyone(404),
  },
  {
    name: "responding to a recommendation not shared",
    fn: () => detail.action,
    url: "/recommendations/KEN-4",
    params: () => ({ id: notSharedId }),
    form: () => ({ stage: "OFFERED" }),
    // Kenya reads it but is a State, not an entity: 403. Entities that may not read it: 404. Those who see
    // all read it, but their organizations (CTED, UNOCT) were not shared with: 403.
    expect: { anonymous: 302, kenya: 403, norway: 404, unodc: 404, cted: 403, secretariat: 403, admin: 403 },
  },
  {
    name: "creating an assessment",
    fn: () => newAssessment.action,
    url: "/recommendations/assessments/new",
    form: () => ({}),
    expect: { ...authorsOnly(403), cted: 400, secretariat: 400, admin: 400 },
  },
  {
    name: "editing an assessment",
    fn: () => editAssessment.action,
    url: "/recommendations/assessments/KEN/edit",
    params: () => ({ id: kenyaAssessmentId }),
    form: () => ({}),
    expect: { ...authorsOnly(403), cted: 400, secretariat: 400, admin: 400 },
  },
  {
    name: "adding a recommendation",
    fn: () => newRecommendation.action,
    url: "/recommendations/assessments/KEN/new",
    params: () => ({ id: kenyaAssessmentId }),
    form: () => ({}),
    expect: { ...authorsOnly(403), cted: 400, secretariat: 400, admin: 400 },
  },
  {
    name: "editing a recommendation",
    fn: () => editRecommendation.action,
    url: "/recommendations/KEN-1/edit",
    params: () => ({ id: sharedId }),
    form: () => ({}),
    expect: { ...authorsOnly(403), cted: 400, secretariat: 400, admin: 400 },
  },
];

walkAuthorizationTable("recommendation routes", cookies, cases);

describe("follow-up responses", () => {
  it("an entity that may see a recommendation responds, linked to its own project, and updates it without overwriting a colleague", async () => {
    const form = {
      stage: "OFFERED",
      note: "UNODC offers **legal drafting** support.",
      projectCode: "unodc-legal",
      activityId: "",
      version: "",
    };
    const first = await callRoute(detail.action, {
      url: `/recommendations/${sharedId}`,
      cookie: cookies.unodc,
      params: { id: sharedId },
      form,
    });
    // UNODC already offered on Kenya no. 1 in the demo data: a first response form is stale.
    expect(first.status).toBe(400);
    expect((first.data as { errors: Record<string, string> }).errors.form).toBe("common.staleEdit");
    const current = await db.recommendationResponse.findFirstOrThrow({
      where: { recommendationId: sharedId, organization: { acronym: "UNODC" } },
    });
    const updated = await callRoute(detail.action, {
      url: `/recommendations/${sharedId}`,
      cookie: cookies.unodc,
      params: { id: sharedId },
      form: { ...form, stage: "UNDER_WAY", version: String(current.version) },
    });
    expect(updated.status).toBe(302);
    const after = await db.recommendationResponse.findUniqueOrThrow({ where: { id: current.id }, include: { project: true } });
    expect(after).toMatchObject({ stage: "UNDER_WAY", version: current.version + 1, updatedById: userIds.unodc });
    expect(after.project?.code).toBe("UNODC-LEGAL");
    expect(await db.auditEvent.count({ where: { action: "recommendation.responseUpdated", subjectId: current.id } })).toBe(1);
    // The same, now out-of-date form again: refused.
    const stale = await callRoute(detail.action, {
      url: `/recommendations/${sharedId}`,
      cookie: cookies.unodc,
      params: { id: sharedId },
      form: { ...form, version: String(current.version) },
    });
    expect(stale.status).toBe(400);
  });

  it("refuses a link to another organization's project and bad input, with a message and no write", async () => {
    const before = await db.recommendationResponse.count();
    const foreign = await callRoute(detail.action, {
      url: `/recommendations/${sharedId}`,
      cookie: cookies.unodc,
      params: { id: sharedId },
      form: { stage: "DELIVERED", projectCode: "UNDP-PVE-AFR", version: "2" },
    });
    expect(foreign.status).toBe(400);
    expect((foreign.data as { errors: Record<string, string> }).errors.projectCode).toBe("recommendations.errors.notYourProject");
    const bad = await callRoute(detail.action, {
      url: `/recommendations/${sharedId}`,
      cookie: cookies.unodc,
      params: { id: sharedId },
      form: { stage: "FINISHED" },
    });
    expect(bad.status).toBe(400);
    expect((bad.data as { errors: Record<string, string> }).errors.stage).toBe("errors.chooseOption");
    expect(await db.recommendationResponse.count()).toBe(before);
  });

  it("each reader sees the responses the rule allows: all for the State and the secretariat, an entity its own", async () => {
    const responders = async (visitor: Visitor, id: string) => {
      const outcome = await callRoute(detail.loader, {
        url: `/recommendations/${id}`,
        cookie: cookies[visitor],
        params: { id },
        method: "GET",
      });
      return (outcome.data as { responses: Array<{ organization: { acronym: string | null } }> }).responses
        .map((r) => r.organization.acronym)
        .sort();
    };
    expect(await responders("kenya", namedId)).toEqual(["UN Women", "UNDP"]);
    expect(await responders("secretariat", namedId)).toEqual(["UN Women", "UNDP"]);
    const unwomen = await sessionCookie((await db.user.findUniqueOrThrow({ where: { email: "unwomen@demo.test" } })).id);
    const seenByUnwomen = await callRoute(detail.loader, { url: `/recommendations/${namedId}`, cookie: unwomen, params: { id: namedId } });
    expect(
      (seenByUnwomen.data as { responses: Array<{ organization: { acronym: string | null } }> }).responses.map(
        (r) => r.organization.acronym,
      ),
    ).toEqual(["UN Women"]);
  });
});

describe("the access record", () => {
  it("records readings through lists, State views and exports too, and none by those who see all", async () => {
    const readings = (userId: string, via: "LIST" | "EXPORT") => db.recommendationView.count({ where: { userId, via } });
    const kenyaLists = await readings(userIds.kenya!, "LIST");
    const since = new Date();
    const listed = await callRoute(list.loader, { url: "/recommendations", cookie: cookies.kenya });
    expect(await readings(userIds.kenya!, "LIST")).toBe(kenyaLists + 5);
    // One row per recommendation the list showed, with the reader, the reader's organization and the way read.
    const shown = (listed.data as { rows: Array<{ id: string }> }).rows.map((r) => r.id).sort();
    const recorded = await db.recommendationView.findMany({ where: { userId: userIds.kenya!, viewedAt: { gte: since } } });
    expect(recorded.map((r) => r.recommendationId).sort()).toEqual(shown);
    const kenyaOrganization = (await db.user.findUniqueOrThrow({ where: { id: userIds.kenya! } })).organizationId;
    expect(new Set(recorded.map((r) => `${r.organizationId} ${r.via}`))).toEqual(new Set([`${kenyaOrganization} LIST`]));
    await callRoute(stateView.loader, { url: "/recommendations/states/KEN", cookie: cookies.kenya, params: { iso3: "KEN" } });
    expect(await readings(userIds.kenya!, "LIST")).toBe(kenyaLists + 10);
    const unodcExports = await readings(userIds.unodc!, "EXPORT");
    const csv = await callRoute(listCsv.loader, { url: "/recommendations.csv?state=KEN", cookie: cookies.unodc });
    expect(csv.status).toBe(200);
    expect(await readings(userIds.unodc!, "EXPORT")).toBe(unodcExports + 3);
    // The follow-up columns carry what UNODC may see: its own responses only.
    const rows = parse(csv.data as string, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r["No."], r["Responding entities"], r["Furthest stage"]])).toEqual([
      ["1", "UNODC", "Assistance under way"],
      ["2", "", ""],
      ["5", "UNODC", "Assistance delivered"],
    ]);
    const secretariatBefore = await db.recommendationView.count({ where: { userId: userIds.secretariat } });
    await callRoute(list.loader, { url: "/recommendations", cookie: cookies.secretariat });
    await callRoute(listCsv.loader, { url: "/recommendations.csv", cookie: cookies.secretariat });
    expect(await db.recommendationView.count({ where: { userId: userIds.secretariat } })).toBe(secretariatBefore);
  });

  it("records the recommendations a search shows (a page of every kind, and one kind's page), in the statement that reads them", async () => {
    const listed = await callRoute(list.loader, { url: "/recommendations", cookie: cookies.kenya });
    const reference = (listed.data as { rows: Array<{ reference: string }> }).rows[0].reference;
    // The rows a call adds, told apart by their ids (not by time: the clock's and the column's precision differ).
    const recordsOf = async (userId: string) =>
      db.recommendationView.findMany({ where: { userId }, select: { id: true, recommendationId: true, via: true } });
    const addedBy = async <T>(userId: string, call: () => Promise<T>) => {
      const before = new Set((await recordsOf(userId)).map((r) => r.id));
      const value = await call();
      const added = (await recordsOf(userId)).filter((r) => !before.has(r.id)).map((r) => `${r.recommendationId} ${r.via}`);
      return { value, added: added.sort() };
    };
    const shownBy = (data: unknown) =>
      (data as { groups: Array<{ kind: string; hits: Array<{ id: string }> }> }).groups
        .filter((g) => g.kind === "recommendations")
        .flatMap((g) => g.hits.map((h) => `${h.id} LIST`))
        .sort();
    for (const url of [`/search?q=${encodeURIComponent(reference)}`, `/search?q=${encodeURIComponent(reference)}&kind=recommendations`]) {
      const { value: page, added } = await addedBy(userIds.kenya!, () => callRoute(search.loader, { url, cookie: cookies.kenya }));
      expect(page.status).toBe(200);
      const shown = shownBy(page.data);
      expect(shown.length, url).toBeGreaterThan(0);
      expect(added, url).toEqual(shown);
    }
    const url = `/search?q=${encodeURIComponent(reference)}`;
    const { value: seen, added } = await addedBy(userIds.secretariat!, () =>
      callRoute(search.loader, { url, cookie: cookies.secretariat }),
    );
    expect(shownBy(seen.data).length).toBeGreaterThan(0);
    expect(added).toEqual([]);
  });

  it("tells an entity nothing of the consent: not on the page, not in the list data", async () => {
    const page = await callRoute(detail.loader, { url: `/recommendations/${sharedId}`, cookie: cookies.unodc, params: { id: sharedId } });
    const data = page.data as { recommendation: { consent: unknown; assessment: Record<string, unknown> } };
    expect(data.recommendation.consent).toBeNull();
    expect(Object.keys(data.recommendation.assessment).sort()).toEqual(["endDate", "id", "kind", "reference", "startDate", "state"]);
    expect(JSON.stringify(page.data)).not.toMatch(/UN_ENTITIES|NAMED|NOT_SHARED|consentScope|consentOrganizations|consentChangedAt/);
    const listed = await callRoute(list.loader, { url: "/recommendations", cookie: cookies.unodc });
    expect(JSON.stringify(listed.data)).not.toMatch(/consent|UN_ENTITIES|NAMED/);
    const forKenya = await callRoute(detail.loader, { url: `/recommendations/${namedId}`, cookie: cookies.kenya, params: { id: namedId } });
    expect(
      (forKenya.data as { recommendation: { consent: { effective: { scope: string } } } }).recommendation.consent.effective.scope,
    ).toBe("NAMED");
  });

  it("records every detail view by an outside reader, none by the assessment body or the secretariat, and shows it to the assessment body", async () => {
    const views = () => db.recommendationView.count({ where: { recommendationId: namedId } });
    const before = await views();
    const unwomen = await db.user.findUniqueOrThrow({ where: { email: "unwomen@demo.test" } });
    for (const cookie of [cookies.kenya, await sessionCookie(unwomen.id), cookies.kenya]) {
      expect((await callRoute(detail.loader, { url: `/recommendations/${namedId}`, cookie, params: { id: namedId } })).status).toBe(200);
    }
    expect(await views()).toBe(before + 3);
    for (const visitor of ["cted", "secretariat", "admin"] as const) {
      expect(
        (await callRoute(detail.loader, { url: `/recommendations/${namedId}`, cookie: cookies[visitor], params: { id: namedId } })).status,
      ).toBe(200);
    }
    // Refused readers leave no trace of reading (they read nothing).
    expect(
      (await callRoute(detail.loader, { url: `/recommendations/${namedId}`, cookie: cookies.unodc, params: { id: namedId } })).status,
    ).toBe(404);
    expect(await views()).toBe(before + 3);
    const latest = await db.recommendationView.findFirstOrThrow({ where: { recommendationId: namedId }, orderBy: { viewedAt: "desc" } });
    expect(latest.userId).toBe(userIds.kenya);

    const record = await callRoute(accessRecord.loader, {
      url: `/recommendations/access-record?recommendation=${namedId}`,
      cookie: cookies.cted,
    });
    const data = record.data as {
      total: number;
      rows: Array<{ user: { id: string } | null; organization: { acronym: string | null; iso3: string | null } }>;
    };
    expect(data.total).toBe(before + 3);
    const readers = data.rows.map((r) => r.organization.iso3 ?? r.organization.acronym);
    expect(readers.filter((r) => r === "KEN").length).toBeGreaterThanOrEqual(2);
    expect(readers).toContain("UN Women");
    expect(readers).not.toContain("CTED");
    expect(readers).not.toContain("UNOCT");
  });
});

describe("authoring", () => {
  const assessmentForm = (overrides: Record<string, string | string[]> = {}) => ({
    state: "PHL",
    kind: "VISIT",
    reference: "CTED/PHL/2026/V",
    startDate: "2026-10-05",
    endDate: "2026-10-09",
    consentScope: "UN_ENTITIES",
    consentOrganizationIds: [],
    ...overrides,
  });

  it("says what is wrong with an assessment and writes nothing", async () => {
    const before = await db.assessment.count();
    const outcome = await callRoute(newAssessment.action, {
      url: "/recommendations/assessments/new",
      cookie: cookies.cted,
      form: assessmentForm({ state: "XXX", endDate: "2026-10-01", consentScope: "NAMED" }),
    });
    expect(outcome.status).toBe(400);
    expect((outcome.data as { errors: Record<string, string> }).errors).toMatchObject({
      endDate: "projects.errors.endBeforeStart",
      consentOrganizationIds: "recommendations.errors.nameAnEntity",
    });
    const unknown = await callRoute(newAssessment.action, {
      url: "/recommendations/assessments/new",
      cookie: cookies.cted,
      form: assessmentForm({ state: "XXX" }),
    });
    expect((unknown.data as { errors: Record<string, string> }).errors.state).toBe("projects.errors.unknownCountry");
    const stateAsEntity = await callRoute(newAssessment.action, {
      url: "/recommendations/assessments/new",
      cookie: cookies.cted,
      form: assessmentForm({
        consentScope: "NAMED",
        consentOrganizationIds: [(await db.organization.findFirstOrThrow({ where: { iso3: "NOR" } })).id],
      }),
    });
    expect((stateAsEntity.data as { errors: Record<string, string> }).errors.consentOrganizationIds).toBe(
      "recommendations.errors.notAnEntity",
    );
    expect(await db.assessment.count()).toBe(before);
  });

  it("creates an assessment and a recommendation, dates and audits consent changes, and refuses a concurrent edit", async () => {
    const created = await callRoute(newAssessment.action, {
      url: "/recommendations/assessments/new",
      cookie: cookies.secretariat,
      form: assessmentForm(),
    });
    expect(created.status).toBe(302);
    const assessment = await db.assessment.findUniqueOrThrow({ where: { reference: "CTED/PHL/2026/V" } });
    expect(created.location).toBe(`/recommendations/assessments/${assessment.id}`);
    const duplicate = await callRoute(newAssessment.action, {
      url: "/recommendations/assessments/new",
      cookie: cookies.secretariat,
      form: assessmentForm(),
    });
    expect((duplicate.data as { errors: Record<string, string> }).errors.reference).toBe("recommendations.errors.referenceTaken");

    const added = await callRoute(newRecommendation.action, {
      url: `/recommendations/assessments/${assessment.id}/new`,
      cookie: cookies.cted,
      params: { id: assessment.id },
      form: {
        number: "",
        text: "Adopt a comprehensive counter-terrorism financing risk assessment.",
        thematic: "countering-terrorist-financing",
        pillar: "2",
        priority: "HIGH",
        status: "OPEN",
        consentScope: "",
        consentOrganizationIds: [],
      },
    });
    expect(added.status).toBe(302);
    const rec = await db.recommendation.findFirstOrThrow({ where: { assessmentId: assessment.id } });
    expect(rec.number).toBe(1);
    expect(
      (await callRoute(detail.loader, { url: `/recommendations/${rec.id}`, cookie: cookies.unodc, params: { id: rec.id } })).status,
    ).toBe(200);

    // The State withdraws its consent: two authors edit at once from the same version; the second is told.
    const edit = (scope: string) =>
      callRoute(editAssessment.action, {
        url: `/recommendations/assessments/${assessment.id}/edit`,
        cookie: cookies.cted,
        params: { id: assessment.id },
        form: { ...assessmentForm({ consentScope: scope }), version: String(assessment.version) },
      });
    expect((await edit("NOT_SHARED")).status).toBe(302);
    const second = await edit("UN_ENTITIES");
    expect(second.status).toBe(400);
    expect((second.data as { errors: Record<string, string>; current: { consentScope: string } }).errors.form).toBe("common.staleEdit");
    expect((second.data as { current: { consentScope: string } }).current.consentScope).toBe("NOT_SHARED");
    expect(
      (await callRoute(detail.loader, { url: `/recommendations/${rec.id}`, cookie: cookies.unodc, params: { id: rec.id } })).status,
    ).toBe(404);

    const changes = await db.consentChange.findMany({
      where: { assessmentId: assessment.id, recommendationId: null },
      orderBy: { changedAt: "asc" },
    });
    expect(changes.map((c) => c.scope)).toEqual(["UN_ENTITIES", "NOT_SHARED"]);
    expect(await db.auditEvent.count({ where: { action: "assessment.consentChanged", subjectId: assessment.id } })).toBe(2);
    const page = await callRoute(assessmentPage.loader, {
      url: `/recommendations/assessments/${assessment.id}`,
      cookie: cookies.cted,
      params: { id: assessment.id },
    });
    expect((page.data as { assessment: { consentChanges: unknown[] } }).assessment.consentChanges).toHaveLength(2);
  });

  it("refuses an empty recommendation with a message", async () => {
    const outcome = await callRoute(newRecommendation.action, {
      url: `/recommendations/assessments/${kenyaAssessmentId}/new`,
      cookie: cookies.cted,
      params: { id: kenyaAssessmentId },
      form: { text: "  ", priority: "URGENT" },
    });
    expect(outcome.status).toBe(400);
    expect((outcome.data as { errors: Record<string, string> }).errors).toMatchObject({
      text: "errors.requiredField",
      priority: "errors.chooseOption",
    });
  });
});

describe("the State view", () => {
  it("gives each assessment with its recommendations and their responses as the records hold them", async () => {
    const kenya = await actingAs(userIds.kenya!);
    const view = await readStateView(kenya, "KEN");
    // The same page read through Prisma's relations, with the selects of the assessment's own page: the oracle.
    const expected = await db.assessment.findMany({
      where: { state: { iso3: "KEN" } },
      orderBy: [{ startDate: "desc" }, { reference: "asc" }, { id: "asc" }],
      take: STATE_VIEW_PAGE_SIZE,
      select: { ...assessmentSummary, recommendations: { orderBy: { number: "asc" }, select: recommendationSummary } },
    });
    expect(expected.flatMap((a) => a.recommendations.flatMap((r) => r.responses)).length).toBeGreaterThan(1);
    expect(view.state).toEqual(expected[0].state);
    expect(view.total).toBe(await db.assessment.count({ where: { state: { iso3: "KEN" } } }));
    expect(view.assessments).toEqual(
      expected.map((a) => ({
        ...a,
        startDate: dayString(a.startDate),
        endDate: dayString(a.endDate),
        consentChangedAt: a.consentChangedAt.toISOString(),
      })),
    );
    // Not a Member State, or no such code: 404.
    await expect(readStateView(kenya, "ZZZ")).rejects.toMatchObject({ outcome: "notFound" });
  });

  it("shows a State's assessments a page at a time, latest first, and records as read only what a page shows", async () => {
    const norway = await db.organization.findFirstOrThrow({ where: { iso3: "NOR" } });
    const before = await db.assessment.count({ where: { stateId: norway.id } });
    for (let i = 1; i <= 7; i++)
      await db.assessment.create({
        data: {
          stateId: norway.id,
          kind: "DESK_REVIEW",
          reference: `CTED/NOR/20${30 + i}/PAGES`,
          startDate: new Date(`20${30 + i}-03-01`),
          endDate: new Date(`20${30 + i}-03-02`),
          recommendations: { create: { number: 1, text: `Page test ${i}`, priority: "HIGH" } },
        },
      });
    const total = before + 7;
    const readings = () => db.recommendationView.count({ where: { userId: userIds.norway!, via: "LIST" } });
    const read = async (url: string) => {
      const outcome = await callRoute(stateView.loader, { url, cookie: cookies.norway, params: { iso3: "NOR" } });
      expect(outcome.status, url).toBe(200);
      const data = outcome.data as { total: number; page: number; pageSize: number; list: unknown };
      return { ...data, assessments: drawnData<{ assessments: Array<{ reference: string }> }>(data.list).assessments };
    };
    const recorded = await readings();
    const first = await read("/recommendations/states/NOR");
    expect(first.total).toBe(total);
    expect(first.assessments.map((a) => a.reference)).toEqual([37, 36, 35, 34, 33].map((y) => `CTED/NOR/20${y}/PAGES`));
    expect(await readings()).toBe(recorded + 5);
    const second = await read("/recommendations/states/NOR?page=2");
    expect(second.page).toBe(2);
    expect(second.assessments.map((a) => a.reference).slice(0, 2)).toEqual(["CTED/NOR/2032/PAGES", "CTED/NOR/2031/PAGES"]);
    expect(second.assessments).toHaveLength(Math.min(first.pageSize, total - first.pageSize));
    // A page number that is not one falls back to the first page, never a 500.
    expect((await read("/recommendations/states/NOR?page=abc")).page).toBe(1);
    await db.assessment.deleteMany({ where: { reference: { endsWith: "/PAGES" } } });
  });
});
