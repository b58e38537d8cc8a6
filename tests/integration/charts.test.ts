// The world map of projects (issue 18): its figures are the list's (each country's projects, budget and gap equal
// the country view's totals), its classes follow the largest value, every Member State shape links to its country,
// the map stays under 300 KB, and a bad measure in the URL falls back to the default.
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { I18nextProvider } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { projectTotals } from "~/domain/projects/list.server";
import { UNDER_WAY } from "~/domain/projects/filter-values";
import { classBounds, classOf, MAP_PALETTE } from "~/domain/projects/map-values";
import { worldMap } from "~/domain/projects/world-map.server";
import { languageCookie, pageI18n } from "~/i18n/i18n.server";
import * as countries from "~/routes/_app.projects.countries._index";
import { countryShapes } from "~/domain/projects/world-shapes";
import * as mapSvg from "~/routes/_app.projects.countries.map[.svg]";
import * as followUpSvg from "~/routes/_app.recommendations.dashboard_.follow-up[.svg]";
import * as stateMapSvg from "~/routes/_app.recommendations.dashboard_.map[.svg]";
import * as projectTimelineSvg from "~/routes/_app.projects.$id_.timeline[.svg]";
import * as activitiesTimelineSvg from "~/routes/_app.activities.timeline[.svg]";
import { followUpBars } from "~/domain/recommendations/dashboard.server";
import * as projectsXlsx from "~/routes/_app.projects[.xlsx]";
import * as matrixXlsx from "~/routes/_app.projects.matrix[.xlsx]";
import * as matrixSvg from "~/routes/_app.projects.matrix[.svg]";
import { readSheet } from "read-excel-file/node";
import { selectionHref } from "~/domain/recommendations/filters";
import { WorldMapPicture } from "~/ui/projects/world-map";
// The page's router (Remix's own is built on it): the map's frame follows its links in the page.
import { MemoryRouter } from "react-router-dom";
import { actingAs, callRoute, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";

let readerId: string;
let secretariatId: string;
let timelineProjectId: string;

async function project(code: string, budgetUsd: number, fundsSecuredUsd: number, countryCodes: string[], status = "ONGOING") {
  const unodc = await organizationByCode("UNODC");
  const created = await db.project.create({
    data: {
      code,
      title: `Map project ${code}`,
      leadOrganizationId: unodc.id,
      startDate: new Date("2026-01-01"),
      endDate: new Date("2027-12-31"),
      budgetUsd,
      fundsSecuredUsd,
      fundingStatus: fundsSecuredUsd === 0 ? "UNFUNDED" : fundsSecuredUsd >= budgetUsd ? "FULLY_FUNDED" : "PARTIALLY_FUNDED",
      status: status as "ONGOING",
    },
  });
  for (const iso3 of countryCodes)
    await db.projectCountry.create({ data: { projectId: created.id, countryId: (await organizationByCode(iso3)).id } });
}

beforeAll(async () => {
  await seedReference();
  readerId = (await createUser({ organization: "KEN" })).id;
  await project("MAP-1", 1_000_000, 400_000, ["KEN", "NGA"]);
  await project("MAP-2", 3_000_000, 3_000_000, ["KEN"]);
  await project("MAP-3", 500_000, 0, ["IDN"]);
  await project("MAP-4", 9_000_000, 0, ["KEN"], "COMPLETED");
  secretariatId = (await createUser({ role: "SECRETARIAT", organization: "UNOCT" })).id;
  const unodc = await organizationByCode("UNODC");
  timelineProjectId = (await db.project.findUniqueOrThrow({ where: { code: "MAP-1" } })).id;
  for (const [title, start, end, status] of [
    ["Timeline workshop <one>", "2026-03-02", "2026-03-06", "COMPLETED"],
    ["Timeline training two", "2026-09-14", "2026-10-30", "PLANNED"],
  ] as const)
    await db.activity.create({
      data: {
        title,
        kind: "WORKSHOP",
        leadOrganizationId: unodc.id,
        pillar: 2,
        projectId: timelineProjectId,
        startDate: new Date(start),
        endDate: new Date(end),
        status,
      },
    });
  // A recommendation, so that the follow-up has at least one bar.
  const assessment = await db.assessment.create({
    data: {
      stateId: (await organizationByCode("KEN")).id,
      kind: "VISIT",
      reference: "CHART-1",
      startDate: new Date("2025-05-01"),
      endDate: new Date("2025-05-03"),
    },
  });
  await db.recommendation.create({
    data: { assessmentId: assessment.id, number: 1, text: "Chart recommendation", priority: "HIGH", status: "IN_PROGRESS" },
  });
});

describe("the world map of projects", () => {
  it("gives each Member State the figures of its country view, and shades by the chosen measure", async () => {
    const reader = await actingAs(readerId);
    for (const measure of ["projects", "budget", "gap"] as const) {
      const map = await worldMap(reader, measure, "en");
      const linked = map.countries.filter((c) => c.iso3);
      expect(linked.length).toBeGreaterThan(150);
      for (const iso3 of ["KEN", "NGA", "IDN", "BRA"]) {
        const shape = linked.find((c) => c.iso3 === iso3)!;
        const totals = await projectTotals({ country: iso3, status: UNDER_WAY });
        expect({ projects: shape.projects, budget: shape.budget, gap: shape.gap }, `${iso3} by ${measure}`).toEqual({
          projects: totals.projects,
          budget: totals.budgetUsd,
          gap: totals.gapUsd,
        });
        expect(shape.level, `${iso3} by ${measure}`).toBe(classOf(shape[measure], map.bounds));
      }
      const largest = Math.max(...linked.map((c) => c[measure]));
      expect(map.bounds.at(-1)).toBe(largest);
      expect(linked.find((c) => c[measure] === largest)?.level).toBe(MAP_PALETTE.length - 1);
    }
    // Kenya: two projects under way (the completed one does not count), budget 4m, gap 0.6m.
    const byProjects = await worldMap(reader, "projects", "en");
    expect(byProjects.countries.find((c) => c.iso3 === "KEN")).toMatchObject({ projects: 2, budget: 4_000_000, gap: 600_000, level: 4 });
    expect(byProjects.countries.find((c) => c.iso3 === "BRA")).toMatchObject({ projects: 0, level: null });
  });

  it("puts equal steps up to the largest value into five classes", () => {
    expect(classBounds(0)).toEqual([]);
    expect(classBounds(10)).toEqual([2, 4, 6, 8, 10]);
    expect(classOf(0, classBounds(10))).toBeNull();
    expect([1, 2, 3, 9, 10].map((v) => classOf(v, classBounds(10)))).toEqual([0, 0, 1, 4, 4]);
    // Small whole numbers: fewer classes, the largest still the darkest.
    expect(classBounds(2)).toEqual([1, 2]);
    expect([1, 2].map((v) => classOf(v, classBounds(2)))).toEqual([3, 4]);
  });

  it("renders every Member State as a link named with its figures, in under 300 KB, in the reader's language", async () => {
    const reader = await actingAs(readerId);
    for (const language of ["en", "ar"] as const) {
      const map = await worldMap(reader, "budget", language);
      const html = renderToStaticMarkup(
        createElement(
          I18nextProvider,
          { i18n: pageI18n(language) },
          createElement(
            MemoryRouter,
            null,
            createElement(WorldMapPicture, { map: { measure: map.measure, bounds: map.bounds, drawing: { data: map } } }),
          ),
        ),
      );
      expect(Buffer.byteLength(html)).toBeLessThan(300_000);
      console.log(`world map (${language}): ${Buffer.byteLength(html)} bytes of SVG and legend`);
      expect((html.match(/<a /g) ?? []).length).toBe(map.countries.filter((c) => c.iso3).length);
      if (language === "en") expect(html).toContain('href="/projects/countries/KEN"><title>Kenya: projects under way 2, budget US$4m');
      else expect(html).toContain('href="/projects/countries/KEN"><title>كينيا');
      expect(html).toContain('dir="ltr"');
    }
  });

  it("downloads as a standalone SVG file with its legend, in the reader's language, for signed-in readers only", async () => {
    const cookie = await sessionCookie(readerId);
    const file = await callRoute(mapSvg.loader, { url: "/projects/countries/map.svg?measure=gap", cookie });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(file.headers.get("content-disposition")).toContain('filename="world-map-gap.svg"');
    const text = file.data as string;
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text.includes("Kenya: projects under way 2, budget US$4m, funding gap US$600k")).toBe(true);
    expect(text).toContain(">None</text>");
    expect(Buffer.byteLength(text)).toBeLessThan(300_000);
    const anonymous = await callRoute(mapSvg.loader, { url: "/projects/countries/map.svg" });
    expect(anonymous.status).toBe(302);
  });

  it("is on the countries page, with a bad measure in the URL falling back to the number of projects", async () => {
    const cookie = await sessionCookie(readerId);
    const answer = await callRoute(countries.loader, { url: "/projects/countries?measure=nonsense", cookie });
    expect(answer.status).toBe(200);
    expect((answer.data as { map: { measure: string } }).map.measure).toBe("projects");
    // The table beside the map: the Member States with work under way, with the map's counts.
    type Listed = Array<{ iso3: string; projects: number; activities: number }>;
    const table = (answer.data as { countries: { count: number; drawing: { data: Listed } } }).countries;
    const listed = table.drawing.data;
    expect(table.count).toBe(listed.length);
    expect(listed.find((c) => c.iso3 === "KEN")).toMatchObject({ projects: 2, activities: 0 });
    expect(listed.find((c) => c.iso3 === "IDN")).toMatchObject({ projects: 1, activities: 0 });
    expect(listed.every((c) => c.projects + c.activities > 0)).toBe(true);
    const byGap = await callRoute(countries.loader, { url: "/projects/countries?measure=gap", cookie });
    expect((byGap.data as { map: { measure: string } }).map.measure).toBe("gap");
  });

  it("keeps the map's and the table's data out of a page loaded in full, which carries them drawn", async () => {
    const cookie = await sessionCookie(readerId);
    const drawings = new Map<number, unknown>();
    const answer = await callRoute(countries.loader, { url: "/projects/countries", cookie, drawings });
    const data = answer.data as { map: { measure: string; drawing: unknown }; countries: { count: number; drawing: unknown } };
    expect(data.map).toEqual({ measure: "projects", bounds: expect.any(Array), drawing: { inDocument: 0 } });
    expect(data.countries).toEqual({ count: expect.any(Number), drawing: { inDocument: 1 } });
    expect(JSON.stringify(data)).not.toContain("KEN");
    // The server draws the document from what it kept: the same figures a data request carries.
    const asData = (await callRoute(countries.loader, { url: "/projects/countries", cookie })).data as {
      map: { drawing: { data: unknown } };
      countries: { count: number; drawing: { data: unknown[] } };
    };
    expect(drawings.get(0)).toEqual(asData.map.drawing.data);
    expect(drawings.get(1)).toEqual(asData.countries.drawing.data);
    expect(data.countries.count).toBe(asData.countries.drawing.data.length);
  });

  it("sends the shapes' figures only: the browser draws the same paths from the shapes module, in the same order", async () => {
    const cookie = await sessionCookie(readerId);
    const answer = await callRoute(countries.loader, { url: "/projects/countries", cookie });
    const sent = (answer.data as { map: { drawing: { data: { countries: Array<Record<string, unknown>> } } } }).map.drawing.data.countries;
    expect(sent.length).toBe(countryShapes().length);
    expect(sent.some((c) => "d" in c)).toBe(false);
    expect(JSON.stringify(answer.data)).not.toMatch(/M-?\d*(\.\d)?,-?\d*(\.\d)?[Ll]/);
    // The i-th figures are the i-th shape's: Kenya's figures sit where the module draws Kenya.
    expect(sent.findIndex((c) => c.iso3 === "KEN")).toBe(countryShapes().findIndex((s) => s.iso3 === "KEN"));
  });
});

describe("the drawn charts as files to share", () => {
  it("draws the follow-up bars of what the reader may see, each segment the list's count and link, for dashboard readers only", async () => {
    const cookie = await sessionCookie(secretariatId);
    const { byRegion, byThematic } = await followUpBars(await actingAs(secretariatId));
    expect(byRegion.length).toBeGreaterThan(0);
    for (const [by, counts] of [
      ["region", byRegion],
      ["thematic", byThematic],
    ] as const) {
      const file = await callRoute(followUpSvg.loader, { url: `/recommendations/dashboard/follow-up.svg?by=${by}`, cookie });
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      expect(file.headers.get("content-disposition")).toContain(`filename="follow-up-${by}.svg"`);
      const text = file.data as string;
      expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
      // One linked segment per count, each to the list's own filter for its row and status.
      expect((text.match(/<a /g) ?? []).length).toBe(counts.filter((c) => c.count > 0).length);
      for (const c of counts) {
        const href = selectionHref("/recommendations", { [by]: c.key, status: c.status }).replaceAll("&", "&amp;");
        expect(text, `${by} ${c.key} ${c.status}`).toContain(`href="${href}"`);
        expect(text).toMatch(new RegExp(`aria-label="[^"]+: ${c.count}"`));
      }
      // Colours are attributes (the Content-Security-Policy allows no inline style).
      expect(text).not.toContain("style=");
    }
    const focalPoint = await callRoute(followUpSvg.loader, {
      url: "/recommendations/dashboard/follow-up.svg",
      cookie: await sessionCookie(readerId),
    });
    expect(focalPoint.status).toBe(403);
    expect((await callRoute(followUpSvg.loader, { url: "/recommendations/dashboard/follow-up.svg" })).status).toBe(302);
  });

  it("draws the map of unresolved recommendations by Member State for dashboard readers only", async () => {
    const cookie = await sessionCookie(secretariatId);
    const file = await callRoute(stateMapSvg.loader, { url: "/recommendations/dashboard/map.svg", cookie });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain('filename="unresolved-recommendations-map.svg"');
    const text = Buffer.from(file.data as string, "latin1").toString("utf8");
    expect(text).toContain('href="/recommendations?state=KEN&amp;status=UNRESOLVED"><title>Kenya: unresolved recommendations ');
    expect(text).toContain(">None</text>");
    expect(Buffer.byteLength(text)).toBeLessThan(300_000);
    expect(
      (await callRoute(stateMapSvg.loader, { url: "/recommendations/dashboard/map.svg", cookie: await sessionCookie(readerId) })).status,
    ).toBe(403);
  });

  it("draws a project's activities on a timeline, each bar a link named with its dates and status, in the reader's language", async () => {
    const cookie = await sessionCookie(readerId);
    const file = await callRoute(projectTimelineSvg.loader, {
      url: `/projects/${timelineProjectId}/timeline.svg`,
      params: { id: timelineProjectId },
      cookie,
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain('filename="timeline-MAP-1.svg"');
    const text = file.data as string;
    const activities = await db.activity.findMany({ where: { projectId: timelineProjectId }, orderBy: { startDate: "asc" } });
    expect((text.match(/<a /g) ?? []).length).toBe(activities.length);
    for (const a of activities) expect(text).toContain(`href="/activities/${a.id}"`);
    // Titles are escaped; dates and statuses are written out for the reader.
    expect(text).toContain("Timeline workshop &lt;one&gt;: 2 Mar 2026 to 6 Mar 2026, Completed");
    expect(text).toContain("Timeline training two: 14 Sept 2026 to 30 Oct 2026, Planned");
    expect(text.indexOf("Timeline workshop")).toBeLessThan(text.indexOf("Timeline training two"));
    expect(text).not.toContain("style=");

    const missing = "00000000-0000-4000-8000-000000000000";
    expect(
      (await callRoute(projectTimelineSvg.loader, { url: `/projects/${missing}/timeline.svg`, params: { id: missing }, cookie })).status,
    ).toBe(404);
    expect(
      (await callRoute(projectTimelineSvg.loader, { url: `/projects/x/timeline.svg`, params: { id: timelineProjectId } })).status,
    ).toBe(302);
  });

  it("draws the matrix heatmap with the page's figures, each cell a link to its projects", async () => {
    const cookie = await sessionCookie(readerId);
    const file = await callRoute(matrixSvg.loader, {
      url: "/projects/matrix.svg?rows=region&cols=pillar&country=KEN&shade=budget",
      cookie,
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain('filename="projects-matrix-region-by-pillar.svg"');
    const text = Buffer.from(file.data as string, "latin1").toString("utf8");
    // Kenya's projects (MAP-1, MAP-2 and the completed MAP-4), none with a pillar or a region: one cell.
    expect((text.match(/<a /g) ?? []).length).toBe(1);
    expect(text).toContain("3 projects US$13m · gap US$9.6m (Global and No pillar)");
    expect(text).toContain('href="/projects?country=KEN&amp;region=GLOBAL&amp;pillar=none"');
    expect(text).toContain(">US$13m</text>");
    expect(text).not.toContain("style=");
    expect((await callRoute(matrixSvg.loader, { url: "/projects/matrix.svg" })).status).toBe(302);
  });

  it("draws the activity list's page for the filters in force", async () => {
    const cookie = await sessionCookie(readerId);
    const file = await callRoute(activitiesTimelineSvg.loader, { url: "/activities/timeline.svg?project=MAP-1", cookie });
    expect(file.status).toBe(200);
    const text = file.data as string;
    expect((text.match(/<a /g) ?? []).length).toBe(2);
    const other = await callRoute(activitiesTimelineSvg.loader, { url: "/activities/timeline.svg?project=NO-SUCH", cookie });
    expect((other.data as string).match(/<a /g)).toBeNull();
  });
});

describe("the Excel exports", () => {
  it("writes the project list with the filters in force on its first row, numbers as numbers, in the reader's language", async () => {
    const cookie = await sessionCookie(readerId);
    const outcome = await callRoute(projectsXlsx.loader, { url: "/projects.xlsx?country=KEN&status=UNDER_WAY", cookie });
    expect(outcome.status).toBe(200);
    expect(outcome.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(outcome.headers.get("content-disposition")).toContain('filename="projects.xlsx"');
    const sheet = await readSheet(Buffer.from(outcome.data as string, "latin1"));
    expect(sheet[0][0]).toBe("Filters: Country: Kenya; Status: Under way (planned or ongoing)");
    const header = sheet[1] as string[];
    const rows = sheet.slice(2);
    const code = header.indexOf("Code");
    expect(rows.map((r) => r[code]).sort()).toEqual(["MAP-1", "MAP-2"]);
    const budget = header.indexOf("Budget (USD)");
    expect(budget).toBeGreaterThan(-1);
    expect(rows.find((r) => r[code] === "MAP-2")![budget]).toBe(3_000_000);

    // Without filters, the first row says so; in Arabic, the same table in Arabic.
    const arabic = await callRoute(projectsXlsx.loader, {
      url: "/projects.xlsx",
      cookie: `${cookie}; ${(await languageCookie.serialize("ar")).split(";")[0]}`,
    });
    const arabicSheet = await readSheet(Buffer.from(arabic.data as string, "latin1"));
    expect(String(arabicSheet[0][0])).toMatch(/^عوامل التصفية: لا شيء/);
    expect((await callRoute(projectsXlsx.loader, { url: "/projects.xlsx" })).status).toBe(302);
  });

  it("writes the matrix as its CSV does, with the filters", async () => {
    const cookie = await sessionCookie(readerId);
    const outcome = await callRoute(matrixXlsx.loader, { url: "/projects/matrix.xlsx?rows=region&cols=pillar&country=IDN", cookie });
    expect(outcome.status).toBe(200);
    expect(outcome.headers.get("content-disposition")).toContain('filename="projects-matrix-region-by-pillar.xlsx"');
    const sheet = await readSheet(Buffer.from(outcome.data as string, "latin1"));
    expect(sheet[0][0]).toBe("Filters: Country: Indonesia");
    const total = sheet.find((row) => row[0] === "Total" && row[1] === "Total")!;
    expect(total.slice(2)).toEqual([1, 500_000, 500_000]);
  });
});
