// The directory's search, in PostgreSQL: each word of the search must occur (as a substring, case- and
// accent-folded by directory_fold) in the person's name, email or title, or in their organization's names,
// acronym or ISO codes. Both sides are kept folded in generated columns with trigram indexes (see the
// migration 20261124100000_directory), so a search reads indexes rather than every row. Only ACTIVE people
// are ever listed: invited and suspended accounts do not exist for the directory.
import { plannedAtEachRun, Prisma, readRows } from "~/db.server";
import { rowsKeptWith, type Versions } from "~/data-versions.server";
import { organizationNameOrder } from "~/names.server";
import { searchTerms, type DirectoryQuery } from "./filters";

/** A LIKE pattern for text containing `term`. LIKE treats %, _ and \ specially; a search for "50%"
 * means those characters themselves. */
export function containsPattern(term: string) {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function termCondition(term: string): Prisma.Sql {
  const pattern = containsPattern(term);
  // The people whose own text matches (trigram index), and the people of the organizations whose text
  // matches (a small table, then "user_organization_id_idx"). Written as IN (… UNION ALL …) rather than
  // an OR: the planner then estimates the matches from the trigram index and starts from it, instead of
  // walking the whole name-order index looking for the rare match. Planned at each run, for the same reason.
  return Prisma.sql`${plannedAtEachRun} u."id" IN (
    SELECT p."id" FROM "user" p WHERE p."search_text" LIKE directory_fold(${pattern})
    UNION ALL
    SELECT p."id" FROM "user" p WHERE p."organization_id" IN (SELECT o2."id" FROM "organization" o2 WHERE o2."search_text" LIKE directory_fold(${pattern})))`;
}

const LEADING_ROLES = Prisma.sql`ARRAY['CHAIR', 'VICE_CHAIR']::"GroupRole"[]`;

/** WHERE clause over "user" u JOIN "organization" o for the filters of a query. */
export function directoryWhere(query: DirectoryQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`u."status" = 'ACTIVE'`];
  for (const term of searchTerms(query.q)) conditions.push(termCondition(term));
  if (query.kind) conditions.push(Prisma.sql`o."kind" = ${query.kind}::"OrganizationKind"`);
  if (query.region) conditions.push(Prisma.sql`o."region" = ${query.region}::"Region"`);
  if (query.organization) conditions.push(Prisma.sql`u."organization_id" = ${query.organization}::uuid`);
  if (query.group || query.chairs) {
    const inGroup = query.group
      ? Prisma.sql`AND m."group_id" = (SELECT g."id" FROM "working_group" g WHERE g."slug" = ${query.group})`
      : Prisma.empty;
    const leading = query.chairs ? Prisma.sql`AND m."role" = ANY(${LEADING_ROLES})` : Prisma.empty;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "membership" m WHERE m."user_id" = u."id" ${inGroup} ${leading})`);
  }
  if (query.language) conditions.push(Prisma.sql`u."languages" @> ARRAY[${query.language}]::text[]`);
  if (query.interest) conditions.push(Prisma.sql`u."interests" @> ARRAY[${query.interest}]::integer[]`);
  return Prisma.join(conditions, " AND ");
}

/** By name, or by organization as the reader's language names and sorts organizations (then by name). */
function orderBy(query: DirectoryQuery, language: string): Prisma.Sql {
  return query.sort === "organization"
    ? Prisma.sql`${organizationNameOrder("o", language)}, u."sort_name", u."id"`
    : Prisma.sql`u."sort_name", u."id"`;
}

const FROM = Prisma.sql`FROM "user" u JOIN "organization" o ON o."id" = u."organization_id"`;

/** How many people match, and the ids of one page of them in order: two statements, whatever the page size, kept. */
export async function findDirectoryPage(query: DirectoryQuery, language: string, versions: Versions) {
  const where = directoryWhere(query);
  // Both kept while the people, their memberships, organizations and groups are unchanged: counting every active
  // account was the directory's costliest statement (1.2 ms of the database's time at every view, at the scale data),
  // and a search's page of ids the next (0.9 ms).
  const [[{ total }], rows] = await Promise.all([
    rowsKeptWith<{ total: number }>(versions, ["people", "reference"], Prisma.sql`SELECT count(*)::int AS total ${FROM} WHERE ${where}`),
    rowsKeptWith<{ id: string }>(
      versions,
      ["people", "reference"],
      Prisma.sql`SELECT u."id" ${FROM} WHERE ${where} ORDER BY ${orderBy(query, language)} LIMIT ${query.size} OFFSET ${(query.page - 1) * query.size}`,
    ),
  ]);
  return { total, ids: rows.map((r) => r.id) };
}

/** Every matching id in order (exports). */
export async function findAllDirectoryIds(query: DirectoryQuery, language: string) {
  const rows = await readRows<{ id: string }>(
    Prisma.sql`SELECT u."id" ${FROM} WHERE ${directoryWhere(query)} ORDER BY ${orderBy(query, language)}`,
  );
  return rows.map((r) => r.id);
}
