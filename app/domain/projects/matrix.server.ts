// The summary matrix, computed in one SQL statement over the filtered projects.
//
// How many-to-many dimensions count (pillar, thematic area, region): a project in two regions is counted
// in both region cells, so the cells of a row may add up to more than the row's total. Totals count each
// project once: a row total is the projects having that row's value, a column total those having that
// column's value, the grand total the filtered projects. Each number therefore equals the count and sums
// of the list its link opens (the selection narrowed by the row and/or column key) — the property the
// tests check for every pair of axes.
import { Prisma, readRows } from "~/db.server";
import { canReadActivitiesAndProjects } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { cellKey, GLOBAL, NONE, selectionOf, type Axis, type MatrixQuery, type ProjectSelection } from "./filter-values";

export { cellKey };
import { projectWhere } from "./filter-sql.server";
import { workReferenceHandle } from "./reference-lists.server";
import { figuresFor } from "~/data-versions.server";

const sql = Prisma.sql;

export type Figures = { projects: number; budgetUsd: number; gapUsd: number };
export type Matrix = {
  rows: Axis;
  cols: Axis;
  selection: ProjectSelection;
  rowKeys: string[];
  colKeys: string[];
  cells: Record<string, Figures>;
  rowTotals: Record<string, Figures>;
  colTotals: Record<string, Figures>;
  total: Figures;
};

/**
 * One row per (project, value of the dimension) over the filtered projects `f`. Projects without a value
 * get the NONE (or, for regions, GLOBAL) key, so nothing falls out of the totals. When the selection
 * already fixes this dimension, only that value is expanded (a project in Africa and Europe, filtered to
 * Africa, shows under Africa only).
 */
function expansion(axis: Axis, selection: ProjectSelection): Prisma.Sql {
  switch (axis) {
    case "organization":
      return sql`SELECT f.id, f.lead_organization_id::text AS key FROM f`;
    case "group":
      return sql`SELECT f.id, COALESCE(g.number::text, ${NONE}) AS key FROM f LEFT JOIN working_group g ON g.id = f.working_group_id`;
    case "pillar": {
      const only = selection.pillar && selection.pillar !== NONE ? sql` AND x.pillar = ${Number(selection.pillar)}` : Prisma.empty;
      return sql`SELECT f.id, COALESCE(x.pillar::text, ${NONE}) AS key FROM f LEFT JOIN project_pillar x ON x.project_id = f.id${only}`;
    }
    case "thematic": {
      const only = selection.thematic && selection.thematic !== NONE ? sql` AND t.slug = ${selection.thematic}` : Prisma.empty;
      return sql`SELECT f.id, COALESCE(t.slug, ${NONE}) AS key FROM f
        LEFT JOIN (project_thematic_area x JOIN thematic_area t ON t.id = x.thematic_area_id) ON x.project_id = f.id${only}`;
    }
    case "region": {
      const only = selection.region && selection.region !== GLOBAL ? sql` AND x.region = ${selection.region}::"Region"` : Prisma.empty;
      return sql`SELECT f.id, COALESCE(x.region::text, ${GLOBAL}) AS key FROM f LEFT JOIN project_region x ON x.project_id = f.id${only}`;
    }
  }
}

type MatrixRow = {
  part: "cell" | "row" | "col" | "all";
  row_key: string | null;
  col_key: string | null;
  projects: number;
  budget: bigint | null;
  gap: bigint | null;
};

/** The cells, the row and column totals and the grand total of the matrix: one statement. */
function matrixRows(query: MatrixQuery, selection: ProjectSelection) {
  return readRows<MatrixRow>(sql`
    WITH f AS MATERIALIZED (
      SELECT p.id, p.lead_organization_id, p.working_group_id, p.budget_usd, p.budget_usd - p.funds_secured_usd AS gap
      FROM project p ${projectWhere(selection)}
    ),
    r AS (${expansion(query.rows, selection)}),
    c AS (${expansion(query.cols, selection)})
    SELECT 'cell' AS part, r.key AS row_key, c.key AS col_key, count(*)::int AS projects, sum(f.budget_usd)::bigint AS budget, sum(f.gap)::bigint AS gap
      FROM f JOIN r ON r.id = f.id JOIN c ON c.id = f.id GROUP BY r.key, c.key
    UNION ALL
    SELECT 'row', r.key, NULL, count(*)::int, sum(f.budget_usd)::bigint, sum(f.gap)::bigint FROM f JOIN r ON r.id = f.id GROUP BY r.key
    UNION ALL
    SELECT 'col', NULL, c.key, count(*)::int, sum(f.budget_usd)::bigint, sum(f.gap)::bigint FROM f JOIN c ON c.id = f.id GROUP BY c.key
    UNION ALL
    SELECT 'all', NULL, NULL, count(*)::int, sum(f.budget_usd)::bigint, sum(f.gap)::bigint FROM f
  `);
}

export async function projectMatrix(actor: ActingUser, query: MatrixQuery): Promise<Matrix> {
  ensure(canReadActivitiesAndProjects(actor));
  const selection = selectionOf(query);
  // Every reader sees every project: the figures of a query are kept while the projects are unchanged.
  const rows = await figuresFor(["projects"], JSON.stringify(query), () => matrixRows(query, selection));
  const figures = (r: MatrixRow): Figures => ({ projects: r.projects, budgetUsd: Number(r.budget ?? 0), gapUsd: Number(r.gap ?? 0) });
  const matrix: Matrix = {
    rows: query.rows,
    cols: query.cols,
    selection,
    rowKeys: [],
    colKeys: [],
    cells: {},
    rowTotals: {},
    colTotals: {},
    total: { projects: 0, budgetUsd: 0, gapUsd: 0 },
  };
  for (const r of rows) {
    if (r.part === "cell") matrix.cells[cellKey(r.row_key!, r.col_key!)] = figures(r);
    else if (r.part === "row") matrix.rowTotals[r.row_key!] = figures(r);
    else if (r.part === "col") matrix.colTotals[r.col_key!] = figures(r);
    else matrix.total = figures(r);
  }
  matrix.rowKeys = Object.keys(matrix.rowTotals);
  matrix.colKeys = Object.keys(matrix.colTotals);
  return matrix;
}

/** The matrix page: the matrix and the handle of the reference lists that label its axes. */
export async function matrixPage(actor: ActingUser, query: MatrixQuery, language: string) {
  const [matrix, reference] = await Promise.all([projectMatrix(actor, query), workReferenceHandle(language)]);
  return { matrix, reference };
}
