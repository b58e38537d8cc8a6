// How a search box matches text, for /search and for the search boxes of the lists it links to (one
// matcher, so "all N results" on /search and the list it opens agree): the words of the query as
// full text (PostgreSQL's "simple" configuration: words as written, in any order, in any language;
// quotes and "-word" as on a web search engine), or the whole query as a substring of one of the fields
// (ILIKE, served by trigram indexes), which finds Chinese, whose words have no spaces between them,
// and parts of words in any script. The indexes of migration 20261221000000_search are built on exactly
// the expressions written here.
import { Prisma } from "~/db.server";

const sql = Prisma.sql;

/** `%`, `_` and `\` in a search are searched for, not wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The document of the full-text match: the fields joined by spaces (NULL as empty). */
function document(fields: readonly Prisma.Sql[]): Prisma.Sql {
  return Prisma.join(
    fields.map((f) => sql`coalesce(${f}, '')`),
    " || ' ' || ",
  );
}

/**
 * The condition that `q` matches a record. `words` are the fields of its full-text document (one table, as its
 * index); `substrings` the fields searched for the query as written (defaults to `words`).
 */
export function textMatch(q: string, words: readonly Prisma.Sql[], substrings: readonly Prisma.Sql[] = words): Prisma.Sql {
  const pattern = likePattern(q);
  const fullText = sql`to_tsvector('simple'::regconfig, ${document(words)}) @@ websearch_to_tsquery('simple'::regconfig, ${q})`;
  const parts = substrings.map((f) => sql`${f} ILIKE ${pattern}`);
  return sql`(${Prisma.join([fullText, ...parts], " OR ")})`;
}
