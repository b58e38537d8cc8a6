// The project filters, shared by the list, the matrix, the CSV exports and the country view (their one
// translation into SQL is filters.server.ts), and the query strings that carry them in links.
import { z } from "zod";
import { pageField } from "../../fields";
import { fundingStatusField, iso3Field, regionOrGlobalField, slugField } from "./work-fields";
import { ProjectStatus } from "~/enums";

/** Pseudo-status of the status filter: planned or ongoing. */
export const UNDER_WAY = "UNDER_WAY";
/** Filter value for "has none" on the optional dimensions (no working group, no thematic area, no pillar). */
export const NONE = "none";
/** Region filter value of projects without regions, i.e. global ones. */
export const GLOBAL = "GLOBAL";

export const PROJECT_SORTS = ["code", "title", "budget", "gap", "start"] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

export const ProjectFilters = z.object({
  q: z.string().trim().max(200).optional(),
  organization: z.uuid().optional(),
  partner: z.uuid().optional(),
  country: iso3Field.optional(),
  region: regionOrGlobalField.optional(),
  thematic: slugField.optional(),
  pillar: z.enum(["1", "2", "3", "4", NONE]).optional(),
  group: z
    .string()
    .regex(/^(none|[1-9]\d?)$/)
    .optional(),
  status: z.enum({ ...ProjectStatus, [UNDER_WAY]: UNDER_WAY }).optional(),
  funding: fundingStatusField.optional(),
  appeal: z.enum(["yes", "no"]).optional(),
  sort: z.enum(PROJECT_SORTS).default("code"),
  page: pageField,
});
export type ProjectFilters = z.infer<typeof ProjectFilters>;

/** The filter keys that narrow the set of projects (sort and page only arrange it). */
export const FILTER_KEYS = [
  "q",
  "organization",
  "partner",
  "country",
  "region",
  "thematic",
  "pillar",
  "group",
  "status",
  "funding",
  "appeal",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ProjectSelection = Partial<Pick<ProjectFilters, FilterKey>>;

/** The narrowing part of a filter set, without empty values: what links and exports carry along. */
export function selectionOf(filters: ProjectSelection): ProjectSelection {
  const selection: ProjectSelection = {};
  for (const key of FILTER_KEYS)
    if (filters[key] !== undefined && filters[key] !== "") (selection as Record<string, unknown>)[key] = filters[key];
  return selection;
}

/** The query string of a selection (plus extra parameters such as the matrix axes), for links. */
export function selectionQuery(selection: ProjectSelection, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...selection, ...extra }))
    if (value !== undefined && value !== "") params.set(key, String(value));
  return params.toString();
}

// ---------------------------------------------------------------------------------------------
// The matrix: rows and columns are chosen among these dimensions. Each is also a filter key, and a cell's
// key is exactly that filter's value, so a cell links to the list filtered by its row and column.

export const AXES = ["organization", "pillar", "thematic", "region", "group"] as const;
export type Axis = (typeof AXES)[number];

export const MatrixQuery = ProjectFilters.omit({ sort: true, page: true })
  .extend({
    rows: z.enum(AXES).default("thematic"),
    cols: z.enum(AXES).default("region"),
    /** What shades the cells of the heatmap: the number of projects or their budget. */
    shade: z.enum(["projects", "budget"]).catch("projects").default("projects"),
  })
  .transform((query) =>
    query.rows === query.cols ? { ...query, cols: query.rows === "region" ? ("thematic" as const) : ("region" as const) } : query,
  );
export type MatrixQuery = z.infer<typeof MatrixQuery>;

/** The key of a matrix cell in `Matrix.cells` (used on the server and in the page). */
export const cellKey = (row: string, col: string) => `${row}\u0000${col}`;

/** The projects behind one cell, row or column of the matrix: the current selection narrowed by the keys. */
export function narrowSelection(selection: ProjectSelection, keys: Partial<Record<Axis, string>>): ProjectSelection {
  return { ...selection, ...keys } as ProjectSelection;
}

/** A path with the query string of a selection (and extras), without a dangling "?". */
export function hrefWith(path: string, selection: ProjectSelection, extra: Record<string, string | undefined> = {}): string {
  const query = selectionQuery(selection, extra);
  return query ? `${path}?${query}` : path;
}
