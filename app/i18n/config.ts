// Languages the interface is translated into. Arabic (right-to-left) can be added by adding its
// resources here: <html dir> already follows the language.
import en from "./en";
import zh from "./zh";

export const supportedLanguages = ["en", "zh"] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = "en";

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

const RTL = new Set(["ar", "fa", "he", "ur"]);
export function textDirection(language: string): "ltr" | "rtl" {
  return RTL.has(language.split("-")[0]) ? "rtl" : "ltr";
}

/** BCP 47 tag used by Intl formatters for each interface language. */
export const intlLocale: Record<Language, string> = { en: "en-GB", zh: "zh-CN" };
