// Assessments as pages: the authors' list of every assessment, one assessment with its consent record and
// recommendations, and the State view (every assessment of one State) for that State's focal points.
// All three show a State's recommendations in full, so only those who may read all of that State's
// recommendations (canReadStateRecommendations) get them; anyone else gets 404.
import { z } from "zod";
import { LOCAL_NAMES, type LocalizedNames } from "~/names";
import { db, Prisma } from "~/db.server";
import { localNameColumns, localNamesJsonPairs } from "~/names.server";
import { countOf, readTogether } from "~/read-together.server";
import type { AssessmentKind, ConsentScope, RecommendationPriority, RecommendationStatus, Region, ResponseStage } from "~/enums";
import { canAuthorRecommendations, canReadStateRecommendations } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { pageField } from "../../fields";
import { iso3Field } from "../projects/work-fields";
import { dayString } from "~/fields";
import { recordReadings } from "./access-record.server";
import { workReference, workReferenceHandle } from "../projects/reference-lists.server";

export const ASSESSMENTS_PAGE_SIZE = 25;

export const AssessmentListFilters = z.object({ state: iso3Field.optional(), page: pageField });

const stateSelect = {
  id: true,
  ...LOCAL_NAMES,
  iso3: true,
  region: true,
} as const;
const organizationSelect = {
  id: true,
  ...LOCAL_NAMES,
  acronym: true,
  iso3: true,
} as const;

/** An assessment as the lists show it (and as the State view reads it in SQL: stateViewReads). */
export const assessmentSummary = {
  id: true,
  kind: true,
  reference: true,
  startDate: true,
  endDate: true,
  consentScope: true,
  consentChangedAt: true,
  state: { select: stateSelect },
  _count: { select: { recommendations: true } },
} satisfies Prisma.AssessmentSelect;

function summaryOut<T extends { startDate: Date; endDate: Date; consentChangedAt: Date }>(a: T) {
  return { ...a, startDate: dayString(a.startDate), endDate: dayString(a.endDate), consentChangedAt: a.consentChangedAt.toISOString() };
}

export async function listAssessments(actor: ActingUser, filters: z.infer<typeof AssessmentListFilters>) {
  ensure(canAuthorRecommendations(actor), "403");
  const where: Prisma.AssessmentWhereInput = filters.state ? { state: { iso3: filters.state } } : {};
  const [rows, total] = await Promise.all([
    db.assessment.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { reference: "asc" }],
      skip: (filters.page - 1) * ASSESSMENTS_PAGE_SIZE,
      take: ASSESSMENTS_PAGE_SIZE,
      select: assessmentSummary,
    }),
    db.assessment.count({ where }),
  ]);
  return { rows: rows.map(summaryOut), total, page: filters.page, pageSize: ASSESSMENTS_PAGE_SIZE };
}

/** A recommendation as an assessment's page shows it (and as the State view reads it in SQL: stateViewReads). */
export const recommendationSummary = {
  id: true,
  number: true,
  text: true,
  priority: true,
  status: true,
  consentScope: true,
  thematicArea: { select: { slug: true } },
  responses: { select: { stage: true, organization: { select: organizationSelect } }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] },
} satisfies Prisma.RecommendationSelect;

export async function getAssessment(actor: ActingUser, id: string) {
  const assessment = await db.assessment.findUnique({
    where: { id },
    select: {
      ...assessmentSummary,
      stateId: true,
      version: true,
      consentOrganizations: { select: { organization: { select: organizationSelect } } },
      consentChanges: {
        orderBy: { changedAt: "desc" },
        take: 100,
        select: {
          id: true,
          scope: true,
          organizationIds: true,
          changedAt: true,
          recommendation: { select: { number: true } },
          changedBy: { select: { name: true } },
        },
      },
      recommendations: { orderBy: { number: "asc" }, select: recommendationSummary },
    },
  });
  if (!assessment) notFound();
  ensure(canReadStateRecommendations(actor, assessment.stateId));
  await recordReadings(
    actor,
    assessment.recommendations.map((r) => r.id),
    "LIST",
  );
  const namedIds = [...new Set(assessment.consentChanges.flatMap((c) => c.organizationIds))];
  const named = namedIds.length ? await db.organization.findMany({ where: { id: { in: namedIds } }, select: organizationSelect }) : [];
  return {
    ...summaryOut(assessment),
    consentOrganizations: assessment.consentOrganizations.map((o) => o.organization),
    consentChanges: assessment.consentChanges.map((c) => ({
      ...c,
      changedAt: c.changedAt.toISOString(),
      organizations: named.filter((o) => c.organizationIds.includes(o.id)),
    })),
    recommendations: assessment.recommendations,
    canEdit: canAuthorRecommendations(actor),
  };
}

/** Assessments per page of a State view (with their recommendations: about ten each). */
export const STATE_VIEW_PAGE_SIZE = 5;

const sql = Prisma.sql;

type StateRow = { id: string; iso3: string | null; region: Region | null } & Required<LocalizedNames>;
type StateAssessmentRow = {
  id: string;
  kind: AssessmentKind;
  reference: string;
  startDate: string;
  endDate: string;
  consentScope: ConsentScope;
  consentChangedAt: string;
  recommendationCount: number;
  recommendations: Array<{
    id: string;
    number: number;
    text: string;
    priority: RecommendationPriority;
    status: RecommendationStatus;
    consentScope: ConsentScope | null;
    thematicArea: { slug: string } | null;
    responses: Array<{
      stage: ResponseStage;
      organization: { id: string; acronym: string | null; iso3: string | null } & Required<LocalizedNames>;
    }>;
  }>;
};

/**
 * The State view's reads, in one statement (readTogether): the State, how many assessments it has, and a page of them,
 * each with its recommendations (by number) and their responses (latest first) as JSON. Read through Prisma's nested
 * relations, they were three statements, and Prisma's share of the page's CPU under load was 16% (9% now).
 */
function stateViewReads(iso3: string, page: number) {
  const state = sql`(SELECT s.id FROM organization s WHERE s.iso3 = ${iso3} AND s.kind = 'MEMBER_STATE')`;
  return {
    state: {
      statement: sql`SELECT o.id::text AS id, ${localNameColumns("o")}, o.iso3, o.region::text AS region
        FROM organization o WHERE o.iso3 = ${iso3} AND o.kind = 'MEMBER_STATE'`,
      order: sql`k.id`,
    },
    total: { statement: sql`SELECT count(*)::int AS n FROM assessment a WHERE a.state_id = ${state}`, order: sql`k.n` },
    assessments: {
      statement: sql`SELECT a.id::text AS id, a.kind::text AS kind, a.reference, a.start_date AS "startDate", a.end_date AS "endDate",
          a.consent_scope::text AS "consentScope", a.consent_changed_at AS "consentChangedAt",
          (SELECT count(*)::int FROM recommendation r WHERE r.assessment_id = a.id) AS "recommendationCount",
          coalesce((SELECT json_agg(json_build_object('id', r.id, 'number', r.number, 'text', r.text, 'priority', r.priority,
              'status', r.status, 'consentScope', r.consent_scope,
              'thematicArea', (SELECT json_build_object('slug', t.slug) FROM thematic_area t WHERE t.id = r.thematic_area_id),
              'responses', coalesce((SELECT json_agg(json_build_object('stage', x.stage, 'organization',
                  json_build_object('id', o.id, ${localNamesJsonPairs("o")}, 'acronym', o.acronym, 'iso3', o.iso3))
                  ORDER BY x.updated_at DESC, x.id)
                FROM recommendation_response x JOIN organization o ON o.id = x.organization_id
                WHERE x.recommendation_id = r.id), '[]'::json))
            ORDER BY r.number) FROM recommendation r WHERE r.assessment_id = a.id), '[]'::json) AS recommendations
        FROM assessment a WHERE a.state_id = ${state}
        ORDER BY a.start_date DESC, a.reference ASC, a.id ASC
        LIMIT ${STATE_VIEW_PAGE_SIZE} OFFSET ${(page - 1) * STATE_VIEW_PAGE_SIZE}`,
      order: sql`k."startDate" DESC, k.reference ASC, k.id ASC`,
    },
  };
}

/**
 * One State's assessments, latest first, a page at a time, each with its recommendations and who responded: for the
 * State and those who see all. Only the recommendations shown are recorded as read.
 */
export async function stateView(actor: ActingUser, iso3: string, page = 1) {
  const read = await readTogether(stateViewReads(iso3, page));
  const [state] = read.state as StateRow[];
  if (!state) notFound();
  ensure(canReadStateRecommendations(actor, state.id));
  const assessments = read.assessments as StateAssessmentRow[];
  await recordReadings(
    actor,
    assessments.flatMap((a) => a.recommendations.map((r) => r.id)),
    "LIST",
  );
  return {
    state,
    assessments: assessments.map(({ recommendationCount, consentChangedAt, ...a }) => ({
      ...a,
      state,
      consentChangedAt: new Date(consentChangedAt).toISOString(),
      _count: { recommendations: recommendationCount },
    })),
    total: countOf(read.total),
    page,
    pageSize: STATE_VIEW_PAGE_SIZE,
    canEdit: canAuthorRecommendations(actor),
  };
}

/** The assessments page (authors): a page of assessments and the handle of the reference lists. */
export async function assessmentListPage(actor: ActingUser, filters: z.infer<typeof AssessmentListFilters>, language: string) {
  const [list, reference] = await Promise.all([listAssessments(actor, filters), workReferenceHandle(language)]);
  return { list, reference };
}

/** The form for a new recommendation of an assessment (authors only). */
export async function newRecommendationPage(actor: ActingUser, assessmentId: string, language: string) {
  ensure(canAuthorRecommendations(actor), "403");
  const [assessment, reference] = await Promise.all([getAssessment(actor, assessmentId), workReference(language)]);
  return { assessment: { id: assessment.id, reference: assessment.reference }, reference };
}
