// Languages people speak, as ISO 639-1 codes (User.languages). Names come from Intl.DisplayNames in the
// reader's language, so no list of names is kept here.

/** Offered as checkboxes on the profile and as the directory's language filter: the six official UN
 * languages first, then languages widely spoken among the platform's focal points. Any other valid
 * ISO 639-1 code is accepted too (profile text field, ?language= in a shared link). */
export const COMMON_LANGUAGES = [
  "ar",
  "zh",
  "en",
  "fr",
  "ru",
  "es",
  "am",
  "bn",
  "de",
  "fa",
  "ha",
  "he",
  "hi",
  "id",
  "it",
  "ja",
  "ko",
  "ms",
  "nl",
  "no",
  "pl",
  "ps",
  "pt",
  "so",
  "sv",
  "sw",
  "th",
  "tr",
  "uk",
  "ur",
  "uz",
  "vi",
] as const;

const known = new Intl.DisplayNames("en", { type: "language", fallback: "none" });

/** A two-letter code the runtime knows as a language (ISO 639-1). */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  try {
    return known.of(code) !== undefined;
  } catch {
    return false;
  }
}
