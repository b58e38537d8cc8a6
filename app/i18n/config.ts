// The interface languages: the six official languages of the United Nations. This module holds no text,
// so that a component importing it does not pull every language into the browser: the server loads all
// resources (app/i18n/resources.server.ts), the browser only the reader's (app/i18n/client.ts).

/** In the order the UN lists them (English alphabetical order of their names); the switcher keeps it. */
export const supportedLanguages = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = "en";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

/** Each language named in itself, for the switcher and the profile's choice (the same in every language). */
export const languageNames: Record<Language, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

const RTL = new Set(["ar", "fa", "he", "ur"]);
export function textDirection(language: string): "ltr" | "rtl" {
  return RTL.has(language.split("-")[0]) ? "rtl" : "ltr";
}

/**
 * BCP 47 tag used by Intl formatters for each interface language. Arabic is plain "ar", with the digits
 * CLDR gives that locale: since CLDR 46 (ICU 76) these are the European digits 0–9 (as in the United
 * Nations' own Arabic documents), while regional locales such as ar-EG or ar-SA use Arabic-Indic digits.
 * No numbering system is forced: the locale decides, and the form fields accept both sets of digits.
 */
export const intlLocale: Record<Language, string> = { ar: "ar", zh: "zh-CN", en: "en-GB", fr: "fr-FR", ru: "ru-RU", es: "es-ES" };

/** The day a week starts on in each language's calendar grids (1 = Monday … 7 = Sunday), from CLDR's week data:
 * Saturday for Arabic, Monday for the others. Written out rather than asked of Intl at run time, as
 * `Intl.Locale#getWeekInfo` is not in every runtime yet and server and browser must draw the same grid. */
export const firstDayOfWeek: Record<Language, 1 | 6 | 7> = { ar: 6, zh: 1, en: 1, fr: 1, ru: 1, es: 1 };
