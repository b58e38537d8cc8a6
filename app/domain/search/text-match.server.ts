// How a search box matches text, for /search and for the search boxes of the lists it links to (one
// matcher, so "all N results" on /search and the list it opens agree): the words of the query as
// full text (PostgreSQL's "simple" configuration: words as written, in any order, in any language;
// quotes and "-word" as on a web search engine), or the whole query as a substring of one of the fields
// (ILIKE, served by trigram indexes), which finds Chinese, whose words have no spaces between them,
// and parts of words in any script. The full-text document of each searched table is stored by PostgreSQL in a
// generated column, `search_document` (migration 20261228000000_search_documents), made of the same fields the
// substring side searches; the trigram indexes of migration 20261221000000_search are on those fields.
import { plannedAtEachRun, Prisma } from "~/db.server";

const sql = Prisma.sql;

/** `%`, `_` and `\` in a search are searched for, not wildcards. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern for values containing `text` as written. */
export function likePattern(text: string): string {
  return `%${likeEscaped(text)}%`;
}

/** A LIKE pattern for values starting with `text` as written. */
export function likePrefix(text: string): string {
  return `${likeEscaped(text)}%`;
}

/**
 * The full-text document of fields that have no stored one (a resource's file text, whose expression index is
 * migration 20261223000000_resource_file_text's): the fields joined by spaces, NULL as empty.
 */
export function fullTextDocument(fields: readonly Prisma.Sql[]): Prisma.Sql {
  const joined = Prisma.join(
    fields.map((f) => sql`coalesce(${f}, '')`),
    " || ' ' || ",
  );
  return sql`to_tsvector('simple'::regconfig, ${joined})`;
}

/**
 * The condition that `q` matches a record: its words in `document` (a table's stored `search_document`, or
 * fullTextDocument), or `q` as written in one of `fields`, the fields the document is made of.
 */
export function textMatch(
  q: string,
  document: Prisma.Sql,
  fields: readonly Prisma.Sql[],
  planning: MatchPlanning = "at each run",
): Prisma.Sql {
  const pattern = likePattern(q);
  const parts = fields.map((f) => sql`${f} ${substringOperator(q)} ${pattern}`);
  // One or two characters of one word ("王", "反恐"): no trigram index serves the substring, so every row is read, and
  // the full-text side would only find a word the substring side finds anyway. Planned at each run whatever the table:
  // one plan made without the value would read the whole trigram index (a file's text: up to 200,000 characters).
  if (isShortWord(q)) return sql`(${plannedAtEachRun} ${Prisma.join(parts, " OR ")})`;
  const planned = planning === "at each run" ? plannedAtEachRun : Prisma.empty;
  const fullText = sql`${document} @@ websearch_to_tsquery('simple'::regconfig, ${q})`;
  return sql`(${planned} ${Prisma.join([fullText, ...parts], " OR ")})`;
}

/**
 * How a statement with a match is planned. "at each run" (the default) for the tables of thousands to tens of
 * thousands of rows (events, activities, projects, recommendations, people): how many rows the words and the pattern
 * match decides between an index (a rare word) and reading in the list's order until the page is full (a common one).
 * "once" for the content of group spaces and the library (posts, comments, plan items, resources), which any plan
 * reads in little time: planning their matches at each run (an OR of indexes, 0.3–0.7 ms a table) cost more than
 * running them (0.1–0.3 ms). Such a statement may be run with one plan for any values (readRows' `planned: "once"`).
 * A query of one or two characters is planned at each run in both cases.
 */
export type MatchPlanning = "at each run" | "once";

/** A query of fewer than three characters, without spaces or the signs of a web search (quotes, a leading minus). */
const isShortWord = (q: string) => [...q].length < 3 && !/[\s"'-]/.test(q);

/**
 * ILIKE folds the case of the text character by character, which on Chinese or Arabic text costs five to ten times
 * LIKE (a scan of 30,000 recommendations for "王": 23–52 ms against 5 ms); a query without a letter that has a case
 * (Chinese, Arabic, digits, codes in figures) matches exactly the same rows with LIKE, which the trigram indexes serve too.
 */
function substringOperator(q: string): Prisma.Sql {
  return q.toLowerCase() === q.toUpperCase() ? sql`LIKE` : sql`ILIKE`;
}
