// The reference lists the project and activity pages need to label and filter: organizations (entities
// lead and partner, Member States benefit), thematic areas and working groups. Three small queries.
import { db } from "~/db.server";
import { inLanguage, LOCAL_NAMES } from "~/names";
import { canRecordWorkLedBy, type Actor } from "~/auth/policy";
import { thematicAreaOptions } from "./thematic-areas.server";

/**
 * The reference lists. With `language`, for a page that sends them to the browser: each record's `name` is its name
 * in that language and the other languages' names are left out (the organizations' names in six languages were more
 * than half of the project and recommendation pages' data); `localName` and the labels read them the same way.
 */
export async function workReference(language?: string) {
  const reference = await referenceLists();
  if (!language) return reference;
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
      select: { id: true, number: true, ...LOCAL_NAMES, pillar: true },
    }),
  ]);
  return { organizations, thematicAreas, groups };
}
export type WorkReference = Awaited<ReturnType<typeof workReference>>;

/** The Member States by ISO code, each named in `language` (for a map or a picker of States). */
export async function memberStateNames(language: string) {
  const { organizations } = await workReference(language);
  return new Map(organizations.flatMap((o) => (o.kind === "MEMBER_STATE" && o.iso3 ? [[o.iso3, o.name] as const] : [])));
}

/** The reference lists plus the organizations this user may name as lead on a form. */
export async function workFormContext(actor: Actor) {
  const reference = await workReference();
  const leadChoices = reference.organizations.filter((o) => o.kind !== "MEMBER_STATE" && canRecordWorkLedBy(actor, o.id)).map((o) => o.id);
  return { reference, leadChoices };
}
