// The secretariat's dashboard: unresolved high-priority recommendations that no entity has answered yet,
// counted by region of the assessed State and thematic area. Each count is the list's own filter
// (priority=HIGH, status=UNRESOLVED, noResponse=yes, region, thematic), so a cell links to its rows.
import { Prisma, readRows } from "~/db.server";
import { canReadRecommendationDashboard } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { NO_THEMATIC, UNRESOLVED, type RecommendationSelection } from "./filters";
import { recommendationConditions, RECOMMENDATIONS_FROM } from "./list.server";
import { memberStateNames, workReferenceHandle } from "../projects/reference-lists.server";
import { recommendationMap } from "./state-map.server";
import { figuresFor } from "~/data-versions.server";

const sql = Prisma.sql;

/** The selection behind the dashboard (and behind every one of its cells, narrowed by region and area). */
export const DASHBOARD_SELECTION: RecommendationSelection = { priority: "HIGH", status: UNRESOLVED, noResponse: "yes" };

export type DashboardCell = { region: string; thematic: string; count: number };

// The dashboard's readers see every recommendation and every response (canReadRecommendationDashboard is
// seesAllRecommendations): the figures are the same for all of them, and kept while the recommendations are unchanged.

export async function recommendationDashboard(actor: ActingUser) {
  ensure(canReadRecommendationDashboard(actor), "403");
  // Counted by area id, then named: a lookup of the area's slug per recommendation cost a subquery per row.
  const cells = await figuresFor(["recommendations"], "dashboard", () =>
    readRows<DashboardCell>(sql`
    SELECT x.region, coalesce(t.slug, ${NO_THEMATIC}) AS thematic, x.count FROM (
      SELECT s.region::text AS region, r.thematic_area_id, count(*)::int AS count
      ${RECOMMENDATIONS_FROM} ${recommendationConditions(actor, DASHBOARD_SELECTION)}
      GROUP BY 1, 2
    ) x LEFT JOIN thematic_area t ON t.id = x.thematic_area_id
  `),
  );
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  return { cells, total, selection: DASHBOARD_SELECTION };
}

export type FollowUpCount = { key: string; status: string; count: number };

/**
 * How far the recommendations the reader may see have been followed up: counts by status, per region of the assessed
 * State and per thematic area. Two statements whatever the number of recommendations, each the list's own SQL
 * (visibility included), so every bar's segment is the count of the list it links to.
 */
export async function followUpBars(actor: ActingUser) {
  ensure(canReadRecommendationDashboard(actor), "403");
  const where = recommendationConditions(actor, {});
  return figuresFor(["recommendations"], "follow-up", () => followUpCounts(where));
}

async function followUpCounts(where: Prisma.Sql) {
  const [byRegion, byThematic] = await Promise.all([
    readRows<FollowUpCount>(sql`
      SELECT s.region::text AS key, r.status::text AS status, count(*)::int AS count
      ${RECOMMENDATIONS_FROM} ${where} AND s.region IS NOT NULL
      GROUP BY 1, 2`),
    readRows<FollowUpCount>(sql`
      SELECT coalesce(t.slug, ${NO_THEMATIC}) AS key, x.status, x.count FROM (
        SELECT r.thematic_area_id, r.status::text AS status, count(*)::int AS count
        ${RECOMMENDATIONS_FROM} ${where}
        GROUP BY 1, 2
      ) x LEFT JOIN thematic_area t ON t.id = x.thematic_area_id`),
  ]);
  return { byRegion, byThematic };
}

/** The dashboard page: the figures, the follow-up bars and the handle of the reference lists that label them. */
export async function dashboardPage(actor: ActingUser, language: string) {
  const [dashboard, followUp, reference] = await Promise.all([
    recommendationDashboard(actor),
    followUpBars(actor),
    workReferenceHandle(language),
  ]);
  return { dashboard, followUp, reference };
}

/** The map of States page: the unresolved recommendations by Member State, each State named in the reader's language. */
export async function stateMapPage(actor: ActingUser, language: string) {
  return { map: await recommendationMap(actor, await memberStateNames(language)) };
}
