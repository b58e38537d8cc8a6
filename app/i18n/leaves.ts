// The shapes a translation must have. English is the source: every other language has exactly its keys,
// except the plural forms (x_one, x_other in English), which each language replaces by its own CLDR plural
// categories (Arabic has six, Russian four, Chinese one): i18next picks the form with Intl.PluralRules.

/** The same keys as T, every leaf a string: what a translation of T must provide (Chinese keeps English's
 * plural keys: its x_one is never used, as Chinese has only "other", but the shape stays English's). */
export type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };

/** The plural categories of each language as CLDR (and so Intl.PluralRules and i18next) names them. */
export const PLURAL_CATEGORIES = {
  en: ["one", "other"],
  zh: ["other"],
  ar: ["zero", "one", "two", "few", "many", "other"],
  fr: ["one", "many", "other"],
  ru: ["one", "few", "many", "other"],
  es: ["one", "many", "other"],
} as const;

type PluralLanguage = "ar" | "fr" | "ru" | "es";
type Category<L extends PluralLanguage> = (typeof PLURAL_CATEGORIES)[L][number];

/**
 * A translation of T into language L: English's keys, with each English plural pair (x_one, x_other)
 * replaced by x_<category> for exactly L's categories. A missing key, a missing plural form or a form the
 * language does not have is a type error; tests/unit/translations.test.ts checks what types cannot (empty
 * text, text left in English, placeholders).
 */
export type Translated<T, L extends PluralLanguage> = {
  [K in keyof T as K extends `${string}_one` ? never : K extends `${infer Base}_other` ? `${Base}_${Category<L>}` : K]: T[K] extends string
    ? string
    : Translated<T[K], L>;
};
