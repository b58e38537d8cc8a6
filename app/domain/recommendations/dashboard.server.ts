// The secretariat's dashboard: unresolved high-priority recommendations that no entity has answered yet,
// counted by region of the assessed State and thematic area. Each count is the list's own filter
// (priority=HIGH, status=UNRESOLVED, noResponse=yes, region, thematic), so a cell links to its rows.
import { db, Prisma } from "~/db.server";
import { canReadRecommendationDashboard } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { NO_THEMATIC, UNRESOLVED, type RecommendationSelection } from "./filters";
import { recommendationConditions, RECOMMENDATIONS_FROM } from "./list.server";
import { workReference } from "../projects/reference-lists.server";

const sql = Prisma.sql;

/** The selection behind the dashboard (and behind every one of its cells, narrowed by region and area). */
export const DASHBOARD_SELECTION: RecommendationSelection = { priority: "HIGH", status: UNRESOLVED, noResponse: "yes" };

export type DashboardCell = { region: string; thematic: string; count: number };

export async function recommendationDashboard(actor: ActingUser) {
  ensure(canReadRecommendationDashboard(actor), "403");
  const cells = await db.$queryRaw<DashboardCell[]>(sql`
    SELECT s.region::text AS region, coalesce((SELECT t.slug FROM thematic_area t WHERE t.id = r.thematic_area_id), ${NO_THEMATIC}) AS thematic, count(*)::int AS count
    ${RECOMMENDATIONS_FROM} ${recommendationConditions(actor, DASHBOARD_SELECTION)}
    GROUP BY 1, 2
  `);
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  return { cells, total, selection: DASHBOARD_SELECTION };
}

/** The dashboard page: the figures and the reference lists that label them. */
export async function dashboardPage(actor: ActingUser) {
  const [dashboard, reference] = await Promise.all([recommendationDashboard(actor), workReference()]);
  return { dashboard, reference };
}
