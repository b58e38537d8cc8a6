// The contact directory: search, a person's entry, the options of the filters. Every function takes the
// acting user and asks the policy; a phone number its owner chose to hide never leaves this module for
// anyone else (it is removed here, before any page, export or vCard sees the record).
import { workReferenceHandle } from "../projects/reference-lists.server";
import { db, type Prisma } from "~/db.server";
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

/** The people of `ids`, in that order, as `actor` may see them. */
export async function loadEntries(actor: ActingUser, ids: string[]): Promise<DirectoryEntry[]> {
  if (ids.length === 0) return [];
  const rows = await db.user.findMany({ where: { id: { in: ids }, status: "ACTIVE" }, select: directoryPersonSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [visibleEntry(actor, row)] : [];
  });
}

/** A page of the directory; sorted by organization, organizations in the alphabetical order of `language`. */
export async function searchDirectory(actor: ActingUser, query: DirectoryQuery, language: string) {
  ensure(canReadDirectory(actor), "403");
  const { total, ids } = await findDirectoryPage(query, language);
  return { total, page: query.page, pageSize: query.size, people: await loadEntries(actor, ids) };
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
