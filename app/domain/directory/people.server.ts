// The contact directory: search, a person's entry, the options of the filters. Every function takes the
// acting user and asks the policy; a phone number its owner chose to hide never leaves this module for
// anyone else (it is removed here, before any page, export or vCard sees the record).
import { workReferenceHandle } from "../projects/reference-lists.server";
import { db, Prisma, readRows } from "~/db.server";
import { readVersions, rowsKeptWith, type Versions } from "~/data-versions.server";
import { localNamesJsonPairs } from "~/names.server";
import { inLanguage, LOCAL_NAMES, type LocalizedNames } from "~/names";
import { canReadDirectory, canSeeHiddenContact } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { findDirectoryPage } from "./search.server";
import type { DirectoryQuery } from "./filters";

export const directoryPersonSelect = {
  id: true,
  name: true,
  title: true,
  email: true,
  phone: true,
  phoneVisible: true,
  languages: true,
  interests: true,
  timeZone: true,
  createdAt: true,
  leftAt: true,
  organization: {
    select: {
      id: true,
      ...LOCAL_NAMES,
      acronym: true,
      kind: true,
      iso2: true,
      region: true,
    },
  },
  memberships: {
    select: {
      role: true,
      group: {
        select: { id: true, number: true, slug: true, ...LOCAL_NAMES },
      },
    },
    orderBy: { group: { number: "asc" } },
  },
} satisfies Prisma.UserSelect;

type PersonRow = Prisma.UserGetPayload<{ select: typeof directoryPersonSelect }>;

/** A person as another user may see them: the phone only when its owner shows it (or it is their own). */
export function visibleEntry(actor: ActingUser, person: PersonRow) {
  const { phone, phoneVisible, ...rest } = person;
  return { ...rest, phone: phone && (phoneVisible || canSeeHiddenContact(actor, person)) ? phone : null };
}
export type DirectoryEntry = ReturnType<typeof visibleEntry>;

/**
 * The active people of `ids` as directoryPersonSelect selects them, in one statement (Prisma's nested read of the same
 * was a tenth of the directory's CPU under load, issue 17).
 */
const entriesOf = (ids: string[]) => Prisma.sql`
  SELECT u.id::text AS id, u.name, u.title, u.email, u.phone, u.phone_visible AS "phoneVisible", u.languages, u.interests,
    u.time_zone AS "timeZone", u.created_at AS "createdAt", u.left_at AS "leftAt",
    json_build_object('id', o.id, ${localNamesJsonPairs("o")}, 'acronym', o.acronym, 'kind', o.kind, 'iso2', o.iso2,
      'region', o.region) AS organization,
    coalesce((SELECT json_agg(json_build_object('role', m.role, 'group', json_build_object('id', g.id, 'number', g.number,
        'slug', g.slug, ${localNamesJsonPairs("g")})) ORDER BY g.number)
      FROM membership m JOIN working_group g ON g.id = m.group_id WHERE m.user_id = u.id), '[]'::json) AS memberships
  FROM "user" u JOIN organization o ON o.id = u.organization_id
  WHERE u.id = ANY(${ids}::uuid[]) AND u.status = 'ACTIVE'
  ORDER BY u.id`;

/**
 * The people of `ids`, in that order, as `actor` may see them (the phones removed for each reader). A page's people (at
 * most a hundred) are kept while people, memberships, organizations and groups are unchanged, under `versions` when the
 * page has read them already (rowsKeptWith).
 */
export async function loadEntries(actor: ActingUser, ids: string[], versions?: Versions): Promise<DirectoryEntry[]> {
  if (ids.length === 0) return [];
  const statement = entriesOf(ids);
  return inOrder(actor, ids, await rowsKeptWith<PersonRow>(versions ?? (await readVersions()), ["people", "reference"], statement));
}

/** loadEntries' people, not kept: an export's thousands would push the pages out. */
export async function readEntries(actor: ActingUser, ids: string[]): Promise<DirectoryEntry[]> {
  return ids.length === 0 ? [] : inOrder(actor, ids, await readRows<PersonRow>(entriesOf(ids)));
}

function inOrder(actor: ActingUser, ids: string[], rows: PersonRow[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [visibleEntry(actor, row)] : [];
  });
}

/** A page of the directory; sorted by organization, organizations in the alphabetical order of `language`. */
export async function searchDirectory(actor: ActingUser, query: DirectoryQuery, language: string) {
  ensure(canReadDirectory(actor), "403");
  const versions = await readVersions();
  const { total, ids } = await findDirectoryPage(query, language, versions);
  return { total, page: query.page, pageSize: query.size, people: await loadEntries(actor, ids, versions) };
}

/**
 * One person's entry. A former focal point (who handed over or whose designation ended) keeps theirs, marked, for
 * history; anyone else not active (invited, suspended) does not exist for the directory: 404.
 */
export async function getDirectoryEntry(actor: ActingUser, id: string) {
  ensure(canReadDirectory(actor), "403");
  const person = await db.user.findFirst({
    where: { id, OR: [{ status: "ACTIVE" }, { status: "SUSPENDED", leftAt: { not: null } }] },
    select: directoryPersonSelect,
  });
  if (!person) notFound();
  return visibleEntry(actor, person);
}

/** Directory entries as a page sends them: their organization and groups named in the reader's language only. */
export function entriesInLanguage<P extends { organization: LocalizedNames; memberships: Array<{ group: LocalizedNames }> }>(
  people: P[],
  language: string,
) {
  return people.map((p) => ({
    ...p,
    organization: inLanguage(p.organization, language),
    memberships: p.memberships.map((m) => ({ ...m, group: inLanguage(m.group, language) })),
  }));
}

/**
 * The directory page: a page of people matching the search and filters, and the address of the reference lists its
 * filters offer (organizations and groups, in the reader's language): the lists reach the browser once, not with
 * every page (app/domain/projects/reference-lists.server.ts). They were 22 of the page's 37 KB of data.
 */
export async function directoryPage(actor: ActingUser, query: DirectoryQuery, language: string) {
  const [result, reference] = await Promise.all([searchDirectory(actor, query, language), workReferenceHandle(language)]);
  return { result: { ...result, people: entriesInLanguage(result.people, language) }, reference };
}
