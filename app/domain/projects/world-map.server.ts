// The world map of projects under way (issue 18): each Member State shaded by the number of projects that name it
// as a beneficiary, their budget, or their funding gap. The shapes are drawn once, at development time
// (world-outlines.ts, by scripts/world-outlines.ts); a request runs one SQL statement for the figures,
// whatever the number of projects, and picks each country's class.
import { Prisma, readRows } from "~/db.server";
import { canReadActivitiesAndProjects } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { localName, type LocalizedNames } from "~/names";
import { localNameColumns } from "~/names.server";
import { countryShapes, HEIGHT, WIDTH } from "./world-shapes";
import { classBounds, classOf, type MapMeasure } from "./map-values";
import { figuresFor } from "~/data-versions.server";

export { countryShapes, HEIGHT, WIDTH };

type Figures = LocalizedNames & { iso3: string; projects: number; budget: number; gap: number };

/** Every Member State with the projects under way that name it, their budget and funding gap: one statement. */
function figuresByCountry() {
  return readRows<Figures>(Prisma.sql`
    SELECT o.iso3, ${localNameColumns("o")}, count(p.id)::int AS projects, coalesce(sum(p.budget_usd), 0)::float8 AS budget,
      coalesce(sum(p.budget_usd - p.funds_secured_usd), 0)::float8 AS gap
    FROM organization o
    LEFT JOIN project_country x ON x.country_id = o.id
    LEFT JOIN project p ON p.id = x.project_id AND p.status IN ('PLANNED', 'ONGOING')
    WHERE o.kind = 'MEMBER_STATE' AND o.iso3 IS NOT NULL
    GROUP BY o.id`);
}

/** `language`: each State is named in the reader's language only (the page sends the names to the browser). */
export async function worldMap(actor: ActingUser, measure: MapMeasure, language: string) {
  ensure(canReadActivitiesAndProjects(actor));
  // The same for every reader: kept while the projects (and the organizations) are unchanged.
  const figures = new Map((await figuresFor(["projects"], "world-map", figuresByCountry)).map((f) => [f.iso3, f]));
  const max = Math.max(0, ...[...figures.values()].map((f) => f[measure]));
  const bounds = classBounds(max);
  return {
    measure,
    width: WIDTH,
    height: HEIGHT,
    bounds,
    countries: countryShapes().map((shape) => {
      const f = shape.iso3 ? figures.get(shape.iso3) : undefined;
      return {
        // Only Member States are named and linked; other shapes are drawn for the picture.
        iso3: f ? shape.iso3 : null,
        name: f ? localName(f, language) : null,
        projects: f?.projects ?? 0,
        budget: f?.budget ?? 0,
        gap: f?.gap ?? 0,
        level: f ? classOf(f[measure], bounds) : null,
      };
    }),
  };
}
