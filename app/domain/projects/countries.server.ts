// The country view: everything under way (planned or ongoing) in one Member State — the projects that
// name it as a beneficiary, its activities, and how much regional and global work also reaches it.
import { figuresFor } from "~/data-versions.server";
import { Prisma, readRows } from "~/db.server";
import { localName, type LocalizedNames } from "~/names";
import { localNameColumns, localNameOrder } from "~/names.server";
import { canReadActivitiesAndProjects } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { activityRows, countActivities } from "../activities/list.server";
import { GLOBAL, UNDER_WAY, type ProjectSelection } from "./filter-values";
import { projectRows, projectTotals, PROJECTS_PAGE_SIZE } from "./list.server";
import { workReference, workReferenceHandle } from "./reference-lists.server";
import { worldMap } from "./world-map.server";
import type { MapMeasure } from "./map-values";

export const COUNTRY_ACTIVITIES_SHOWN = 25;

export async function countryOverview(actor: ActingUser, iso3: string, page: number, language = "en") {
  ensure(canReadActivitiesAndProjects(actor));
  // From the reference lists this page labels with anyway (kept while the organizations are unchanged): no statement.
  const code = iso3.toUpperCase();
  const state = (await workReference()).organizations.find((o) => o.iso3 === code && o.kind === "MEMBER_STATE");
  if (!state?.iso3) notFound();
  const { acronym: _acronym, ...country } = state;
  const selection: ProjectSelection = { country: state.iso3, status: UNDER_WAY };
  const regional: ProjectSelection = { region: country.region ?? GLOBAL, status: UNDER_WAY };
  const activitiesUnderWay = [
    Prisma.sql`a.status IN ('PLANNED', 'ONGOING')`,
    Prisma.sql`EXISTS (SELECT 1 FROM activity_country x WHERE x.activity_id = a.id AND x.country_id = ${country.id}::uuid)`,
  ];
  const [rows, totals, regionalTotals, globalTotals, activityCount, activities] = await Promise.all([
    projectRows(selection, "start", { limit: PROJECTS_PAGE_SIZE, offset: (page - 1) * PROJECTS_PAGE_SIZE }, language),
    projectTotals(selection),
    projectTotals(regional),
    projectTotals({ region: GLOBAL, status: UNDER_WAY }),
    countActivities(activitiesUnderWay),
    activityRows(activitiesUnderWay, "oldest", COUNTRY_ACTIVITIES_SHOWN, 0, undefined, language),
  ]);
  return {
    country,
    selection,
    regionalSelection: regional,
    rows,
    totals,
    regionalTotals,
    globalTotals,
    activityCount,
    activities,
    page,
    pageSize: PROJECTS_PAGE_SIZE,
  };
}

/** Member States with work under way, with how many projects and activities name them, in the alphabetical
 * order of `language` (the reader's). Counted once per table and grouped (a count per country as a subquery read
 * every activity under way 193 times: 2.3 s at the scale data). */
export async function countriesWithWork(actor: ActingUser, language: string) {
  ensure(canReadActivitiesAndProjects(actor));
  // The same for every reader: kept while the projects and activities (and the organizations) are unchanged.
  return figuresFor(["projects", "activities"], `countries:${language}`, () => countriesWithWorkIn(language));
}

/** Each State named in `language` only (the page sends the list to the browser). */
async function countriesWithWorkIn(language: string) {
  const rows = await readRows<
    Required<LocalizedNames> & { iso3: string; region: string | null; projects: number; activities: number }
  >(Prisma.sql`
    WITH projects AS (
      SELECT x.country_id, count(*)::int AS n FROM project_country x JOIN project p ON p.id = x.project_id
      WHERE p.status IN ('PLANNED', 'ONGOING') GROUP BY x.country_id
    ), activities AS (
      SELECT x.country_id, count(*)::int AS n FROM activity_country x JOIN activity a ON a.id = x.activity_id
      WHERE a.status IN ('PLANNED', 'ONGOING') GROUP BY x.country_id
    )
    SELECT o.iso3, ${localNameColumns("o")}, o.region::text AS region, coalesce(p.n, 0) AS projects, coalesce(a.n, 0) AS activities
    FROM organization o
    LEFT JOIN projects p ON p.country_id = o.id
    LEFT JOIN activities a ON a.country_id = o.id
    WHERE o.kind = 'MEMBER_STATE' AND coalesce(p.n, 0) + coalesce(a.n, 0) > 0
    ORDER BY ${localNameOrder("o", language)}, o.iso3
  `);
  return rows.map((r) => ({
    iso3: r.iso3,
    name: localName(r, language),
    region: r.region,
    projects: r.projects,
    activities: r.activities,
  }));
}

/** A country's page: what is under way there, and the handle of the reference lists that label it. */
export async function countryPage(actor: ActingUser, iso3: string, page: number, language: string) {
  const [overview, reference] = await Promise.all([countryOverview(actor, iso3, page, language), workReferenceHandle(language)]);
  return { overview, reference };
}

/**
 * The countries page: the world map, the Member States with work under way, and the handle of the reference lists
 * (its picker of every Member State is made from them, as the list pages' filters are, so the page's data does not
 * carry 193 names at every view).
 */
export async function countriesPage(actor: ActingUser, measure: MapMeasure, language: string) {
  const [map, countries, reference] = await Promise.all([
    worldMap(actor, measure, language),
    countriesWithWork(actor, language),
    workReferenceHandle(language),
  ]);
  return { map, countries, reference };
}
