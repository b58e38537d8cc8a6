// What the recommendation pages' tabs offer this reader.
import { db } from "~/db.server";
import { canAuthorRecommendations, canReadRecommendationAccessRecord, canReadRecommendationDashboard, type Actor } from "~/auth/policy";

export type RecommendationArea = { dashboard: boolean; assessments: boolean; accessRecord: boolean; ownState: string | null };

export async function recommendationArea(actor: Actor): Promise<RecommendationArea> {
  const ownState =
    actor.organizationKind === "MEMBER_STATE" ? ((await db.organization.findUnique({ where: { id: actor.organizationId }, select: { iso3: true } }))?.iso3 ?? null) : null;
  return {
    dashboard: canReadRecommendationDashboard(actor),
    assessments: canAuthorRecommendations(actor),
    accessRecord: canReadRecommendationAccessRecord(actor),
    ownState,
  };
}
