// The reference lists the project and activity pages need to label and filter: organizations (entities
// lead and partner, Member States benefit), thematic areas and working groups. Three small queries, run again only
// when one of those tables has changed (data version "reference"): until then every page shares what they read.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { db } from "~/db.server";
import { figuresFor } from "~/data-versions.server";
import { inLanguage, LOCAL_NAMES } from "~/names";
import { canReadReferenceLists, canRecordWorkLedBy, type Actor } from "~/auth/policy";
import { ensure } from "~/outcomes";
import { thematicAreaOptions } from "./thematic-areas.server";

/**
 * The reference lists. With `language`, for a page that sends them to the browser: each record's `name` is its name
 * in that language and the other languages' names are left out (the organizations' names in six languages were more
 * than half of the project and recommendation pages' data); `localName` and the labels read them the same way.
 */
export function workReference(): ReturnType<typeof referenceLists>;
export function workReference(language: string): Promise<ReferenceListsInLanguage>;
export function workReference(language?: string) {
  if (!language) return figuresFor(["reference"], "reference lists", referenceLists);
  return figuresFor(["reference"], `reference lists in ${language}`, async () => inLanguageOf(await referenceLists(), language));
}

/** The reference lists in one language, as a page labels and filters with them. */
export type ReferenceListsInLanguage = ReturnType<typeof inLanguageOf>;

// ---------------------------------------------------------------------------------------------
// Sent once, not with every page. The lists in one language were 37 of a list page's 45 KB of data, serialized and
// parsed again at every view (a quarter of the page's CPU). A page now carries only their address, `<language>/<digest
// of their content>` (a ReferenceListsHandle); the browser fetches them from /reference-lists/<handle> when a page is
// loaded in full and keeps them for the pages it opens after that (app/ui/reference-lists.tsx). The server renders
// with the object the address names, kept here, and answers the fetch with the JSON it made once.

/** The address of one version of the reference lists in one language (language and digest of the content). */
export type ReferenceListsHandle = string;

type Shared = { handle: ReferenceListsHandle; json: string; lists: ReferenceListsInLanguage };

/** Per kept lists object (one per version and language, app/data-versions.server.ts): its handle and JSON. */
const sharedByLists = new WeakMap<ReferenceListsInLanguage, Shared>();
/** The lists recently shared, by handle: the page's render and the browser's fetch look them up. */
const sharedByHandle = new LRUCache<ReferenceListsHandle, Shared>({ max: 64 });

function share(lists: ReferenceListsInLanguage, language: string): Shared {
  let shared = sharedByLists.get(lists);
  if (!shared) {
    const json = JSON.stringify(lists);
    const digest = createHash("sha256").update(json).digest("base64url").slice(0, 22);
    shared = { handle: `${language}/${digest}`, json, lists };
    sharedByLists.set(lists, shared);
  }
  sharedByHandle.set(shared.handle, shared);
  return shared;
}

/** The handle of the current reference lists in `language`, for a page's data (the lists themselves stay here). */
export async function workReferenceHandle(language: string): Promise<ReferenceListsHandle> {
  return share(await workReference(language), language).handle;
}

/** The lists a handle names, when this server shared them lately (for the page's own render). */
export function sharedReferenceLists(handle: ReferenceListsHandle): ReferenceListsInLanguage | undefined {
  return sharedByHandle.get(handle)?.lists;
}

/**
 * The JSON of the lists a handle names, for the browser. When this server no longer has them (another instance
 * rendered the page, or the lists changed and that version was dropped), the lists of now are given: they differ
 * from the page's in the changed names only, which React then draws in the browser.
 */
export async function referenceListsJson(actor: Actor, language: string, handle: ReferenceListsHandle): Promise<string> {
  ensure(canReadReferenceLists(actor));
  return (sharedByHandle.get(handle) ?? share(await workReference(language), language)).json;
}

function inLanguageOf(reference: ReferenceLists, language: string) {
  return {
    organizations: reference.organizations.map((o) => inLanguage(o, language)),
    thematicAreas: reference.thematicAreas.map((a) => inLanguage(a, language)),
    groups: reference.groups.map((g) => inLanguage(g, language)),
  };
}

async function referenceLists() {
  const [organizations, thematicAreas, groups] = await Promise.all([
    db.organization.findMany({
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: {
        id: true,
        kind: true,
        ...LOCAL_NAMES,
        acronym: true,
        iso3: true,
        region: true,
      },
    }),
    thematicAreaOptions(),
    db.workingGroup.findMany({
      orderBy: { number: "asc" },
      select: { id: true, number: true, slug: true, ...LOCAL_NAMES, pillar: true },
    }),
  ]);
  return { organizations, thematicAreas, groups };
}
type ReferenceLists = Awaited<ReturnType<typeof referenceLists>>;
export type WorkReference = ReferenceLists | ReferenceListsInLanguage;

/** The Member States by ISO code, each named in `language` (for a map or a picker of States). */
export function memberStateNames(language: string): Promise<ReadonlyMap<string, string>> {
  return figuresFor(["reference"], `Member States' names in ${language}`, async () => {
    const { organizations } = await workReference(language);
    return new Map(organizations.flatMap((o) => (o.kind === "MEMBER_STATE" && o.iso3 ? [[o.iso3, o.name] as const] : [])));
  });
}

/** The reference lists plus the organizations this user may name as lead on a form. */
export async function workFormContext(actor: Actor) {
  const reference = await workReference();
  const leadChoices = reference.organizations.filter((o) => o.kind !== "MEMBER_STATE" && canRecordWorkLedBy(actor, o.id)).map((o) => o.id);
  return { reference, leadChoices };
}
