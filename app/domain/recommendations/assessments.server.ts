// Assessments as pages: the authors' list of every assessment, one assessment with its consent record and
// recommendations, and the State view (every assessment of one State) for that State's focal points.
// All three show a State's recommendations in full, so only those who may read all of that State's
// recommendations (canReadStateRecommendations) get them; anyone else gets 404.
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { db, type Prisma } from "~/db.server";
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

const assessmentSummary = {
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

const recommendationSummary = {
  id: true,
  number: true,
  text: true,
  priority: true,
  status: true,
  consentScope: true,
  thematicArea: { select: { slug: true } },
  responses: { select: { stage: true, organization: { select: organizationSelect } }, orderBy: { updatedAt: "desc" } },
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

/**
 * One State's assessments, latest first, a page at a time, each with its recommendations and who responded: for the
 * State and those who see all. Only the recommendations shown are recorded as read.
 */
export async function stateView(actor: ActingUser, iso3: string, page = 1) {
  const state = await db.organization.findFirst({ where: { iso3, kind: "MEMBER_STATE" }, select: stateSelect });
  if (!state) notFound();
  ensure(canReadStateRecommendations(actor, state.id));
  const [total, assessments] = await Promise.all([
    db.assessment.count({ where: { stateId: state.id } }),
    db.assessment.findMany({
      where: { stateId: state.id },
      orderBy: [{ startDate: "desc" }, { reference: "asc" }, { id: "asc" }],
      skip: (page - 1) * STATE_VIEW_PAGE_SIZE,
      take: STATE_VIEW_PAGE_SIZE,
      select: { ...assessmentSummary, recommendations: { orderBy: { number: "asc" }, select: recommendationSummary } },
    }),
  ]);
  await recordReadings(
    actor,
    assessments.flatMap((a) => a.recommendations.map((r) => r.id)),
    "LIST",
  );
  return {
    state,
    assessments: assessments.map(summaryOut),
    total,
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
