// Several reads of one page sent to PostgreSQL as one statement. Sending a statement and reading its answer costs
// the server about 0.5–1 ms of CPU under load, whatever the statement does (issue 17: 44% of the search page's CPU
// with 15 statements); a page that needs five small independent reads pays that five times. Here each read is a
// subquery whose rows come back as a JSON array under its name.
import { Prisma, readRows, type Planning } from "~/db.server";

const sql = Prisma.sql;

/**
 * One read: its statement (null: nothing to read, an empty list), and the order of its rows by the columns of `k`.
 * `written`: a write made with the rows read, in the same statement (the access record of what a page shows): given
 * the name of the rows (a table of the statement's WITH), it gives the write (an INSERT … SELECT … FROM them).
 */
export type TogetherRead = { statement: Prisma.Sql | null; order: Prisma.Sql; written?: (rows: Prisma.Sql) => Prisma.Sql };

const quoted = (name: string) => Prisma.raw(`"${name.replace(/"/g, "")}"`);

/**
 * The rows of each read, by name, in its order, from one statement. The rows come through JSON: text, numbers,
 * booleans and JSON values as they are, but timestamps as ISO strings and dates as YYYY-MM-DD (the caller turns
 * them back, e.g. with `new Date`). A read with a write is a table of the statement's WITH, read by the write and by
 * the answer alike, so that what is written is exactly what is given; the statement then succeeds or fails as one.
 * `planned`: see readRows.
 */
export async function readTogether<Name extends string>(
  reads: Record<Name, TogetherRead>,
  planned: Planning = "as PostgreSQL decides",
): Promise<Record<Name, unknown[]>> {
  const names = Object.keys(reads) as Name[];
  const asked = names.filter((name) => reads[name].statement !== null);
  const result = Object.fromEntries(names.map((name) => [name, [] as unknown[]])) as Record<Name, unknown[]>;
  if (asked.length === 0) return result;
  const writing = asked.filter((name) => reads[name].written);
  const tables = writing.flatMap((name) => [
    sql`${quoted(name)} AS MATERIALIZED (${reads[name].statement!})`,
    sql`${quoted(`${name} written`)} AS (${reads[name].written!(quoted(name))})`,
  ]);
  const rowsOf = (name: Name) => (reads[name].written ? quoted(name) : sql`(${reads[name].statement!})`);
  const [row] = await readRows<Record<string, unknown[]>>(
    sql`${tables.length ? sql`WITH ${Prisma.join(tables, ", ")} ` : Prisma.empty}SELECT ${Prisma.join(
      asked.map(
        (name) => sql`(SELECT coalesce(json_agg(k ORDER BY ${reads[name].order}), '[]'::json) FROM ${rowsOf(name)} k) AS ${quoted(name)}`,
      ),
      ", ",
    )}`,
    planned,
  );
  for (const name of asked) result[name] = row[name] ?? [];
  return result;
}

/** The number a read of `SELECT count(*)::int AS n …` gave. */
export const countOf = (rows: unknown[]): number => (rows as Array<{ n: number }>)[0]?.n ?? 0;
