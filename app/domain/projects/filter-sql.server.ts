// The one translation of the project filters (filters.ts) into SQL, used by the list, the matrix, the CSV
// exports and the country view: the same WHERE everywhere is what makes a matrix cell and the list it links
// to agree. Every value reaches SQL as a bound parameter of a Prisma.sql template.
import { Prisma } from "~/db.server";
import { textMatch } from "../search/text-match.server";
import { GLOBAL, NONE, UNDER_WAY, type ProjectSelection } from "./filter-values";

const sql = Prisma.sql;

/** The conditions on `project p` for a selection; an empty selection is every project. */
export function projectConditions(f: ProjectSelection): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (f.q) conditions.push(textMatch(f.q, sql`p.search_document`, [sql`p.title`, sql`p.code`]));
  if (f.organization) conditions.push(sql`p.lead_organization_id = ${f.organization}::uuid`);
  if (f.partner) {
    conditions.push(
      sql`(p.lead_organization_id = ${f.partner}::uuid OR EXISTS (SELECT 1 FROM project_partner x WHERE x.project_id = p.id AND x.organization_id = ${f.partner}::uuid))`,
    );
  }
  if (f.country) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM project_country x JOIN organization o ON o.id = x.country_id WHERE x.project_id = p.id AND o.iso3 = ${f.country})`,
    );
  }
  if (f.region === GLOBAL) conditions.push(sql`NOT EXISTS (SELECT 1 FROM project_region x WHERE x.project_id = p.id)`);
  else if (f.region)
    conditions.push(sql`EXISTS (SELECT 1 FROM project_region x WHERE x.project_id = p.id AND x.region = ${f.region}::"Region")`);
  if (f.thematic === NONE) conditions.push(sql`NOT EXISTS (SELECT 1 FROM project_thematic_area x WHERE x.project_id = p.id)`);
  else if (f.thematic) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM project_thematic_area x JOIN thematic_area t ON t.id = x.thematic_area_id WHERE x.project_id = p.id AND t.slug = ${f.thematic})`,
    );
  }
  if (f.pillar === NONE) conditions.push(sql`NOT EXISTS (SELECT 1 FROM project_pillar x WHERE x.project_id = p.id)`);
  else if (f.pillar)
    conditions.push(sql`EXISTS (SELECT 1 FROM project_pillar x WHERE x.project_id = p.id AND x.pillar = ${Number(f.pillar)})`);
  if (f.group === NONE) conditions.push(sql`p.working_group_id IS NULL`);
  else if (f.group) conditions.push(sql`p.working_group_id = (SELECT g.id FROM working_group g WHERE g.number = ${Number(f.group)})`);
  if (f.status === UNDER_WAY) conditions.push(sql`p.status IN ('PLANNED', 'ONGOING')`);
  else if (f.status) conditions.push(sql`p.status = ${f.status}::"ProjectStatus"`);
  if (f.funding) conditions.push(sql`p.funding_status = ${f.funding}::"FundingStatus"`);
  if (f.appeal) conditions.push(sql`p.in_current_appeal = ${f.appeal === "yes"}`);
  return conditions;
}

export function projectWhere(f: ProjectSelection): Prisma.Sql {
  const conditions = projectConditions(f);
  return conditions.length ? sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}
