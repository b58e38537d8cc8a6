// The fixed vocabularies of the recommendations area, shared by forms, filters, pages and the CSV export
// (each value's label is the translation key `recommendations.<list>.<VALUE>`).
export const ASSESSMENT_KINDS = ["VISIT", "FOLLOW_UP_VISIT", "DESK_REVIEW"] as const;
export const CONSENT_SCOPES = ["NOT_SHARED", "UN_ENTITIES", "NAMED"] as const;
export const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export const RECOMMENDATION_STATUSES = ["OPEN", "ARRANGING_ASSISTANCE", "IN_PROGRESS", "ADDRESSED", "NO_LONGER_RELEVANT"] as const;
export const RESPONSE_STAGES = ["OFFERED", "UNDER_WAY", "DELIVERED"] as const;

export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export type ResponseStage = (typeof RESPONSE_STAGES)[number];

