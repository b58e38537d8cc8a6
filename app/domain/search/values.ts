// What /search shows, as the page and its components need it (no server code here).

/** The kinds of record the search finds, in the order the page groups them. */
export const SEARCH_KINDS = [
  "people",
  "organizations",
  "events",
  "posts",
  "comments",
  "resources",
  "activities",
  "projects",
  "plan",
  "recommendations",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Results one group shows on the page of every kind; one kind's own page shows pages of SEARCH_PAGE_SIZE. */
export const PER_KIND = 5;
export const SEARCH_PAGE_SIZE = 20;
/** Matches beyond this many are neither counted nor paged (the page says "more than"): a query that broad is refined, not read. */
export const SEARCH_CAP = 1000;
/**
 * The page of every kind counts each kind's matches up to this many ("more than 100"): a common word matched over a
 * thousand events, and finding the thousandth meant reading 5,800 of them, for a page that shows five. One kind's own
 * page (or its list) counts up to SEARCH_CAP.
 */
export const OVERVIEW_CAP = 100;

/** A text cut into runs, the runs that match the search marked: the page wraps those in <mark>. */
export type Highlighted = Array<{ text: string; match: boolean }>;

export type SearchHit = {
  id: string;
  href: string;
  title: Highlighted;
  /** A piece of the longer text around the match, when the match is there (or its start). */
  excerpt: Highlighted | null;
  /** Where the record lives, in the reader's language (a group, an organization, a State). */
  context: string | null;
  /** A date (YYYY-MM-DD) that places the record: an event's start, a post's last activity… */
  date: string | null;
};

/** Where "all N results" of a kind leads: its own list filtered by the search where the list has a search box, else this page for that kind. */
const OWN_LIST: Partial<Record<SearchKind, string>> = {
  people: "/directory",
  organizations: "/organizations",
  resources: "/resources",
  activities: "/activities",
  projects: "/projects",
  recommendations: "/recommendations",
};

export function allResultsHref(kind: SearchKind, q: string): string {
  const list = OWN_LIST[kind];
  if (list) return `${list}?${new URLSearchParams({ q })}`;
  return `/search?${new URLSearchParams({ q, kind })}`;
}
