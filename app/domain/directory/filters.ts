// The directory's search and filters, as they appear in the URL (/directory?q=…&kind=…). Shared by the
// page, the exports and the benchmark, so a bookmarked or shared search means the same everywhere.
import { z } from "zod";
import { PILLAR_NUMBERS } from "../../pillars";
import { isLanguageCode } from "./languages";
import { organizationKindField, pageField, regionField } from "../../fields";

export const DIRECTORY_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_DIRECTORY_PAGE_SIZE = 25;
export const DIRECTORY_SORTS = ["name", "organization"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

/** Search words beyond this many are ignored (each one is a condition of the query). */
export const MAX_SEARCH_TERMS = 6;

const flag = z
  .union([z.literal("1"), z.literal("on"), z.literal("true")])
  .optional()
  .transform((v) => v !== undefined);

export const DirectoryQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: organizationKindField.optional(),
  region: regionField.optional(),
  organization: z.uuid().optional(),
  /** Working group, by its slug (readable in a shared link). */
  group: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional(),
  chairs: flag,
  language: z.string().trim().toLowerCase().refine(isLanguageCode).optional(),
  interest: z.coerce
    .number()
    .int()
    .refine((n) => (PILLAR_NUMBERS as number[]).includes(n))
    .optional(),
  sort: z.enum(DIRECTORY_SORTS).default("name"),
  size: z.coerce
    .number()
    .int()
    .refine((n) => (DIRECTORY_PAGE_SIZES as readonly number[]).includes(n))
    .default(DEFAULT_DIRECTORY_PAGE_SIZE),
  page: pageField,
});
export type DirectoryQuery = z.infer<typeof DirectoryQuery>;

/** The words of a search: each must match (in the person's name, email or title, or their organization). */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return q.split(/\s+/u).filter(Boolean).slice(0, MAX_SEARCH_TERMS);
}

/** The filters of a query, without paging and order: what an export records in the audit trail. */
export function filtersOf(query: DirectoryQuery) {
  const { page: _page, size: _size, sort: _sort, ...filters } = query;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== false));
}
