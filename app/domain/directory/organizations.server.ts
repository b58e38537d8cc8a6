// Organizations as the directory shows them to every signed-in user: Member States by region, Compact
// members and observers, each with its number of active focal points; one organization's page lists its
// focal points and the working groups it leads or sits in. (Administration of organizations is
// organizations.server.ts.)
import { z } from "zod";
import { inLanguage, LOCAL_NAMES } from "~/names";
import { localNameOrder } from "~/names.server";
import { pickers } from "../pickers.server";
import { db, plannedAtEachRun, Prisma, readRows } from "~/db.server";
import { rowsKept } from "~/data-versions.server";
import { canReadDirectory } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { organizationKindField, pageField, regionField } from "../../fields";
import { searchTerms } from "./filters";
import { loadEntries } from "./people.server";
import { containsPattern } from "./search.server";

export const ORGANIZATIONS_PAGE_SIZE = 50;
/** What the organizations list reads: the organizations (reference) and their people's status (people). */
const ORGANIZATIONS_AND_PEOPLE = ["people", "reference"] as const;
export const ORGANIZATION_PEOPLE_PAGE_SIZE = 25;

export const OrganizationListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: organizationKindField.optional(),
  region: regionField.optional(),
  nominated: z.enum(["yes", "no"]).optional(),
  page: pageField,
});
export type OrganizationListQuery = z.infer<typeof OrganizationListQuery>;

const ACTIVE_FOCAL_POINTS = Prisma.sql`(SELECT count(*) FROM "user" u WHERE u."organization_id" = o."id" AND u."status" = 'ACTIVE')::int`;
/** Whether `organization o` has an active focal point: the first one found answers (not a count of all). */
const HAS_FOCAL_POINT = Prisma.sql`EXISTS (SELECT 1 FROM "user" u WHERE u."organization_id" = o."id" AND u."status" = 'ACTIVE')`;

/** The list's WHERE over `organization o` (also /search's organizations). */
export function organizationWhere(query: Partial<OrganizationListQuery>) {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  for (const term of searchTerms(query.q)) {
    conditions.push(Prisma.sql`${plannedAtEachRun} o."search_text" LIKE directory_fold(${containsPattern(term)})`);
  }
  if (query.kind) conditions.push(Prisma.sql`o."kind" = ${query.kind}::"OrganizationKind"`);
  if (query.region) conditions.push(Prisma.sql`o."region" = ${query.region}::"Region"`);
  if (query.nominated) conditions.push(query.nominated === "yes" ? HAS_FOCAL_POINT : Prisma.sql`NOT ${HAS_FOCAL_POINT}`);
  return Prisma.join(conditions, " AND ");
}

type OrganizationRow = {
  id: string;
  name: string;
  nameZh: string | null;
  nameAr: string | null;
  nameFr: string | null;
  nameRu: string | null;
  nameEs: string | null;
  acronym: string | null;
  kind: "MEMBER_STATE" | "COMPACT_ENTITY" | "COMPACT_OBSERVER";
  region: "AFRICA" | "AMERICAS" | "ASIA" | "EUROPE" | "OCEANIA" | null;
  focalPoints: number;
};

/**
 * A page of organizations, each kind and region in the alphabetical order of `language` (the reader's). Its three
 * reads (the summary, the count, the page) read organizations and their people only: they are kept while neither
 * changes (rowsKept), so a page read again sends only the versions' read.
 */
export async function listDirectoryOrganizations(actor: ActingUser, query: OrganizationListQuery, language: string) {
  ensure(canReadDirectory(actor), "403");
  const where = organizationWhere(query);
  const [summary, [{ total }], organizations] = await Promise.all([
    rowsKept<{ kind: OrganizationRow["kind"]; total: number; nominated: number }>(
      ORGANIZATIONS_AND_PEOPLE,
      Prisma.sql`
      SELECT o."kind", count(*)::int AS "total", count(*) FILTER (WHERE ${HAS_FOCAL_POINT})::int AS "nominated"
      FROM "organization" o GROUP BY o."kind" ORDER BY o."kind"`,
    ),
    rowsKept<{ total: number }>(ORGANIZATIONS_AND_PEOPLE, Prisma.sql`SELECT count(*)::int AS "total" FROM "organization" o WHERE ${where}`),
    rowsKept<OrganizationRow>(
      ORGANIZATIONS_AND_PEOPLE,
      Prisma.sql`
      SELECT o."id", o."name", o."name_zh" AS "nameZh", o."name_ar" AS "nameAr", o."name_fr" AS "nameFr", o."name_ru" AS "nameRu",
        o."name_es" AS "nameEs", o."acronym", o."kind", o."region", ${ACTIVE_FOCAL_POINTS} AS "focalPoints"
      FROM "organization" o WHERE ${where}
      ORDER BY o."kind", o."region" NULLS LAST, ${localNameOrder("o", language)}, o."id"
      LIMIT ${ORGANIZATIONS_PAGE_SIZE} OFFSET ${(query.page - 1) * ORGANIZATIONS_PAGE_SIZE}`,
    ),
  ]);
  // Named in the reader's language only, as the page shows them.
  return {
    summary,
    total,
    organizations: organizations.map((o) => inLanguage(o, language)),
    page: query.page,
    pageSize: ORGANIZATIONS_PAGE_SIZE,
  };
}

export async function getDirectoryOrganization(actor: ActingUser, id: string, page: number) {
  ensure(canReadDirectory(actor), "403");
  const organization = await db.organization.findUnique({
    where: { id },
    select: {
      id: true,
      ...LOCAL_NAMES,
      acronym: true,
      kind: true,
      region: true,
      iso2: true,
      iso3: true,
      isSecretariat: true,
      isAssessmentBody: true,
    },
  });
  if (!organization) notFound();
  const activeHere = { organizationId: id, status: "ACTIVE" } as const;
  const [total, people, leads, seats, groups] = await Promise.all([
    db.user.count({ where: activeHere }),
    readRows<{ id: string }>(Prisma.sql`
      SELECT u."id" FROM "user" u WHERE u."organization_id" = ${id}::uuid AND u."status" = 'ACTIVE'
      ORDER BY u."sort_name", u."id" LIMIT ${ORGANIZATION_PEOPLE_PAGE_SIZE} OFFSET ${(page - 1) * ORGANIZATION_PEOPLE_PAGE_SIZE}`),
    db.groupLead.findMany({ where: { organizationId: id }, select: { groupId: true, role: true } }),
    db.membership.groupBy({ by: ["groupId"], where: { user: activeHere }, _count: { _all: true } }),
    pickers().then(({ groups }) => groups),
  ]);
  const leadRole = new Map(leads.map((l) => [l.groupId, l.role]));
  const members = new Map(seats.map((s) => [s.groupId, s._count._all]));
  return {
    organization,
    focalPoints: {
      total,
      page,
      pageSize: ORGANIZATION_PEOPLE_PAGE_SIZE,
      people: await loadEntries(
        actor,
        people.map((p) => p.id),
      ),
    },
    groups: groups
      .filter((g) => leadRole.has(g.id) || members.has(g.id))
      .map((g) => ({ ...g, leadRole: leadRole.get(g.id) ?? null, members: members.get(g.id) ?? 0 })),
  };
}
