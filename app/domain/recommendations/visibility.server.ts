// The one SQL translation of the recommendation rule of app/auth/policy.ts (canReadRecommendation and
// canSeeRecommendationResponse), for lists, counts, the dashboard and the export: what a reader may not
// read never leaves the database. The integration test compares it with the policy for every demo user
// and every seeded recommendation.
import { Prisma } from "~/db.server";
import { isEntityFocalPoint, seesAllRecommendations, type Actor, type RecommendationScope } from "~/auth/policy";

const sql = Prisma.sql;

/** Whether the consent in `scopeColumn` (with its named list in `table`) includes the reader's organization. */
function consentIncludes(actor: Actor, scopeColumn: Prisma.Sql, namedList: Prisma.Sql): Prisma.Sql {
  const named = sql`(${scopeColumn} = 'NAMED' AND EXISTS (${namedList} AND x.organization_id = ${actor.organizationId}::uuid))`;
  return actor.organizationKind === "COMPACT_ENTITY" ? sql`(${scopeColumn} = 'UN_ENTITIES' OR ${named})` : named;
}

/** The condition on `recommendation r JOIN assessment a` for the recommendations this reader may read. */
export function visibleRecommendations(actor: Actor): Prisma.Sql {
  if (actor.status !== "ACTIVE") return sql`FALSE`;
  if (seesAllRecommendations(actor)) return sql`TRUE`;
  if (actor.organizationKind === "MEMBER_STATE") return sql`a.state_id = ${actor.organizationId}::uuid`;
  if (!isEntityFocalPoint(actor)) return sql`FALSE`;
  const withinAssessment = consentIncludes(
    actor,
    sql`a.consent_scope`,
    sql`SELECT 1 FROM assessment_consent_organization x WHERE x.assessment_id = a.id`,
  );
  const withinNarrowing = consentIncludes(
    actor,
    sql`r.consent_scope`,
    sql`SELECT 1 FROM recommendation_consent_organization x WHERE x.recommendation_id = r.id`,
  );
  return sql`(${withinAssessment} AND (r.consent_scope IS NULL OR ${withinNarrowing}))`;
}

/**
 * The condition on `recommendation_response rr` (of a recommendation the reader may read) for the responses
 * this reader may see: all of them for those who see all and for the assessed State; an entity its own.
 */
export function visibleResponses(actor: Actor): Prisma.Sql {
  if (seesAllRecommendations(actor) || actor.organizationKind === "MEMBER_STATE") return sql`TRUE`;
  return sql`rr.organization_id = ${actor.organizationId}::uuid`;
}

/** A stored recommendation (with its assessment's consent) as the policy functions take it. */
export function scopeOf(rec: {
  consentScope: RecommendationScope["assessment"]["scope"] | null;
  consentOrganizations: ReadonlyArray<{ organizationId: string }>;
  assessment: {
    stateId: string;
    consentScope: RecommendationScope["assessment"]["scope"];
    consentOrganizations: ReadonlyArray<{ organizationId: string }>;
  };
}): RecommendationScope {
  return {
    stateId: rec.assessment.stateId,
    assessment: { scope: rec.assessment.consentScope, organizationIds: rec.assessment.consentOrganizations.map((o) => o.organizationId) },
    recommendation: rec.consentScope
      ? { scope: rec.consentScope, organizationIds: rec.consentOrganizations.map((o) => o.organizationId) }
      : null,
  };
}

/** The Prisma include that loads what scopeOf needs. */
export const scopeInclude = {
  consentOrganizations: { select: { organizationId: true } },
  assessment: { select: { stateId: true, consentScope: true, consentOrganizations: { select: { organizationId: true } } } },
} as const;
