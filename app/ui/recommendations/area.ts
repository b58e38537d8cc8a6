// What the recommendation pages' tabs offer this reader.
import type { CurrentUser } from "~/auth/actor.server";
import { canAuthorRecommendations, canReadRecommendationAccessRecord, canReadRecommendationDashboard } from "~/auth/policy";

export type RecommendationArea = { dashboard: boolean; assessments: boolean; accessRecord: boolean; ownState: string | null };

export function recommendationArea(actor: CurrentUser): RecommendationArea {
  return {
    dashboard: canReadRecommendationDashboard(actor),
    assessments: canAuthorRecommendations(actor),
    accessRecord: canReadRecommendationAccessRecord(actor),
    ownState: actor.organizationKind === "MEMBER_STATE" ? actor.organization.iso3 : null,
  };
}
