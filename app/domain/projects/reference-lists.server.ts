// The reference lists the project and activity pages need to label and filter: organizations (entities
// lead and partner, Member States benefit), thematic areas and working groups. Three small queries, run again only
// when one of those tables has changed (data version "reference"): until then every page shares what they read.
import { db } from "~/db.server";
import { figuresFor } from "~/data-versions.server";
import { inLanguage, LOCAL_NAMES } from "~/names";
import { canRecordWorkLedBy, type Actor } from "~/auth/policy";
import { thematicAreaOptions } from "./thematic-areas.server";

/**
 * The reference lists. With `language`, for a page that sends them to the browser: each record's `name` is its name
 * in that language and the other languages' names are left out (the organizations' names in six languages were more
 * than half of the project and recommendation pages' data); `localName` and the labels read them the same way.
 */
export function workReference(): ReturnType<typeof referenceLists>;
export function workReference(language: string): Promise<ReturnType<typeof inLanguageOf>>;
export function workReference(language?: string) {
  if (!language) return figuresFor(["reference"], "reference lists", referenceLists);
  return figuresFor(["reference"], `reference lists in ${language}`, async () => inLanguageOf(await referenceLists(), language));
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
export type WorkReference = ReferenceLists | ReturnType<typeof inLanguageOf>;

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
