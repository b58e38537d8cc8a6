// The map of unresolved recommendations on the dashboard: each Member State shaded by the number of unresolved
// recommendations addressed to it that the reader may read. One statement, the list's own SQL (visibility included),
// so each State's figure is the count of the list it links to (/recommendations?state=…&status=UNRESOLVED).
import { canReadRecommendationDashboard } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { Prisma, readRows } from "~/db.server";
import { ensure } from "~/outcomes";
import { classBounds, classOf } from "../projects/map-values";
import { countryShapes, HEIGHT, WIDTH } from "../projects/world-map.server";
import { UNRESOLVED } from "./filters";
import { recommendationConditions, RECOMMENDATIONS_FROM } from "./list.server";
import { figuresFor } from "~/data-versions.server";

/**
 * `memberStates`: each Member State's name by ISO code, in the reader's language (from the reference lists). The map
 * names its States itself, so a page sends no list of every organization to label it.
 */
export async function recommendationMap(actor: ActingUser, memberStates: ReadonlyMap<string, string>) {
  ensure(canReadRecommendationDashboard(actor), "403");
  // The same for every reader of the dashboard (they see every recommendation): kept while they are unchanged.
  const rows = await figuresFor(["recommendations"], "state-map", () =>
    readRows<{ iso3: string; count: number }>(Prisma.sql`
    SELECT s.iso3 AS iso3, count(*)::int AS count
    ${RECOMMENDATIONS_FROM} ${recommendationConditions(actor, { status: UNRESOLVED })} AND s.iso3 IS NOT NULL
    GROUP BY 1`),
  );
  const counts = new Map(rows.map((r) => [r.iso3, r.count]));
  const bounds = classBounds(Math.max(0, ...counts.values()));
  return {
    width: WIDTH,
    height: HEIGHT,
    bounds,
    countries: countryShapes().map((shape) => {
      const member = shape.iso3 !== null && memberStates.has(shape.iso3);
      const count = member ? (counts.get(shape.iso3!) ?? 0) : 0;
      return member
        ? { iso3: shape.iso3, name: memberStates.get(shape.iso3!)!, count, level: classOf(count, bounds) }
        : { iso3: null, name: null, count, level: null };
    }),
  };
}
