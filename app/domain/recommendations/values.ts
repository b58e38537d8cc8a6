// The fixed vocabularies of the recommendations area, shared by forms, filters, pages and the CSV export
// (each value's label is the translation key `recommendations.<list>.<VALUE>`). The values are the
// database's enums.
import { AssessmentKind, ConsentScope, RecommendationPriority, RecommendationStatus, ResponseStage, valuesOf } from "~/enums";

export { AssessmentKind, ConsentScope, RecommendationStatus, ResponseStage };
export type Priority = RecommendationPriority;
export const Priority = RecommendationPriority;

export const ASSESSMENT_KINDS = valuesOf(AssessmentKind);
export const CONSENT_SCOPES = valuesOf(ConsentScope);
export const PRIORITIES = valuesOf(RecommendationPriority);
export const RECOMMENDATION_STATUSES = valuesOf(RecommendationStatus);
export const RESPONSE_STAGES = valuesOf(ResponseStage);
