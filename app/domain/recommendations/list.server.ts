// The recommendation list, its count and its CSV export: one WHERE made of the reader's visibility
// (visibility.server.ts) and the filters, so a recommendation the reader may not read is in no row, count
// or file.
import { db, Prisma, readRows } from "~/db.server";
import { canUseRecommendations, type Actor } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { auditBy } from "~/audit.server";
import { recordReadings } from "./access-record.server";
import { likePattern, textMatch } from "../search/text-match.server";
import { NO_THEMATIC, selectionOf, UNRESOLVED, type RecommendationFilters, type RecommendationSelection } from "./filters";
import type { AssessmentKind, Priority, RecommendationStatus, ResponseStage } from "./values";
import { visibleRecommendations, visibleResponses } from "./visibility.server";
import { workReferenceHandle } from "../projects/reference-lists.server";
import { rowsKept } from "~/data-versions.server";

const sql = Prisma.sql;
export const RECOMMENDATIONS_PAGE_SIZE = 25;

export type RecommendationRow = {
  id: string;
  number: number;
  text: string;
  priority: Priority;
  status: RecommendationStatus;
  pillar: number | null;
  thematic: string | null;
  assessmentId: string;
  reference: string;
  kind: AssessmentKind;
  startDate: string;
  stateIso3: string;
  stateId: string;
  region: string | null;
  /** The responses this reader may see, and the furthest stage among them. */
  responses: number;
  furthestStage: ResponseStage | null;
  /** Names of the responding organizations (those this reader may see), for the export. */
  /** The organizations whose response the reader may see (named and sorted in the reader's language by the page). */
  responderIds: string[];
};

export function recommendationConditions(actor: Actor, f: RecommendationSelection): Prisma.Sql {
  const where: Prisma.Sql[] = [visibleRecommendations(actor)];
  // The text's match or the assessment's reference, all as conditions on `r`: a selective search is a BitmapOr of
  // recommendation's own indexes (the assessments found first, by their trigram index, then by assessment_id), and a
  // broad one reads the rows once. An OR across the two tables made PostgreSQL read every recommendation.
  if (f.q)
    where.push(
      sql`(${textMatch(f.q, sql`r.search_document`, [sql`r.text`])} OR r.assessment_id = ANY(ARRAY(SELECT y.id FROM assessment y WHERE y.reference ILIKE ${likePattern(f.q)})))`,
    );
  if (f.state) where.push(sql`s.iso3 = ${f.state}`);
  if (f.region) where.push(sql`s.region = ${f.region}::"Region"`);
  if (f.thematic === NO_THEMATIC) where.push(sql`r.thematic_area_id IS NULL`);
  else if (f.thematic) where.push(sql`r.thematic_area_id = (SELECT t.id FROM thematic_area t WHERE t.slug = ${f.thematic})`);
  if (f.priority) where.push(sql`r.priority = ${f.priority}::"RecommendationPriority"`);
  if (f.status === UNRESOLVED) where.push(sql`r.status IN ('OPEN', 'ARRANGING_ASSISTANCE', 'IN_PROGRESS')`);
  else if (f.status) where.push(sql`r.status = ${f.status}::"RecommendationStatus"`);
  if (f.noResponse)
    where.push(sql`NOT EXISTS (SELECT 1 FROM recommendation_response rr WHERE rr.recommendation_id = r.id AND ${visibleResponses(actor)})`);
  if (f.assessment) where.push(sql`a.id = ${f.assessment}::uuid`);
  return sql`WHERE ${Prisma.join(where, " AND ")}`;
}

export const RECOMMENDATIONS_FROM = sql`FROM recommendation r JOIN assessment a ON a.id = r.assessment_id JOIN organization s ON s.id = a.state_id`;

/** Rows in display order (newest assessment first, then by number); the page is cut before the extras are computed. */
export async function recommendationRows(
  actor: Actor,
  selection: RecommendationSelection,
  page: { limit: number; offset: number } | null,
): Promise<RecommendationRow[]> {
  const cut = page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  const order = sql`a.start_date DESC, a.reference ASC, r.number ASC`;
  const statement = sql`
    SELECT r.id::text AS id, r.number, r.text, r.priority::text AS priority, r.status::text AS status, r.pillar,
      (SELECT t.slug FROM thematic_area t WHERE t.id = r.thematic_area_id) AS thematic,
      a.id::text AS "assessmentId", a.reference, a.kind::text AS kind,
      to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", s.iso3 AS "stateIso3", s.id::text AS "stateId", s.region::text AS region,
      f.responses, f."furthestStage", f."responderIds"
    FROM (SELECT r.id ${RECOMMENDATIONS_FROM} ${recommendationConditions(actor, selection)} ORDER BY ${order} ${cut}) page
    JOIN recommendation r ON r.id = page.id JOIN assessment a ON a.id = r.assessment_id JOIN organization s ON s.id = a.state_id
    -- The follow-up this reader may see, read once per row.
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS responses, max(rr.stage)::text AS "furthestStage",
        coalesce(array_agg(rr.organization_id::text), '{}') AS "responderIds"
      FROM recommendation_response rr
      WHERE rr.recommendation_id = r.id AND ${visibleResponses(actor)}
    ) f
    ORDER BY ${order}
  `;
  // A page is kept while the recommendations, their follow-up and consents are unchanged, like the count; the whole
  // selection (the export) is read each time rather than kept.
  return page ? rowsKept<RecommendationRow>(["recommendations"], statement) : readRows<RecommendationRow>(statement);
}

/** How many recommendations this reader may read match; kept while the recommendations and their consents are unchanged. */
export async function countRecommendations(actor: Actor, selection: RecommendationSelection): Promise<number> {
  const [row] = await rowsKept<{ count: number }>(
    ["recommendations"],
    sql`SELECT count(*)::int AS count ${RECOMMENDATIONS_FROM} ${recommendationConditions(actor, selection)}`,
  );
  return row.count;
}

export async function listRecommendations(actor: Actor, filters: RecommendationFilters) {
  ensure(canUseRecommendations(actor));
  const selection = selectionOf(filters);
  const [rows, total] = await Promise.all([
    recommendationRows(actor, selection, { limit: RECOMMENDATIONS_PAGE_SIZE, offset: (filters.page - 1) * RECOMMENDATIONS_PAGE_SIZE }),
    countRecommendations(actor, selection),
  ]);
  await recordReadings(
    actor,
    rows.map((r) => r.id),
    "LIST",
  );
  return { rows, total, selection, page: filters.page, pageSize: RECOMMENDATIONS_PAGE_SIZE };
}

/** Every recommendation of the selection this reader may read, for the CSV export (audited with its filter). */
export async function exportRecommendations(actor: ActingUser, filters: RecommendationFilters) {
  ensure(canUseRecommendations(actor));
  const selection = selectionOf(filters);
  const rows = await recommendationRows(actor, selection, null);
  await recordReadings(
    actor,
    rows.map((r) => r.id),
    "EXPORT",
  );
  await auditBy(actor, db, {
    action: "recommendations.exported",
    subjectType: "Recommendation",
    after: { filters: selection, rows: rows.length },
  });
  return rows;
}

/** The recommendation list page: a page of what the reader may read, and the handle of the reference lists that label it. */
export async function recommendationListPage(actor: ActingUser, filters: RecommendationFilters, language: string) {
  const [list, reference] = await Promise.all([listRecommendations(actor, filters), workReferenceHandle(language)]);
  return { list, reference };
}
