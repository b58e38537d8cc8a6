import type { TFunction } from "i18next";
import { displayName } from "../format";

/** A document language shown in the reader's language ("Arabic", "阿拉伯语"). */
export function languageName(code: string, readerLanguage: string, t: TFunction) {
  if (code === "other") return t("resources.languages.other");
  return displayName(readerLanguage, "language", code);
}
