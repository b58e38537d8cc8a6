// Every project route for every kind of visitor, then the writes through the routes: validation messages,
// edit rights of the lead organization's focal points, concurrent edits, the audit trail, CSV round trips.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as list from "~/routes/_app.projects._index";
import * as matrixRoute from "~/routes/_app.projects.matrix";
import * as listCsv from "~/routes/_app.projects[.csv]";
import * as matrixCsv from "~/routes/_app.projects.matrix[.csv]";
import * as newProject from "~/routes/_app.projects.new";
import * as projectPage from "~/routes/_app.projects.$id";
import * as editProject from "~/routes/_app.projects.$id_.edit";
import * as countries from "~/routes/_app.projects.countries._index";
import * as countryPage from "~/routes/_app.projects.countries.$iso3";
import * as thematicAreas from "~/routes/_app.projects.thematic-areas";
import * as referenceLists from "~/routes/reference-lists.$language.$digest";
import { MatrixQuery } from "~/domain/projects/filter-values";
import { languageCookie } from "~/i18n/i18n.server";
import type { LocalizedNames } from "~/names";
import { cellKey, projectMatrix } from "~/domain/projects/matrix.server";
import { walkAuthorizationTable, type RouteCase } from "../support/authorization";
import { callRoute, createUser, drawnData, organizationByCode, seedReference, sessionCookie, actingAs } from "../support/fixtures";

type Visitor = "anonymous" | "memberState" | "unodc" | "unwomen" | "secretariat" | "admin";
const cookies: Record<Visitor, string | undefined> = {
  anonymous: undefined,
  memberState: "",
  unodc: "",
  unwomen: "",
  secretariat: "",
  admin: "",
};
let secretariatId: string;
let unodcUserId: string;
let unodcId: string;
let unwomenId: string;
let projectId: string;
let usedAreaId: string;

/** A valid project form; tests change what they need. */
function projectForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    code: "UNODC-TEST-01",
    title: "Criminal justice responses in the Sahel",
    summary: "A **test** project.",
    leadOrganizationId: unodcId,
    partnerIds: [unwomenId],
    pillars: ["2", "4"],
    thematicAreas: ["criminal-justice", "human-rights"],
    countries: ["NER", "MLI"],
    regions: [],
    startDate: "2026-01-01",
    endDate: "2028-12-31",
    budgetUsd: "4,500,000",
    fundsSecuredUsd: "1,250,000",
    inCurrentAppeal: "on",
    workingGroup: "4",
    status: "ONGOING",
    ...overrides,
  };
}

/** Creates a project through the form's action as the visitor of `cookie`; gives its id. */
async function createProject(cookie: string | undefined, overrides: Record<string, string | string[]> = {}): Promise<string> {
  const created = await callRoute(newProject.action, { url: "/projects/new", cookie, form: projectForm(overrides) });
  expect(created.status).toBe(302);
  return created.location!.split("/").pop()!;
}

beforeAll(async () => {
  await seedReference();
  unodcId = (await organizationByCode("UNODC")).id;
  unwomenId = (await organizationByCode("UN Women")).id;
  cookies.memberState = await sessionCookie((await createUser({ organization: "KEN" })).id);
  unodcUserId = (await createUser({ organization: "UNODC" })).id;
  cookies.unodc = await sessionCookie(unodcUserId);
  cookies.unwomen = await sessionCookie((await createUser({ organization: "UN Women" })).id);
  secretariatId = (await createUser({ role: "SECRETARIAT", organization: "UNOCT" })).id;
  cookies.secretariat = await sessionCookie(secretariatId);
  cookies.admin = await sessionCookie((await createUser({ role: "ADMIN", organization: "UNOCT" })).id);
  projectId = await createProject(cookies.unodc);
  usedAreaId = (await db.thematicArea.findUniqueOrThrow({ where: { slug: "criminal-justice" } })).id;
});

type Case = RouteCase<Visitor>;
const readers = { anonymous: 302, memberState: 200, unodc: 200, unwomen: 200, secretariat: 200, admin: 200 };
const cases: Case[] = [
  { name: "list", fn: () => list.loader, url: "/projects", expect: readers },
  { name: "matrix", fn: () => matrixRoute.loader, url: "/projects/matrix", expect: readers },
  { name: "list CSV", fn: () => listCsv.loader, url: "/projects.csv", expect: readers },
  { name: "matrix CSV", fn: () => matrixCsv.loader, url: "/projects/matrix.csv", expect: readers },
  { name: "project page", fn: () => projectPage.loader, url: "/projects/x", params: () => ({ id: projectId }), expect: readers },
  {
    name: "missing project",
    fn: () => projectPage.loader,
    url: "/projects/x",
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    expect: { ...readers, memberState: 404, unodc: 404, unwomen: 404, secretariat: 404, admin: 404 },
  },
  { name: "countries", fn: () => countries.loader, url: "/projects/countries", expect: readers },
  { name: "country view", fn: () => countryPage.loader, url: "/projects/countries/NER", params: () => ({ iso3: "NER" }), expect: readers },
  {
    name: "unknown country",
    fn: () => countryPage.loader,
    url: "/projects/countries/XXX",
    params: () => ({ iso3: "XXX" }),
    expect: { ...readers, memberState: 404, unodc: 404, unwomen: 404, secretariat: 404, admin: 404 },
  },
  {
    name: "new project form",
    fn: () => newProject.loader,
    url: "/projects/new",
    expect: { anonymous: 302, memberState: 403, unodc: 200, unwomen: 200, secretariat: 200, admin: 200 },
  },
  {
    name: "new project action (empty)",
    fn: () => newProject.action,
    url: "/projects/new",
    form: () => ({ title: "" }),
    expect: { anonymous: 302, memberState: 403, unodc: 400, unwomen: 400, secretariat: 400, admin: 400 },
  },
  {
    name: "edit form",
    fn: () => editProject.loader,
    url: "/projects/x/edit",
    params: () => ({ id: projectId }),
    expect: { anonymous: 302, memberState: 403, unodc: 200, unwomen: 403, secretariat: 200, admin: 200 },
  },
  {
    name: "edit action (empty)",
    fn: () => editProject.action,
    url: "/projects/x/edit",
    params: () => ({ id: projectId }),
    form: () => ({ version: "1", title: "" }),
    expect: { anonymous: 302, memberState: 403, unodc: 400, unwomen: 403, secretariat: 400, admin: 400 },
  },
  {
    name: "thematic areas",
    fn: () => thematicAreas.loader,
    url: "/projects/thematic-areas",
    expect: { anonymous: 302, memberState: 403, unodc: 403, unwomen: 403, secretariat: 200, admin: 200 },
  },
  {
    name: "thematic areas action",
    fn: () => thematicAreas.action,
    url: "/projects/thematic-areas",
    form: () => ({ intent: "create", name: "" }),
    expect: { anonymous: 302, memberState: 403, unodc: 403, unwomen: 403, secretariat: 400, admin: 400 },
  },
  {
    name: "reference lists (of another version: the current ones are given)",
    fn: () => referenceLists.loader,
    url: "/reference-lists/en/x",
    params: () => ({ language: "en", digest: "x" }),
    expect: readers,
  },
  {
    name: "reference lists at an address far longer than a digest",
    fn: () => referenceLists.loader,
    url: "/reference-lists/en/x",
    params: () => ({ language: "en", digest: "x".repeat(201) }),
    expect: { ...readers, memberState: 404, unodc: 404, unwomen: 404, secretariat: 404, admin: 404 },
  },
  {
    name: "reference lists in a language the platform does not offer",
    fn: () => referenceLists.loader,
    url: "/reference-lists/xx/x",
    params: () => ({ language: "xx", digest: "x" }),
    expect: { ...readers, memberState: 404, unodc: 404, unwomen: 404, secretariat: 404, admin: 404 },
  },
];

walkAuthorizationTable("who may use which project page", cookies, cases);

describe("writing projects", () => {
  it("stored the project exactly, with derived regions and funding status, and audited it", async () => {
    const project = await db.project.findUniqueOrThrow({
      where: { id: projectId },
      include: { regions: true, countries: true, partners: true, pillars: true },
    });
    expect(project).toMatchObject({
      code: "UNODC-TEST-01",
      budgetUsd: 4_500_000,
      fundsSecuredUsd: 1_250_000,
      fundingStatus: "PARTIALLY_FUNDED",
      inCurrentAppeal: true,
      status: "ONGOING",
      version: 1,
    });
    expect(project.regions.map((r) => r.region)).toEqual(["AFRICA"]);
    expect(project.countries).toHaveLength(2);
    expect(project.pillars.map((p) => p.pillar).sort()).toEqual([2, 4]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { subjectId: projectId, action: "project.created" } });
    expect(audit.actorId).toBe(unodcUserId);
    expect(audit.after).toMatchObject({ code: "UNODC-TEST-01", countries: expect.arrayContaining(["MLI", "NER"]), budgetUsd: "4500000" });
  });

  it("explains bad input beside the field with a 400 and writes nothing", async () => {
    const before = await db.project.count();
    const cases: Array<[Record<string, string | string[]>, string, string]> = [
      [{ endDate: "2025-12-31" }, "endDate", "projects.errors.endBeforeStart"],
      [{ fundsSecuredUsd: "5,000,000" }, "fundsSecuredUsd", "projects.errors.securedAboveBudget"],
      [{ countries: ["NER", "ZZZ"] }, "countries", "projects.errors.unknownCountry"],
      [{ countries: ["NER", "1X"] }, "countries.1", "projects.errors.unknownCountry"],
      [{ budgetUsd: "4.5 million" }, "budgetUsd", "projects.errors.invalidAmount"],
      [{ budgetUsd: "3000000000" }, "budgetUsd", "projects.errors.amountTooLarge"],
      [{ pillars: [] }, "pillars", "projects.errors.pillarRequired"],
      [{ countries: [], regions: [] }, "countries", "projects.errors.placeRequired"],
      [{ isGlobal: "on" }, "countries", "projects.errors.globalWithPlaces"],
      [{ startDate: "2026-02-30" }, "startDate", "projects.errors.invalidDate"],
      [{ code: "UNODC-TEST-01" }, "code", "projects.errors.codeTaken"],
      [{ leadOrganizationId: (await organizationByCode("KEN")).id }, "leadOrganizationId", "projects.errors.leadMustBeEntity"],
      [{ thematicAreas: ["no-such-area"] }, "thematicAreas", "errors.chooseOption"],
    ];
    for (const [change, field, message] of cases) {
      const outcome = await callRoute(newProject.action, {
        url: "/projects/new",
        cookie: cookies.secretariat,
        form: projectForm({ code: "NEW-CODE", ...change }),
      });
      expect(outcome.status, JSON.stringify(change)).toBe(400);
      expect((outcome.data as { errors: Record<string, string> }).errors[field], JSON.stringify(change)).toBe(message);
      expect((outcome.data as { formValues: Record<string, unknown> }).formValues.title).toBe("Criminal justice responses in the Sahel");
    }
    expect(await db.project.count()).toBe(before);
  });

  it("lets a focal point record projects only for their own organization", async () => {
    const outcome = await callRoute(newProject.action, {
      url: "/projects/new",
      cookie: cookies.unwomen,
      form: projectForm({ code: "UNW-NOT-MINE" }),
    });
    expect(outcome.status).toBe(400);
    expect((outcome.data as { errors: Record<string, string> }).errors.leadOrganizationId).toBe("projects.errors.notYourOrganization");
    expect(await db.project.findUnique({ where: { code: "UNW-NOT-MINE" } })).toBeNull();
  });

  it("refuses another entity's focal point, and lets the lead's focal point and the secretariat edit", async () => {
    const refused = await callRoute(editProject.action, {
      url: "/projects/x/edit",
      cookie: cookies.unwomen,
      params: { id: projectId },
      form: { ...projectForm({ title: "Hijacked" }), version: "1" },
    });
    expect(refused.status).toBe(403);
    const own = await callRoute(editProject.action, {
      url: "/projects/x/edit",
      cookie: cookies.unodc,
      params: { id: projectId },
      form: { ...projectForm({ fundsSecuredUsd: "4500000" }), version: "1" },
    });
    expect(own.status).toBe(302);
    expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).fundingStatus).toBe("FULLY_FUNDED");
    const bySecretariat = await callRoute(editProject.action, {
      url: "/projects/x/edit",
      cookie: cookies.secretariat,
      params: { id: projectId },
      form: { ...projectForm({ countries: ["KEN"], regions: ["ASIA"] }), version: "2" },
    });
    expect(bySecretariat.status).toBe(302);
    const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, include: { regions: true } });
    expect(project).toMatchObject({ title: "Criminal justice responses in the Sahel", fundingStatus: "PARTIALLY_FUNDED", version: 3 });
    expect(project.regions.map((r) => r.region).sort()).toEqual(["AFRICA", "ASIA"]);
    expect(await db.auditEvent.count({ where: { subjectId: projectId, action: "project.updated" } })).toBe(2);
  });

  it("refuses an edit based on a stale version and shows the newer one", async () => {
    const current = await db.project.findUniqueOrThrow({ where: { id: projectId } });
    const stale = await callRoute(editProject.action, {
      url: "/projects/x/edit",
      cookie: cookies.unodc,
      params: { id: projectId },
      form: { ...projectForm({ title: "Old tab" }), version: String(current.version - 1) },
    });
    expect(stale.status).toBe(400);
    expect(stale.data).toMatchObject({ errors: { form: "common.staleEdit" }, current: { version: current.version, countries: ["KEN"] } });
    expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).title).toBe(current.title);
  });

  it("keeps the database rules even for a writer that skips the domain", async () => {
    await expect(db.project.update({ where: { id: projectId }, data: { fundsSecuredUsd: 9_000_000 } })).rejects.toThrow();
    await expect(db.project.update({ where: { id: projectId }, data: { endDate: new Date("2020-01-01") } })).rejects.toThrow();
  });
});

describe("CSV exports", () => {
  it("round-trips the list through a CSV parser with Unicode names intact", async () => {
    const title = 'Prévention « intégrée », 反恐 "pilot", Côte d’Ivoire';
    await createProject(cookies.secretariat, { code: "CSV-1", title, countries: ["CIV", "CHN"], partnerIds: [] });
    const english = await callRoute(listCsv.loader, { url: "/projects.csv?q=CSV-1", cookie: cookies.secretariat });
    expect(english.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const records = parse(english.data as string, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      Code: "CSV-1",
      Title: title,
      "Lead organization": "UNODC",
      "Beneficiary countries": "China; Côte d'Ivoire",
      "Budget (USD)": "4500000",
      "Funding gap (USD)": "3250000",
      "Funding status": "Partially funded",
    });

    const chinese = await callRoute(listCsv.loader, {
      url: "/projects.csv?q=CSV-1",
      cookie: `${cookies.secretariat}; ${(await languageCookie.serialize("zh")).split(";")[0]}`,
    });
    const zh = parse(chinese.data as string, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(zh[0]).toMatchObject({ 编号: "CSV-1", 标题: title, 受益国: expect.stringContaining("中国"), 资金状况: "部分到位" });
  });

  it("sends the reference lists in the reader's language only, once: a page carries their address, not the lists", async () => {
    const french = `${cookies.secretariat}; ${(await languageCookie.serialize("fr")).split(";")[0]}`;
    type Named = Required<LocalizedNames>;
    const handles = new Set<string>();
    for (const [route, url] of [
      [matrixRoute.loader, "/projects/matrix"],
      [list.loader, "/projects"],
      [countryPage.loader, "/projects/countries/NER"],
    ] as const) {
      const page = await callRoute(route, { url, cookie: french, params: { iso3: "NER" } });
      const handle = (page.data as { reference: string }).reference;
      expect(handle, `${url}: the lists' address, in French`).toMatch(/^fr\/[\w-]{22}$/);
      expect(JSON.stringify(page.data), `${url}: no organization's name in the page's data`).not.toContain("Allemagne");
      handles.add(handle);
      const [language, digest] = handle.split("/");
      const fetched = await callRoute(referenceLists.loader, {
        url: `/reference-lists/${handle}`,
        cookie: french,
        params: { language, digest },
      });
      expect(fetched.status).toBe(200);
      expect(fetched.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      const reference = JSON.parse(Buffer.from(fetched.data as string, "latin1").toString("utf8")) as {
        organizations: Named[];
        groups: Named[];
        thematicAreas: Named[];
      };
      const kenya = reference.organizations.find((o) => o.name === "Kenya");
      expect(kenya, `${url}: Kenya is named in French, as in English`).toBeTruthy();
      expect(reference.organizations.map((o) => o.name)).toContain("Allemagne");
      expect(reference.organizations.map((o) => o.name)).not.toContain("Germany");
      for (const record of [...reference.organizations, ...reference.groups, ...reference.thematicAreas])
        expect(
          [record.nameZh, record.nameAr, record.nameFr, record.nameRu, record.nameEs].filter(
            (other) => other !== null && other !== undefined,
          ),
          `${url}: ${record.name}`,
        ).toEqual([]);
    }
    expect(handles.size, "every page names the same lists").toBe(1);
    // The countries page sends the same address for its picker's Member States, not the States themselves.
    const countriesData = (await callRoute(countries.loader, { url: "/projects/countries", cookie: french })).data as Record<
      string,
      unknown
    >;
    expect(countriesData.reference).toBe([...handles][0]);
    expect(Object.keys(countriesData).sort()).toEqual(["canManageThematicAreas", "countries", "map", "reference"]);
  });

  it("round-trips the matrix: every line equals the matrix the page shows", async () => {
    const outcome = await callRoute(matrixCsv.loader, { url: "/projects/matrix.csv?rows=pillar&cols=region", cookie: cookies.secretariat });
    const lines = parse(outcome.data as string, { bom: true, from_line: 2 }) as string[][];
    const matrix = await projectMatrix(await actingAs(secretariatId), MatrixQuery.parse({ rows: "pillar", cols: "region" }));
    const rowLabel = (k: string) => `Pillar ${k}`;
    const colLabel: Record<string, string> = {
      AFRICA: "Africa",
      ASIA: "Asia",
      GLOBAL: "Global",
      AMERICAS: "Americas",
      EUROPE: "Europe",
      OCEANIA: "Oceania",
    };
    const expected: string[][] = [];
    for (const r of matrix.rowKeys)
      for (const c of matrix.colKeys)
        if (matrix.cells[cellKey(r, c)])
          expected.push([rowLabel(r), colLabel[c], ...Object.values(matrix.cells[cellKey(r, c)]).map(String)]);
    for (const r of matrix.rowKeys) expected.push([rowLabel(r), "Total", ...Object.values(matrix.rowTotals[r]).map(String)]);
    for (const c of matrix.colKeys) expected.push(["Total", colLabel[c], ...Object.values(matrix.colTotals[c]).map(String)]);
    expected.push(["Total", "Total", ...Object.values(matrix.total).map(String)]);
    expect(lines.sort()).toEqual(expected.sort());
  });
});

describe("the list pages' tables", () => {
  it("are kept out of a page loaded in full, which carries them drawn, keyed by the reference lists that label them", async () => {
    const title = "Drawn tables: prosecution support in Niger";
    const shown = await createProject(cookies.unodc, { code: "UNODC-DRAWN-01", title, countries: ["NER"], status: "ONGOING" });
    for (const [route, url, tables] of [
      [list.loader, "/projects", ["table"]],
      [countryPage.loader, "/projects/countries/NER", ["projectTable", "activityTable"]],
    ] as const) {
      const drawings = new Map<number, unknown>();
      const full = (await callRoute(route, { url, cookie: cookies.unodc, params: { iso3: "NER" }, drawings })).data as Record<
        string,
        unknown
      >;
      tables.forEach((name, number) => expect(full[name], `${url}: ${name}`).toEqual({ inDocument: number }));
      expect(JSON.stringify(full), `${url}: no project's title in the page's data`).not.toContain(title);
      // The document is drawn from what the server kept: the rows a data request carries, and the lists' address,
      // so that the markup kept for other lists (a renamed organization) is not the one shown.
      const asData = (await callRoute(route, { url, cookie: cookies.unodc, params: { iso3: "NER" } })).data as Record<string, unknown>;
      expect(asData.reference).toBe(full.reference);
      tables.forEach((name, number) => {
        const drawn = drawnData<{ rows: Array<{ id: string }>; reference: string }>(asData[name]);
        expect(drawings.get(number), `${url}: ${name}`).toEqual(drawn);
        expect(drawn.reference).toBe(full.reference);
      });
      const projects = drawnData<{ rows: Array<{ id: string }> }>(asData[tables[0]]).rows;
      expect(
        projects.map((p) => p.id),
        `${url}: the project is in the table`,
      ).toContain(shown);
    }
  });
});

describe("the country view", () => {
  it("names the State as the organizations name it now, and answers 404 for a code that is not a Member State's", async () => {
    const view = async (iso3: string) =>
      callRoute(countryPage.loader, { url: `/projects/countries/${iso3}`, cookie: cookies.unodc, params: { iso3 } });
    const niger = await db.organization.findFirstOrThrow({ where: { iso3: "NER" } });
    const before = await view("NER");
    expect((before.data as { overview: { country: { id: string; name: string } } }).overview.country).toMatchObject({
      id: niger.id,
      name: niger.name,
    });
    // The State's names come from the reference lists, kept while the organizations are unchanged: a rename is seen at once.
    await db.organization.update({ where: { id: niger.id }, data: { name: "Niger (renamed)" } });
    try {
      const after = await view("NER");
      expect((after.data as { overview: { country: { name: string } } }).overview.country.name).toBe("Niger (renamed)");
    } finally {
      await db.organization.update({ where: { id: niger.id }, data: { name: niger.name } });
    }
    // An organization with a code that is not a Member State's, or no organization at all.
    const observer = await db.organization.create({ data: { kind: "COMPACT_OBSERVER", name: "Coded observer", iso3: "QQQ" } });
    try {
      expect((await view("QQQ")).status).toBe(404);
    } finally {
      await db.organization.delete({ where: { id: observer.id } });
    }
    expect((await view("XXX")).status).toBe(404);
  });
});

describe("thematic areas", () => {
  it("adds, renames with a version check, and deletes only unused areas, after confirmation", async () => {
    const added = await callRoute(thematicAreas.action, {
      url: "/projects/thematic-areas",
      cookie: cookies.secretariat,
      form: {
        intent: "create",
        name: "Terrorism and organized crime",
        nameZh: "恐怖主义与有组织犯罪",
        nameAr: "الإرهاب والجريمة المنظمة",
        nameFr: "Terrorisme et criminalité organisée",
        nameRu: "Терроризм и организованная преступность",
        nameEs: "Terrorismo y delincuencia organizada",
        position: "150",
      },
    });
    expect(added.status).toBe(302);
    const area = await db.thematicArea.findUniqueOrThrow({ where: { slug: "terrorism-and-organized-crime" } });
    expect([area.nameAr, area.nameFr, area.nameRu, area.nameEs]).toEqual([
      "الإرهاب والجريمة المنظمة",
      "Terrorisme et criminalité organisée",
      "Терроризм и организованная преступность",
      "Terrorismo y delincuencia organizada",
    ]);
    const duplicate = await callRoute(thematicAreas.action, {
      url: "/projects/thematic-areas",
      cookie: cookies.secretariat,
      form: { intent: "create", name: "Terrorism and organized crime", position: "160" },
    });
    expect(duplicate.data).toMatchObject({ errors: { slug: "projects.thematic.slugTaken" } });
    const renamed = await callRoute(thematicAreas.action, {
      url: "/projects/thematic-areas",
      cookie: cookies.secretariat,
      form: { intent: "update", id: area.id, version: "1", name: "Links between terrorism and organized crime", position: "150" },
    });
    expect(renamed.status).toBe(302);
    const stale = await callRoute(thematicAreas.action, {
      url: "/projects/thematic-areas",
      cookie: cookies.secretariat,
      form: { intent: "update", id: area.id, version: "1", name: "Stale", position: "150" },
    });
    expect(stale.data).toMatchObject({ errors: { form: "common.staleEdit" } });
    const inUse = await callRoute(thematicAreas.action, {
      url: "/projects/thematic-areas",
      cookie: cookies.secretariat,
      form: { intent: "delete", id: usedAreaId, version: "1", confirmed: "yes" },
    });
    expect(inUse.status).toBe(400);
    const asks = await callRoute(thematicAreas.action, {
      url: "/projects/thematic-areas",
      cookie: cookies.secretariat,
      form: { intent: "delete", id: area.id, version: "2" },
    });
    expect(asks.data).toMatchObject({ confirm: "delete" });
    expect(await db.thematicArea.findUnique({ where: { id: area.id } })).not.toBeNull();
    const deleted = await callRoute(thematicAreas.action, {
      url: "/projects/thematic-areas",
      cookie: cookies.secretariat,
      form: { intent: "delete", id: area.id, version: "2", confirmed: "yes" },
    });
    expect(deleted.status).toBe(302);
    expect(await db.thematicArea.findUnique({ where: { id: area.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { subjectId: area.id, action: { startsWith: "thematicArea." } } })).toBe(3);
  });
});
