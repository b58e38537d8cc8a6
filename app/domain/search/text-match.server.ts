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
  const parts = substrings.map((f) => sql`${f} ${substringOperator(q)} ${pattern}`);
  // One or two characters of one word ("王", "反恐"): no trigram index serves the substring, so every row is read, and
  // the full-text side would build each row's document only to find a word the substring side finds anyway.
  if (substrings === words && isShortWord(q)) return sql`(${Prisma.join(parts, " OR ")})`;
  return sql`(${Prisma.join([fullText, ...parts], " OR ")})`;
}

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
