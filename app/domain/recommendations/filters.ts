// The recommendation filters of the list and its CSV export; every value travels in the URL.
import { z } from "zod";
import { pageField } from "../../fields";
import { iso3Field, regionOrGlobalField, slugField } from "../projects/work-fields";
import { Priority, RecommendationStatus } from "./values";

/** Pseudo-status of the status filter: open, assistance being arranged, or in progress. */
export const UNRESOLVED = "UNRESOLVED";
/** Thematic filter value of recommendations without a thematic area. */
export const NO_THEMATIC = "none";

export const RecommendationFilters = z.object({
  q: z.string().trim().max(200).optional(),
  state: iso3Field.optional(),
  region: regionOrGlobalField.exclude(["GLOBAL"]).optional(),
  thematic: slugField.optional(),
  priority: z.enum(Priority).optional(),
  status: z.enum({ ...RecommendationStatus, [UNRESOLVED]: UNRESOLVED }).optional(),
  noResponse: z.enum(["yes"]).optional(),
  assessment: z.uuid().optional(),
  page: pageField,
});
export type RecommendationFilters = z.infer<typeof RecommendationFilters>;

export const FILTER_KEYS = ["q", "state", "region", "thematic", "priority", "status", "noResponse", "assessment"] as const;
export type RecommendationSelection = Partial<Pick<RecommendationFilters, (typeof FILTER_KEYS)[number]>>;

/** The narrowing part of the filters without empty values (what links and the export carry along). */
export function selectionOf(filters: RecommendationSelection): RecommendationSelection {
  const selection: RecommendationSelection = {};
  for (const key of FILTER_KEYS)
    if (filters[key] !== undefined && filters[key] !== "") (selection as Record<string, unknown>)[key] = filters[key];
  return selection;
}

export function selectionHref(path: string, selection: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(selection)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
