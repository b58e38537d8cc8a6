// One search for everything (/search): people, organizations, events, posts, comments, resources,
// activities, projects, plan items and recommendations, grouped by kind. Each kind is read through the
// WHERE of its own list (the directory, the organizations, the calendar, the activity tracker, the
// project list, the recommendation list), the SQL twin of the library's rule (readableResource) or, for
// what lives inside group spaces, the SQL translation of the group-space rule: a search never decides on
// its own who may read what.
// tests/integration/search-visibility.test.ts walks every demo user × every record of every kind.
import { z } from "zod";
import { isPlannedAtEachRun, Prisma, readRows, type Planning } from "~/db.server";
import { readTogether, type TogetherRead } from "~/read-together.server";
import { keepRows, rowsKeptUnder, versionsFrom, VERSIONS_READ, type DataSet } from "~/data-versions.server";
import { canReadActivitiesAndProjects, canReadDirectory, canUseRecommendations } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { groupName, localName, organizationName, type LocalizedNames } from "~/names";
import { localNameColumns, localNameOrder } from "~/names.server";
import { pageField } from "../../fields";
import { DirectoryQuery } from "../directory/filters";
import { directoryWhere } from "../directory/search.server";
import { organizationWhere } from "../directory/organizations.server";
import { eventConditions } from "../calendar/views.server";
import { readableGroupSpace, readablePost } from "../groups/visibility.server";
import { readableResource, resourcesMatching } from "../resources/library.server";
import { activityConditions } from "../activities/list.server";
import { projectConditions } from "../projects/filter-sql.server";
import { RECOMMENDATIONS_FROM, recommendationConditions } from "../recommendations/list.server";
import { selectionOf } from "../recommendations/filters";
import { readingsWritten } from "../recommendations/access-record.server";
import { textMatch } from "./text-match.server";
import { excerpt, highlight, searchWords } from "./highlight";
import {
  OVERVIEW_CAP,
  PER_KIND,
  SEARCH_CAP,
  SEARCH_KINDS,
  SEARCH_PAGE_SIZE,
  type Highlighted,
  type SearchHit,
  type SearchKind,
} from "./values";

const sql = Prisma.sql;

export const SearchQuery = z.object({
  q: z.string().trim().max(200).default(""),
  kind: z.enum(SEARCH_KINDS).optional(),
  page: pageField,
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** A page of results; `cap`: matches are counted (and paged) up to this many (SEARCH_CAP unless given). */
export type Slice = { limit: number; offset: number; cap?: number };
export type KindResult = { total: number; hits: SearchHit[] };

const NAMES = localNameColumns("o");
const GROUP_NAMES = sql`g.slug, g.number, g.name AS "groupName", g.name_zh AS "groupNameZh", g.name_ar AS "groupNameAr", g.name_fr AS "groupNameFr", g.name_ru AS "groupNameRu", g.name_es AS "groupNameEs"`;

type Names = Required<LocalizedNames>;
type GroupNames = {
  slug: string;
  number: number;
  groupName: string;
  groupNameZh: string | null;
  groupNameAr: string | null;
  groupNameFr: string | null;
  groupNameRu: string | null;
  groupNameEs: string | null;
};
type Counted = { total: number };

function groupOf(row: GroupNames, language: string) {
  return groupName(
    {
      number: row.number,
      name: row.groupName,
      nameZh: row.groupNameZh,
      nameAr: row.groupNameAr,
      nameFr: row.groupNameFr,
      nameRu: row.groupNameRu,
      nameEs: row.groupNameEs,
    },
    language,
  );
}

const marked = (text: string, q: string | null) => highlight(text, q ?? "");
const cut = (text: string | null, q: string | null) => (text ? excerpt(text, q ?? "") : null);
const totalOf = (rows: Counted[]) => rows[0]?.total ?? 0;
const page = (slice: Slice) => sql`LIMIT ${slice.limit} OFFSET ${slice.offset}`;

/**
 * One kind's query: its matches in the kind's order, cut after the cap (or the end of the page asked for, if further),
 * then the page of them with how many there were up to the cap. A broad query ("scale", one character of Chinese)
 * matched every one of 50,000 activities, and counting and sorting them all took most of a second; cut in the order
 * of an index, the scan stops at the cap. `total` above the cap reads "more than 100" (or 1,000).
 */
function cappedPage(columns: Prisma.Sql, from: Prisma.Sql, order: Prisma.Sql, slice: Slice): Prisma.Sql {
  const cap = Math.max(slice.cap ?? SEARCH_CAP, slice.offset + slice.limit) + 1;
  return sql`
    SELECT *, count(*) OVER ()::int AS total FROM (
      SELECT ${columns}, row_number() OVER (ORDER BY ${order})::int AS pos ${from} ORDER BY ${order} LIMIT ${cap}
    ) m ORDER BY pos ${page(slice)}`;
}

/**
 * A kind read by one capped statement (cappedPage): its statement for this reader (null when the reader may not use the
 * kind), how its rows become hits, and what is written with the rows shown. Every kind is written so, and the search page
 * reads them all in one statement (searchEverything; the kinds kept for every reader by a second, when they are not
 * kept); one kind alone (its "all results" pages) is read by its own.
 */
type CappedKind = {
  statement: (actor: ActingUser, q: string | null, slice: Slice, language: string) => Prisma.Sql | null;
  /**
   * For a kind whose rows depend on the reader only through whether they may use it (the directory, the organizations,
   * activities, projects): the sets of tables its statement reads. Its rows are kept for every reader while those are
   * unchanged, as the lists they come from keep theirs.
   */
  keptWith?: readonly DataSet[];
  /** What is written with the rows shown, in the statement that reads them (readTogether's `written`). */
  written?: (actor: ActingUser) => TogetherRead["written"];
  result: (rows: unknown[], q: string | null, language: string) => Promise<KindResult>;
};

function capped<Row extends Counted>(kind: {
  statement: CappedKind["statement"];
  keptWith?: readonly DataSet[];
  written?: CappedKind["written"];
  hits: (rows: Row[], q: string | null, language: string) => SearchHit[];
}): CappedKind {
  return {
    statement: kind.statement,
    keptWith: kind.keptWith,
    written: kind.written,
    result: async (rows, q, language) => ({ total: totalOf(rows as Row[]), hits: kind.hits(rows as Row[], q, language) }),
  };
}

const people = capped<Counted & Names & { id: string; person: string; title: string | null; acronym: string | null }>({
  statement: (actor, q, slice) => {
    if (!canReadDirectory(actor)) return null;
    return cappedPage(
      sql`u.id::text AS id, u.name AS person, u.title, ${NAMES}, o.acronym`,
      sql`FROM "user" u JOIN organization o ON o.id = u.organization_id WHERE ${directoryWhere(DirectoryQuery.parse({ q: q ?? undefined }))}`,
      sql`u.sort_name, u.id`,
      slice,
    );
  },
  keptWith: ["people", "reference"],
  hits: (rows, q, language) =>
    rows.map((r) => ({
      id: r.id,
      href: `/directory/${r.id}`,
      title: marked(r.person, q),
      excerpt: r.title ? marked(r.title, q) : null,
      context: organizationName(r, language),
      date: null,
    })),
});

const organizations = capped<Counted & Names & { id: string; acronym: string | null }>({
  statement: (actor, q, slice, language) => {
    if (!canReadDirectory(actor)) return null;
    return cappedPage(
      sql`o.id::text AS id, ${NAMES}, o.acronym`,
      sql`FROM organization o WHERE ${organizationWhere({ q: q ?? undefined })}`,
      sql`${localNameOrder("o", language)}, o.id`,
      slice,
    );
  },
  keptWith: ["reference"],
  hits: (rows, q, language) =>
    rows.map((r) => ({
      id: r.id,
      href: `/organizations/${r.id}`,
      title: marked(localName(r, language), q),
      excerpt: r.acronym ? marked(r.acronym, q) : null,
      context: null,
      date: null,
    })),
});

const events = capped<Counted & { id: string; title: string; place: string | null; day: string }>({
  statement: (actor, q, slice) => {
    return cappedPage(
      sql`e.id::text AS id, e.title, e.place, to_char(e.starts_at AT TIME ZONE e.time_zone, 'YYYY-MM-DD') AS day`,
      sql`FROM event e WHERE ${eventConditions(actor, { q: q ?? undefined })}`,
      sql`e.starts_at DESC, e.id`,
      slice,
    );
  },
  hits: (rows, q) =>
    rows.map((r) => ({
      id: r.id,
      href: `/calendar/events/${r.id}`,
      title: marked(r.title, q),
      excerpt: r.place ? marked(r.place, q) : null,
      context: null,
      date: r.day,
    })),
});

const posts = capped<Counted & GroupNames & { id: string; title: string; body: string; day: string }>({
  statement: (actor, q, slice) => {
    const match = q ? textMatch(q, sql`p.search_document`, [sql`p.title`, sql`p.body`], "once") : sql`TRUE`;
    return cappedPage(
      sql`p.id::text AS id, p.title, p.body, to_char(p.last_activity_at, 'YYYY-MM-DD') AS day, ${GROUP_NAMES}`,
      sql`FROM post p JOIN working_group g ON g.id = p.group_id WHERE p.deleted_at IS NULL AND ${readablePost(actor)} AND ${match}`,
      sql`p.last_activity_at DESC, p.id`,
      slice,
    );
  },
  hits: (rows, q, language) =>
    rows.map((r) => ({
      id: r.id,
      href: `/groups/${r.slug}/posts/${r.id}`,
      title: marked(r.title, q),
      excerpt: cut(r.body, q),
      context: groupOf(r, language),
      date: r.day,
    })),
});

const comments = capped<Counted & GroupNames & { id: string; postId: string; title: string; body: string; day: string }>({
  statement: (actor, q, slice) => {
    const match = q ? textMatch(q, sql`c.search_document`, [sql`c.body`], "once") : sql`TRUE`;
    return cappedPage(
      sql`c.id::text AS id, p.id::text AS "postId", p.title, c.body, to_char(c.created_at, 'YYYY-MM-DD') AS day, ${GROUP_NAMES}`,
      sql`FROM comment c JOIN post p ON p.id = c.post_id JOIN working_group g ON g.id = p.group_id WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL AND ${readablePost(actor)} AND ${match}`,
      sql`c.created_at DESC, c.id`,
      slice,
    );
  },
  hits: (rows, q, language) =>
    rows.map((r) => ({
      id: r.id,
      href: `/groups/${r.slug}/posts/${r.postId}`,
      title: marked(r.title, null),
      excerpt: cut(r.body, q),
      context: groupOf(r, language),
      date: r.day,
    })),
});

const plan = capped<Counted & GroupNames & { id: string; title: string; description: string | null }>({
  statement: (actor, q, slice) => {
    const match = q ? textMatch(q, sql`w.search_document`, [sql`w.title`, sql`w.description`], "once") : sql`TRUE`;
    return cappedPage(
      sql`w.id::text AS id, w.title, w.description, ${GROUP_NAMES}`,
      sql`FROM work_plan_item w JOIN working_group g ON g.id = w.group_id WHERE ${readableGroupSpace(actor, sql`w.group_id`)} AND ${match}`,
      sql`g.number, w.rank, w.id`,
      slice,
    );
  },
  hits: (rows, q, language) =>
    rows.map((r) => ({
      id: r.id,
      href: `/groups/${r.slug}/plan/${r.id}`,
      title: marked(r.title, q),
      excerpt: cut(r.description, q),
      context: groupOf(r, language),
      date: null,
    })),
});

const resources: CappedKind = {
  statement: (actor, q, slice) => {
    const match = q ? sql`r.id IN (${resourcesMatching(q, "once")})` : sql`TRUE`;
    return cappedPage(
      sql`r.id::text AS id, r.title, r.summary, to_char(r.published_on, 'YYYY-MM-DD') AS day, ${NAMES}, o.acronym`,
      sql`FROM resource r JOIN organization o ON o.id = r.publisher_organization_id WHERE ${readableResource(actor)} AND ${match}`,
      sql`r.published_on DESC, r.id`,
      slice,
    );
  },
  async result(rows, q, language) {
    const typed = rows as Array<
      Counted & Names & { id: string; title: string; summary: string | null; day: string; acronym: string | null }
    >;
    const hits = typed.map((r) => ({
      id: r.id,
      href: `/resources/${r.id}`,
      title: marked(r.title, q),
      excerpt: cut(r.summary, q),
      context: organizationName(r, language),
      date: r.day,
    }));
    // Found by the text inside its file: the passage of the file where the match is, instead of the summary.
    const inFile = q ? hits.filter((h) => !hasMatch(h.title) && !hasMatch(h.excerpt)).map((h) => h.id) : [];
    const passages = inFile.length ? await filePassages(inFile, q!) : new Map<string, string>();
    return { total: totalOf(typed), hits: hits.map((h) => (passages.has(h.id) ? { ...h, excerpt: cut(passages.get(h.id)!, q) } : h)) };
  },
};

const hasMatch = (text: Highlighted | null) => !!text?.some((run) => run.match);

/**
 * For resources already read (visible to the reader), a window of their file's text around the first place a
 * word of the search occurs, short enough to send; none for a file where no word occurs as written (a match by
 * a theme keeps the summary).
 */
async function filePassages(ids: string[], q: string): Promise<Map<string, string>> {
  const words = searchWords(q).map((w) => w.toLowerCase());
  const rows = await readRows<{ id: string; passage: string }>(sql`
    SELECT r.id::text AS id, substr(r.file_text, greatest(1, m.at - 300), 900) AS passage
    FROM resource r JOIN LATERAL (
      SELECT min(p) AS at FROM unnest(${words}::text[]) w, LATERAL strpos(lower(r.file_text), w) p WHERE p > 0
    ) m ON m.at IS NOT NULL
    WHERE r.id = ANY(${ids}::uuid[]) AND r.file_text IS NOT NULL`);
  return new Map(rows.map((r) => [r.id, r.passage]));
}

/** The conditions of a list as one WHERE (an empty list is every row). */
const whereAll = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, " AND ") : sql`TRUE`);

const activities = capped<Counted & Names & { id: string; title: string; acronym: string | null; day: string }>({
  statement: (actor, q, slice) => {
    if (!canReadActivitiesAndProjects(actor)) return null;
    return cappedPage(
      sql`a.id::text AS id, a.title, to_char(a.start_date, 'YYYY-MM-DD') AS day, ${NAMES}, o.acronym`,
      sql`FROM activity a JOIN organization o ON o.id = a.lead_organization_id WHERE ${whereAll(activityConditions({ q: q ?? undefined }))}`,
      sql`a.start_date DESC, a.id DESC`,
      slice,
    );
  },
  keptWith: ["activities"],
  hits: (rows, q, language) =>
    rows.map((r) => ({
      id: r.id,
      href: `/activities/${r.id}`,
      title: marked(r.title, q),
      excerpt: null,
      context: organizationName(r, language),
      date: r.day,
    })),
});

const projects = capped<Counted & Names & { id: string; code: string; title: string; acronym: string | null }>({
  statement: (actor, q, slice) => {
    if (!canReadActivitiesAndProjects(actor)) return null;
    return cappedPage(
      sql`p.id::text AS id, p.code, p.title, ${NAMES}, o.acronym`,
      sql`FROM project p JOIN organization o ON o.id = p.lead_organization_id WHERE ${whereAll(projectConditions({ q: q ?? undefined }))}`,
      sql`p.code, p.id`,
      slice,
    );
  },
  keptWith: ["projects"],
  hits: (rows, q, language) =>
    rows.map((r) => ({
      id: r.id,
      href: `/projects/${r.id}`,
      title: marked(r.title, q),
      excerpt: marked(r.code, q),
      context: organizationName(r, language),
      date: null,
    })),
});

const recommendations = capped<Counted & Names & { id: string; number: number; text: string; reference: string }>({
  statement: (actor, q, slice) => {
    if (!canUseRecommendations(actor)) return null;
    return cappedPage(
      sql`r.id::text AS id, r.number, r.text, a.reference, ${localNameColumns("s")}`,
      sql`${RECOMMENDATIONS_FROM} ${recommendationConditions(actor, selectionOf({ q: q ?? undefined }))}`,
      sql`a.start_date DESC, a.reference ASC, r.number ASC`,
      slice,
    );
  },
  hits: (rows, q, language) =>
    rows.map((r) => ({
      id: r.id,
      href: `/recommendations/${r.id}`,
      title: marked(`${r.reference} #${r.number}`, q),
      excerpt: cut(r.text, q),
      context: localName(r, language),
      date: null,
    })),
  // The page shows their text: a reading, recorded as the list records it.
  written: (actor) => readingsWritten(actor, "LIST"),
});

const KINDS: Record<SearchKind, CappedKind> = {
  people,
  organizations,
  events,
  posts,
  comments,
  resources,
  activities,
  projects,
  plan,
  recommendations,
};

/**
 * How a kind's statement is read: planned once, unless its match on a large table (or a query of one or two
 * characters) must be planned at each run (textMatch's `planning`).
 */
const planningOf = (statement: Prisma.Sql): Planning => (isPlannedAtEachRun(statement) ? "as PostgreSQL decides" : "once");

/** One kind's matches as the reader may read them (`q` null: all of them). */
export async function searchKind(actor: ActingUser, kind: SearchKind, q: string | null, slice: Slice, language = "en") {
  const statement = KINDS[kind].statement(actor, q, slice, language);
  if (!statement) return null;
  const { rows } = await readTogether(
    { rows: { statement, order: sql`k.pos`, written: KINDS[kind].written?.(actor) } },
    planningOf(statement),
  );
  return KINDS[kind].result(rows, q, language);
}

/**
 * Every kind of `kinds` the reader may use, read together (readTogether): each kind's rows as a JSON array (their
 * columns are text and numbers, which JSON keeps as they are). Ten statements per search cost the server more than
 * their answers: under load, sending them and reading their answers was 40% of the search page's CPU. They are read
 * by two statements side by side: the kinds planned at each run (the large tables: textMatch), and the others, planned
 * once (readRows' `planned`), for a statement with any part planned at each run is planned whole at each run, and
 * planning was most of PostgreSQL's work for a search. The kinds that are the same for every reader (keptWith) are
 * kept while their tables are unchanged: the second statement reads the versions of those tables, and the kept kinds
 * that are not kept under those versions are read by a third.
 */
async function searchKinds(actor: ActingUser, kinds: readonly SearchKind[], q: string, slice: Slice, language: string) {
  const read = kinds.flatMap((kind) => {
    const statement = KINDS[kind].statement(actor, q, slice, language);
    return statement ? [{ kind, statement, keptWith: KINDS[kind].keptWith, written: KINDS[kind].written?.(actor) }] : [];
  });
  if (!read.length) return new Map<SearchKind, KindResult>();
  const reads = (of: typeof read): Record<string, TogetherRead> =>
    Object.fromEntries(of.map(({ kind, statement, written }) => [kind, { statement, order: sql`k.pos`, written }]));
  // A kind whose rows are written with (the access record) is read every time.
  const own = read.filter((r) => !r.keptWith || r.written);
  const kept = read.flatMap(({ keptWith, ...r }) => (keptWith && !r.written ? [{ ...r, keptWith }] : []));
  const once = own.filter(({ statement }) => planningOf(statement) === "once");
  const eachRun = own.filter(({ statement }) => planningOf(statement) !== "once");
  const [first, second] = await Promise.all([
    readTogether<string>({ ...reads(once), versions: kept.length ? VERSIONS_READ : { statement: null, order: sql`k.name` } }, "once"),
    readTogether<string>(reads(eachRun)),
  ]);
  const rows = new Map<SearchKind, Promise<unknown[]> | unknown[]>([
    ...once.map(({ kind }) => [kind, first[kind]] as const),
    ...eachRun.map(({ kind }) => [kind, second[kind]] as const),
  ]);
  const versions = versionsFrom(first.versions);
  for (const { kind, statement, keptWith } of kept) {
    const found = rowsKeptUnder(versions, keptWith, statement);
    if (found) rows.set(kind, found);
  }
  const missing = kept.filter(({ kind }) => !rows.has(kind));
  if (missing.length) {
    const more = readTogether(reads(missing));
    for (const { kind, statement, keptWith } of missing) {
      rows.set(
        kind,
        keepRows(
          versions,
          keptWith,
          statement,
          more.then((found) => found[kind]),
        ),
      );
    }
  }
  const results = await Promise.all(
    read.map(async ({ kind }) => [kind, await KINDS[kind].result((await rows.get(kind)) ?? [], q, language)] as const),
  );
  return new Map<SearchKind, KindResult>(results);
}

export type SearchGroup = KindResult & { kind: SearchKind; more: boolean };

/**
 * The search page: for every kind the reader may use, its first results and how many there are; with
 * `kind`, one kind's results a page at a time. Nothing is searched for an empty query.
 */
export async function searchEverything(actor: ActingUser, query: SearchQuery, language: string) {
  const q = query.q;
  const kinds = query.kind ? [query.kind] : SEARCH_KINDS;
  const cap = query.kind ? SEARCH_CAP : OVERVIEW_CAP;
  const slice = query.kind
    ? { limit: SEARCH_PAGE_SIZE, offset: (query.page - 1) * SEARCH_PAGE_SIZE, cap }
    : { limit: PER_KIND, offset: 0, cap };
  if (!q) return { q, kind: query.kind ?? null, page: query.page, groups: [] as SearchGroup[] };
  const results = await searchKinds(actor, kinds, q, slice, language);
  // Counted up to the cap: past it the page says "more than"; one kind's page pages through the first SEARCH_CAP.
  const groups: SearchGroup[] = kinds.flatMap((kind) => {
    const result = results.get(kind);
    return result ? [{ kind, hits: result.hits, total: Math.min(result.total, cap), more: result.total > cap }] : [];
  });
  return { q, kind: query.kind ?? null, page: query.page, groups };
}
