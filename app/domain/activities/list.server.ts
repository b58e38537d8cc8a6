// The activity list: filters in the URL (translated once into SQL), a page of rows, and the flag for planned
// activities whose start date has passed ("overdue"). The summary and the country view reuse the rows.
import { z } from "zod";
import { Prisma } from "~/db.server";
import { localNameOrder } from "~/names.server";
import { canReadActivitiesAndProjects } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { textMatch } from "../search/text-match.server";
import { pageField } from "../../fields";
import { iso3Field, regionOrGlobalField, slugField, workStatusField } from "../projects/work-fields";
import { dayString, todayUtc } from "~/fields";
import { type ACTIVITY_KINDS, activityKindField } from "./fields";
import { workReferenceHandle } from "../projects/reference-lists.server";
import { rowsKept } from "~/data-versions.server";

export const ACTIVITIES_PAGE_SIZE = 25;

export const ActivityFilters = z.object({
  q: z.string().trim().max(200).optional(),
  organization: z.uuid().optional(),
  country: iso3Field.optional(),
  region: regionOrGlobalField.optional(),
  thematic: slugField.optional(),
  pillar: z.enum(["1", "2", "3", "4"]).optional(),
  kind: activityKindField.optional(),
  status: workStatusField.optional(),
  group: z
    .string()
    .regex(/^[1-9]\d?$/)
    .optional(),
  project: z.string().trim().toUpperCase().max(40).optional(),
  overdue: z.enum(["1"]).optional(),
  page: pageField,
});
export type ActivityFilters = z.infer<typeof ActivityFilters>;

const sql = Prisma.sql;

/** The conditions on `activity a` for a set of filters (bound parameters of Prisma.sql templates only). */
export function activityConditions(f: Omit<ActivityFilters, "page">, today = todayUtc()): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (f.q) conditions.push(textMatch(f.q, sql`a.search_document`, [sql`a.title`]));
  if (f.organization) conditions.push(sql`a.lead_organization_id = ${f.organization}::uuid`);
  if (f.country) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM activity_country x JOIN organization o ON o.id = x.country_id WHERE x.activity_id = a.id AND o.iso3 = ${f.country})`,
    );
  }
  if (f.region === "GLOBAL") conditions.push(sql`NOT EXISTS (SELECT 1 FROM activity_country x WHERE x.activity_id = a.id)`);
  else if (f.region) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM activity_country x JOIN organization o ON o.id = x.country_id WHERE x.activity_id = a.id AND o.region = ${f.region}::"Region")`,
    );
  }
  if (f.thematic) conditions.push(sql`a.thematic_area_id = (SELECT t.id FROM thematic_area t WHERE t.slug = ${f.thematic})`);
  if (f.pillar) conditions.push(sql`a.pillar = ${Number(f.pillar)}`);
  if (f.kind) conditions.push(sql`a.kind = ${f.kind}::"ActivityKind"`);
  if (f.status) conditions.push(sql`a.status = ${f.status}::"ActivityStatus"`);
  if (f.group) conditions.push(sql`a.working_group_id = (SELECT g.id FROM working_group g WHERE g.number = ${Number(f.group)})`);
  if (f.project) conditions.push(sql`a.project_id = (SELECT p.id FROM project p WHERE p.code = ${f.project})`);
  if (f.overdue) conditions.push(overdueCondition(today));
  return conditions;
}

/** Planned, yet its start date is before today: it should have started, been updated or cancelled. */
export function overdueCondition(today = todayUtc()): Prisma.Sql {
  return sql`(a.status = 'PLANNED' AND a.start_date < ${dayString(today)}::date)`;
}

const whereOf = (conditions: Prisma.Sql[]) => (conditions.length ? sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty);

export type ActivityRow = {
  id: string;
  title: string;
  kind: (typeof ACTIVITY_KINDS)[number];
  status: "PLANNED" | "ONGOING" | "COMPLETED" | "CANCELLED";
  pillar: number;
  startDate: string;
  endDate: string;
  leadOrganizationId: string;
  project: { id: string; code: string } | null;
  /** The first few beneficiary countries (ISO alpha-3), and how many there are in all. */
  countries: string[];
  countryCount: number;
  overdue: boolean;
};

export const COUNTRIES_SHOWN = 4;

/** A page of activities in display order; only the page's rows get their countries and project. */
export async function activityRows(
  conditions: Prisma.Sql[],
  order: "newest" | "oldest",
  limit: number,
  offset: number,
  today = todayUtc(),
  language = "en",
): Promise<ActivityRow[]> {
  const orderBy = order === "newest" ? sql`a.start_date DESC, a.id DESC` : sql`a.start_date ASC, a.id ASC`;
  // Kept while the activities and what their filters name are unchanged, like their count.
  const rows = await rowsKept<Omit<ActivityRow, "project" | "overdue"> & { projectId: string | null; projectCode: string | null }>(
    ["activities", "projects"],
    sql`
    SELECT a.id::text AS id, a.title, a.kind::text AS kind, a.status::text AS status, a.pillar,
      to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.end_date, 'YYYY-MM-DD') AS "endDate",
      a.lead_organization_id::text AS "leadOrganizationId", pr.id::text AS "projectId", pr.code AS "projectCode",
      ARRAY(SELECT o.iso3 FROM activity_country x JOIN organization o ON o.id = x.country_id WHERE x.activity_id = a.id ORDER BY ${localNameOrder("o", language)} LIMIT ${COUNTRIES_SHOWN}) AS countries,
      (SELECT count(*)::int FROM activity_country x WHERE x.activity_id = a.id) AS "countryCount"
    FROM (SELECT a.* FROM activity a ${whereOf(conditions)} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}) a
    LEFT JOIN project pr ON pr.id = a.project_id
    ORDER BY ${orderBy}
  `,
  );
  const todayText = dayString(today);
  return rows.map(({ projectId, projectCode, ...row }) => ({
    ...row,
    project: projectId && projectCode ? { id: projectId, code: projectCode } : null,
    overdue: row.status === "PLANNED" && row.startDate < todayText,
  }));
}

/** How many activities match; kept while activities and what the filters name (projects, areas, groups) are unchanged. */
export async function countActivities(conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await rowsKept<{ count: number }>(
    ["activities", "projects"],
    sql`SELECT count(*)::int AS count FROM activity a ${whereOf(conditions)}`,
  );
  return row.count;
}

/** A page of activities; each row's first countries in the alphabetical order of `language` (the reader's). */
export async function listActivities(actor: ActingUser, filters: ActivityFilters, language = "en") {
  ensure(canReadActivitiesAndProjects(actor));
  const { page, ...selection } = filters;
  const today = todayUtc();
  const conditions = activityConditions(selection, today);
  const [total, rows] = await Promise.all([
    countActivities(conditions),
    activityRows(conditions, "newest", ACTIVITIES_PAGE_SIZE, (page - 1) * ACTIVITIES_PAGE_SIZE, today, language),
  ]);
  return { total, rows, page, pageSize: ACTIVITIES_PAGE_SIZE };
}

/** The activity list page: a page of the filtered list and the handle of the reference lists that label it. */
export async function activityListPage(actor: ActingUser, filters: ActivityFilters, language: string) {
  const [list, reference] = await Promise.all([listActivities(actor, filters, language), workReferenceHandle(language)]);
  return { list, reference };
}
