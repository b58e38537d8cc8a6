// Names sorted in SQL as the reader's language sorts them: the record's name in that language (its English
// name when it has none, as localName in app/names.ts shows it) compared with PostgreSQL's ICU collation of
// the language, so that a paged list ("Égypte" beside "Émirats" in French, Russian and Arabic in their own
// alphabetical order, Chinese by pinyin) is cut into pages in the order the reader sees. ICU collations are
// created by initdb in every PostgreSQL built with ICU (the embedded one, Debian's, the managed services).
import { Prisma } from "~/db.server";
import { isLanguage, type Language } from "~/i18n/config";
import type { LocalizedNames } from "~/names";

/** PostgreSQL's ICU collation of each language (the same CLDR rules as Intl.Collator in the browser). */
export const COLLATION: Record<Language, string> = {
  ar: "ar-x-icu",
  zh: "zh-x-icu",
  en: "en-x-icu",
  fr: "fr-x-icu",
  ru: "ru-x-icu",
  es: "es-x-icu",
};

const NAME_COLUMN: Record<Language, string | null> = {
  ar: "name_ar",
  zh: "name_zh",
  en: null,
  fr: "name_fr",
  ru: "name_ru",
  es: "name_es",
};

function languageOf(language: string): Language {
  const base = language.split("-")[0];
  return isLanguage(base) ? base : "en";
}

/** `value` compared as `language` sorts text (for ORDER BY). */
export function collated(value: Prisma.Sql, language: string): Prisma.Sql {
  return Prisma.sql`${value} COLLATE ${Prisma.raw(`"${COLLATION[languageOf(language)]}"`)}`;
}

function checkedAlias(alias: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return alias;
}

/** The same names as pairs of a `json_build_object(…)`: an object that LocalizedNames reads. */
export function localNamesJsonPairs(alias: string): Prisma.Sql {
  const a = checkedAlias(alias);
  return Prisma.raw(
    `'name', ${a}.name, 'nameZh', ${a}.name_zh, 'nameAr', ${a}.name_ar, 'nameFr', ${a}.name_fr, 'nameRu', ${a}.name_ru, 'nameEs', ${a}.name_es`,
  );
}

/** The names in every language of the record under `alias`, selected as LocalizedNames reads them (`name`, `nameZh`, …). */
export function localNameColumns(alias: string): Prisma.Sql {
  const a = checkedAlias(alias);
  return Prisma.raw(
    `${a}.name, ${a}.name_zh AS "nameZh", ${a}.name_ar AS "nameAr", ${a}.name_fr AS "nameFr", ${a}.name_ru AS "nameRu", ${a}.name_es AS "nameEs"`,
  );
}

/**
 * An organization as a row selected it: `o.id::text AS "organizationId"`, `localNameColumns("o")` and `o.acronym`; the
 * shape Prisma's select of an organization's id, names and acronym gives.
 */
export function organizationOfRow(row: LocalizedNames & { organizationId: string; acronym: string | null }) {
  return {
    id: row.organizationId,
    name: row.name,
    nameZh: row.nameZh ?? null,
    nameAr: row.nameAr ?? null,
    nameFr: row.nameFr ?? null,
    nameRu: row.nameRu ?? null,
    nameEs: row.nameEs ?? null,
    acronym: row.acronym,
  };
}

function localNameSql(alias: string, language: string): string {
  checkedAlias(alias);
  const column = NAME_COLUMN[languageOf(language)];
  return column ? `coalesce(nullif(${alias}."${column}", ''), ${alias}."name")` : `${alias}."name"`;
}

/** The name of the record under `alias` (an organization, group or thematic area) in `language`, sortable in it. */
export function localNameOrder(alias: string, language: string): Prisma.Sql {
  return collated(Prisma.raw(localNameSql(alias, language)), language);
}

/** The organization under `alias` as organizationName (app/names.ts) names it in `language`, sortable in it: an
 * entity by its acronym, except in Chinese. */
export function organizationNameOrder(alias: string, language: string): Prisma.Sql {
  const name = localNameSql(alias, language);
  return collated(Prisma.raw(languageOf(language) === "zh" ? name : `coalesce(nullif(${alias}."acronym", ''), ${name})`), language);
}
