import type { TFunction } from "i18next";
import { displayNames } from "../format";

/** A document language shown in the reader's language ("Arabic", "阿拉伯语"). */
export function languageName(code: string, readerLanguage: string, t: TFunction) {
  if (code === "other") return t("resources.languages.other");
  try {
    return displayNames(readerLanguage, "language").of(code) ?? code;
  } catch {
    return code;
  }
}
