// Filter combinations of the project list: every row returned satisfies every filter (checked against the
// project's own record), and no project that satisfies them is missing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import type { ActingUser } from "~/auth/guards.server";
import { ProjectFilters, type ProjectSelection } from "~/domain/projects/filter-values";
import { exportProjects, listProjects, PROJECTS_PAGE_SIZE } from "~/domain/projects/list.server";
import { seedActivitiesAndProjects } from "../../prisma/seed/activities-projects.ts";
import { actingAs, createUser, organizationByCode, seedReference } from "../support/fixtures";

let reader: ActingUser;
type Full = Awaited<ReturnType<typeof loadAll>>[number];

async function loadAll() {
  return db.project.findMany({
    include: {
      partners: true,
      pillars: true,
      regions: true,
      countries: { include: { country: true } },
      thematicAreas: { include: { thematicArea: true } },
      workingGroup: true,
    },
  });
}

/** The meaning of each filter, written independently of the SQL. */
function matches(p: Full, f: ProjectSelection): boolean {
  if (f.q && !`${p.title} ${p.code}`.toLowerCase().includes(f.q.toLowerCase())) return false;
  if (f.organization && p.leadOrganizationId !== f.organization) return false;
  if (f.partner && p.leadOrganizationId !== f.partner && !p.partners.some((x) => x.organizationId === f.partner)) return false;
  if (f.country && !p.countries.some((c) => c.country.iso3 === f.country)) return false;
  if (f.region === "GLOBAL" ? p.regions.length > 0 : f.region && !p.regions.some((r) => r.region === f.region)) return false;
  if (f.thematic && !p.thematicAreas.some((x) => x.thematicArea.slug === f.thematic)) return false;
  if (f.pillar && !p.pillars.some((x) => String(x.pillar) === f.pillar)) return false;
  if (f.group === "none" ? p.workingGroupId !== null : f.group && String(p.workingGroup?.number) !== f.group) return false;
  if (f.status === "UNDER_WAY" ? !["PLANNED", "ONGOING"].includes(p.status) : f.status && p.status !== f.status) return false;
  if (f.funding && p.fundingStatus !== f.funding) return false;
  if (f.appeal && p.inCurrentAppeal !== (f.appeal === "yes")) return false;
  return true;
}

beforeAll(async () => {
  await seedReference();
  await seedActivitiesAndProjects(db);
  reader = await actingAs((await createUser({ organization: "NOR" })).id);
});

describe("project filters", () => {
  it("return exactly the projects that satisfy every filter, in every combination tried", async () => {
    const all = await loadAll();
    const unodc = (await organizationByCode("UNODC")).id;
    const unoct = (await organizationByCode("UNOCT")).id;
    const combinations: ProjectSelection[] = [
      { country: "KEN" },
      { country: "NGA", status: "UNDER_WAY" },
      { region: "AFRICA", thematic: "pcve" },
      { region: "GLOBAL", pillar: "4" },
      { partner: unodc },
      { partner: unoct, region: "ASIA", funding: "PARTIALLY_FUNDED" },
      { organization: unodc, appeal: "yes" },
      { organization: unodc, appeal: "no" },
      { group: "none" },
      { group: "3", pillar: "2", status: "PLANNED" },
      { thematic: "gender", funding: "FULLY_FUNDED" },
      { q: "sahel" },
      { q: "unodc-", region: "AFRICA", status: "ONGOING" },
      { status: "CANCELLED" },
      { funding: "UNFUNDED", appeal: "yes" },
      { country: "IRQ", thematic: "prosecution-rehabilitation-reintegration", pillar: "1" },
    ];
    for (const selection of combinations) {
      const rows = await exportProjects(reader, ProjectFilters.parse(selection));
      const expected = all
        .filter((p) => matches(p, selection))
        .map((p) => p.code)
        .sort();
      expect(rows.map((r) => r.code).sort(), JSON.stringify(selection)).toEqual(expected);
    }
    // The combinations are not vacuous: most of them find something.
    const found = await Promise.all(combinations.map(async (s) => (await exportProjects(reader, ProjectFilters.parse(s))).length));
    expect(found.filter((n) => n > 0).length).toBeGreaterThanOrEqual(12);
  });

  it("paginates with totals of the whole selection, and treats a LIKE wildcard as text", async () => {
    const page1 = await listProjects(reader, ProjectFilters.parse({}));
    const page3 = await listProjects(reader, ProjectFilters.parse({ page: "3" }));
    expect(page1.rows).toHaveLength(PROJECTS_PAGE_SIZE);
    expect(page3.rows).toHaveLength(60 - 2 * PROJECTS_PAGE_SIZE);
    expect(page3.totals).toEqual(page1.totals);
    expect(new Set([...page1.rows, ...page3.rows].map((r) => r.id)).size).toBe(page1.rows.length + page3.rows.length);
    expect((await listProjects(reader, ProjectFilters.parse({ q: "%" }))).totals.projects).toBe(0);
  });

  it("sorts by funding gap, largest first", async () => {
    const { rows } = await listProjects(reader, ProjectFilters.parse({ sort: "gap" }));
    const gaps = rows.map((r) => r.gapUsd);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });
});
