// One recommendation's page: 404 unless the reader may read it, the responses the reader may see, what the
// reader may do, and the access record of the reading (for readers outside the assessment body and the
// secretariat, written before anything is returned).
import { db } from "~/db.server";
import { LOCAL_NAMES } from "~/names";
import {
  canAuthorRecommendations,
  canReadRecommendation,
  canReadRecommendationAccessRecord,
  canReadStateRecommendations,
  canRespondToRecommendation,
  canSeeRecommendationResponse,
  effectiveSharing,
} from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { notFound } from "~/outcomes";
import { dayString } from "~/fields";
import { recordReadings } from "./access-record.server";
import { scopeInclude, scopeOf } from "./visibility.server";
import { responseActivityChoices } from "./responses.server";

const organizationSelect = {
  id: true,
  ...LOCAL_NAMES,
  acronym: true,
  iso3: true,
  kind: true,
} as const;

export async function getRecommendation(actor: ActingUser, id: string) {
  const rec = await db.recommendation.findUnique({
    where: { id },
    include: {
      ...scopeInclude,
      thematicArea: { select: { slug: true, ...LOCAL_NAMES } },
      assessment: {
        select: {
          id: true,
          stateId: true,
          kind: true,
          reference: true,
          startDate: true,
          endDate: true,
          consentScope: true,
          consentChangedAt: true,
          consentOrganizations: { select: { organizationId: true } },
          state: { select: { ...organizationSelect, region: true } },
        },
      },
      responses: {
        orderBy: [{ updatedAt: "desc" }],
        include: {
          organization: { select: organizationSelect },
          project: { select: { id: true, code: true, title: true } },
          activity: { select: { id: true, title: true } },
          updatedBy: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!rec) notFound();
  const scope = scopeOf(rec);
  if (!canReadRecommendation(actor, scope)) notFound();
  await recordReadings(actor, [rec.id], "PAGE");
  const seesConsent = canReadStateRecommendations(actor, scope.stateId);
  const sharing = effectiveSharing(scope.assessment, scope.recommendation);
  const namedIds = [...new Set([...scope.assessment.organizationIds, ...(scope.recommendation?.organizationIds ?? [])])];
  const named =
    seesConsent && namedIds.length ? await db.organization.findMany({ where: { id: { in: namedIds } }, select: organizationSelect }) : [];
  const nameOf = (ids: readonly string[]) => named.filter((o) => ids.includes(o.id));
  const own = rec.responses.find((r) => r.organizationId === actor.organizationId) ?? null;
  return {
    id: rec.id,
    number: rec.number,
    text: rec.text,
    priority: rec.priority,
    status: rec.status,
    pillar: rec.pillar,
    thematicArea: rec.thematicArea,
    updatedAt: rec.updatedAt.toISOString(),
    // Only what every reader may know; the consent (and when it changed) only to those who may know it.
    assessment: {
      id: rec.assessment.id,
      kind: rec.assessment.kind,
      reference: rec.assessment.reference,
      startDate: dayString(rec.assessment.startDate),
      endDate: dayString(rec.assessment.endDate),
      state: rec.assessment.state,
    },
    // The consent is the State's business: shown to those who see all and to the State itself.
    consent: seesConsent
      ? {
          assessment: { scope: scope.assessment.scope, organizations: nameOf(scope.assessment.organizationIds) },
          recommendation: scope.recommendation
            ? { scope: scope.recommendation.scope, organizations: nameOf(scope.recommendation.organizationIds) }
            : null,
          effective: { scope: sharing.scope, organizations: nameOf(sharing.organizationIds) },
          changedAt: rec.assessment.consentChangedAt.toISOString(),
        }
      : null,
    responses: rec.responses
      .filter((r) => canSeeRecommendationResponse(actor, scope, r.organizationId))
      .map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })),
    ownResponse: own
      ? {
          stage: own.stage,
          note: own.note ?? "",
          projectCode: own.project?.code ?? "",
          activityId: own.activityId ?? "",
          version: own.version,
        }
      : null,
    canRespond: canRespondToRecommendation(actor, scope),
    canEdit: canAuthorRecommendations(actor),
    canReadAccessRecord: canReadRecommendationAccessRecord(actor),
  };
}

/** A recommendation's page: the recommendation and, for a reader who may respond, their organization's activities to link. */
export async function recommendationPage(actor: ActingUser, id: string) {
  const recommendation = await getRecommendation(actor, id);
  const activities = recommendation.canRespond ? await responseActivityChoices(actor) : [];
  return { recommendation, activities };
}
