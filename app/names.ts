// How organizations, working groups and thematic areas are named for a reader: in the reader's language
// when the record has a name in it (nameZh, nameAr, nameFr, nameRu, nameEs), else in English. Compact
// entities are known by their acronym, except to Chinese readers, who get the entity's Chinese name as
// UN Chinese documents give it. Pure: pages, mail, exports and vCards use the same rules.

/** The names a record may have in the languages other than English. */
/** The name columns of an organization, group or thematic area in the six languages, for a Prisma select. */
export const LOCAL_NAMES = { name: true, nameZh: true, nameAr: true, nameFr: true, nameRu: true, nameEs: true } as const;

export type LocalizedNames = {
  name: string;
  nameZh?: string | null;
  nameAr?: string | null;
  nameFr?: string | null;
  nameRu?: string | null;
  nameEs?: string | null;
};

const NAME_FIELD = { zh: "nameZh", ar: "nameAr", fr: "nameFr", ru: "nameRu", es: "nameEs" } as const;

/** The record's name in `language` (its English name when it has none in that language). */
export function localName(record: LocalizedNames, language: string): string {
  const field = NAME_FIELD[language.split("-")[0] as keyof typeof NAME_FIELD];
  return (field && record[field]) || record.name;
}

/**
 * A record named in one language only, for a page that sends it to the browser: `name` in that language, the other
 * languages' names left out (an organization list in six languages was more than half of some pages' data).
 * `localName` and the labels read it the same way.
 */
export function inLanguage<T extends LocalizedNames>(record: T, language: string): Omit<T, OtherNames> & { name: string } {
  const { nameZh: _zh, nameAr: _ar, nameFr: _fr, nameRu: _ru, nameEs: _es, ...rest } = record;
  return { ...rest, name: localName(record, language) };
}
type OtherNames = "nameZh" | "nameAr" | "nameFr" | "nameRu" | "nameEs";

type NamedOrganization = LocalizedNames & { acronym?: string | null };

export function organizationName(org: NamedOrganization, language: string): string {
  if (org.acronym && !language.startsWith("zh")) return org.acronym;
  return localName(org, language);
}

export function organizationFullName(org: NamedOrganization, language: string): string {
  return localName(org, language);
}

type NamedGroup = LocalizedNames & { number: number };
export function groupName(group: NamedGroup, language: string): string {
  return localName(group, language);
}

/** A working group's description in the reader's language. */
export function groupDescription(
  group: {
    description: string | null;
    descriptionZh?: string | null;
    descriptionAr?: string | null;
    descriptionFr?: string | null;
    descriptionRu?: string | null;
    descriptionEs?: string | null;
  },
  language: string,
): string | null {
  const own = {
    zh: group.descriptionZh,
    ar: group.descriptionAr,
    fr: group.descriptionFr,
    ru: group.descriptionRu,
    es: group.descriptionEs,
  }[language.split("-")[0]];
  return own || group.description;
}

const collators = new Map<string, Intl.Collator>();
/** Compares names as the reader's language sorts them (Intl.Collator: "Émirats" beside "Égypte" in French,
 * Arabic and Russian in their own alphabetical order, numbers by value). */
export function compareNames(language: string): (a: string, b: string) => number {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
    collators.set(language, collator);
  }
  return collator.compare;
}

/** Compares options (or anything labelled) by label, as `compareNames` compares names. */
export function compareLabels(language: string): (a: { label: string }, b: { label: string }) => number {
  const compare = compareNames(language);
  return (a, b) => compare(a.label, b.label);
}

/** `items` in the alphabetical order of `language` by the name `nameOf` gives each (a copy; ties keep their order). */
export function sortedByName<T>(items: readonly T[], nameOf: (item: T) => string, language: string): T[] {
  const compare = compareNames(language);
  return [...items].sort((a, b) => compare(nameOf(a), nameOf(b)));
}
