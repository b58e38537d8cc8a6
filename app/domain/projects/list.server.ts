// The filtered project list: one page of rows (or all of them, for the CSV export) and the totals of the
// whole selection, both through the shared WHERE of filters.server.ts.
import { Prisma } from "~/db.server";
import { localNameOrder } from "~/names.server";
import { canReadActivitiesAndProjects } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { selectionOf, type ProjectFilters, type ProjectSelection, type ProjectSort } from "./filter-values";
import { projectWhere } from "./filter-sql.server";
import type { Figures } from "./matrix.server";
import { workReferenceHandle } from "./reference-lists.server";
import { rowsKept } from "~/data-versions.server";

const sql = Prisma.sql;
export const PROJECTS_PAGE_SIZE = 25;

export type ProjectRow = {
  id: string;
  code: string;
  title: string;
  leadOrganizationId: string;
  partnerIds: string[];
  isGlobal: boolean;
  startDate: string;
  endDate: string;
  budgetUsd: number;
  fundsSecuredUsd: number;
  gapUsd: number;
  fundingStatus: "UNFUNDED" | "PARTIALLY_FUNDED" | "FULLY_FUNDED";
  status: "PLANNED" | "ONGOING" | "COMPLETED" | "CANCELLED";
  inCurrentAppeal: boolean;
  pillars: number[];
  thematicAreas: string[];
  regions: string[];
  countries: string[];
  group: number | null;
};

const ORDER: Record<ProjectSort, Prisma.Sql> = {
  code: sql`p.code ASC`,
  title: sql`p.title ASC, p.code ASC`,
  budget: sql`p.budget_usd DESC, p.code ASC`,
  gap: sql`(p.budget_usd - p.funds_secured_usd) DESC, p.code ASC`,
  start: sql`p.start_date DESC, p.code ASC`,
};

/**
 * Rows in display order. The page is cut first (inner query) and only its rows get their lists of
 * pillars, areas, regions and countries, so a page costs the same however many projects match.
 */
export async function projectRows(
  selection: ProjectSelection,
  sort: ProjectSort,
  page: { limit: number; offset: number } | null,
  language = "en",
): Promise<ProjectRow[]> {
  const cut = page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  // Kept while the projects and what they name are unchanged, like the list's totals: every reader of the same page
  // of the same selection reads the same rows.
  const rows = await rowsKept<
    Omit<ProjectRow, "budgetUsd" | "fundsSecuredUsd" | "gapUsd"> & { budgetUsd: number; fundsSecuredUsd: number }
  >(
    ["projects"],
    sql`
    SELECT p.id::text AS id, p.code, p.title, p.lead_organization_id::text AS "leadOrganizationId", p.is_global AS "isGlobal",
      to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", to_char(p.end_date, 'YYYY-MM-DD') AS "endDate",
      p.budget_usd AS "budgetUsd", p.funds_secured_usd AS "fundsSecuredUsd", p.funding_status::text AS "fundingStatus",
      p.status::text AS status, p.in_current_appeal AS "inCurrentAppeal", g.number AS "group",
      ARRAY(SELECT x.organization_id::text FROM project_partner x WHERE x.project_id = p.id ORDER BY 1) AS "partnerIds",
      ARRAY(SELECT x.pillar FROM project_pillar x WHERE x.project_id = p.id ORDER BY 1) AS pillars,
      ARRAY(SELECT t.slug FROM project_thematic_area x JOIN thematic_area t ON t.id = x.thematic_area_id WHERE x.project_id = p.id ORDER BY t.position, t.slug) AS "thematicAreas",
      ARRAY(SELECT x.region::text FROM project_region x WHERE x.project_id = p.id ORDER BY x.region) AS regions,
      ARRAY(SELECT o.iso3 FROM project_country x JOIN organization o ON o.id = x.country_id WHERE x.project_id = p.id ORDER BY ${localNameOrder("o", language)}) AS countries
    FROM (SELECT p.* FROM project p ${projectWhere(selection)} ORDER BY ${ORDER[sort]} ${cut}) p
    LEFT JOIN working_group g ON g.id = p.working_group_id
    ORDER BY ${ORDER[sort]}
  `,
  );
  return rows.map((r) => ({ ...r, gapUsd: r.budgetUsd - r.fundsSecuredUsd }));
}

/** Count, budget and funding gap of every project in the selection; kept while the projects are unchanged. */
export async function projectTotals(selection: ProjectSelection): Promise<Figures & { securedUsd: number }> {
  const [row] = await rowsKept<{ projects: number; budget: bigint | null; secured: bigint | null }>(
    ["projects"],
    sql`
    SELECT count(*)::int AS projects, sum(p.budget_usd)::bigint AS budget, sum(p.funds_secured_usd)::bigint AS secured
    FROM project p ${projectWhere(selection)}
  `,
  );
  const budgetUsd = Number(row.budget ?? 0);
  const securedUsd = Number(row.secured ?? 0);
  return { projects: row.projects, budgetUsd, securedUsd, gapUsd: budgetUsd - securedUsd };
}

/** A page of projects; each row's countries in the alphabetical order of `language` (the reader's). */
export async function listProjects(actor: ActingUser, filters: ProjectFilters, language = "en") {
  ensure(canReadActivitiesAndProjects(actor));
  const selection = selectionOf(filters);
  const [rows, totals] = await Promise.all([
    projectRows(selection, filters.sort, { limit: PROJECTS_PAGE_SIZE, offset: (filters.page - 1) * PROJECTS_PAGE_SIZE }, language),
    projectTotals(selection),
  ]);
  return { rows, totals, selection, page: filters.page, pageSize: PROJECTS_PAGE_SIZE };
}

/** Every project of the selection, for the CSV export. */
export async function exportProjects(actor: ActingUser, filters: ProjectFilters, language = "en") {
  ensure(canReadActivitiesAndProjects(actor));
  return projectRows(selectionOf(filters), filters.sort, null, language);
}

/** The project list page: a page of the filtered list and the handle of the reference lists that label it. */
export async function projectListPage(actor: ActingUser, filters: ProjectFilters, language: string) {
  const [list, reference] = await Promise.all([listProjects(actor, filters, language), workReferenceHandle(language)]);
  return { list, reference };
}
