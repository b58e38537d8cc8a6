import type { TFunction } from "i18next";

/** A document language shown in the reader's language ("Arabic", "阿拉伯语"). */
export function languageName(code: string, readerLanguage: string, t: TFunction) {
  if (code === "other") return t("resources.languages.other");
  try {
    return new Intl.DisplayNames([readerLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function fileSize(bytes: number, locale: string) {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: "unit", unit: units[unit], unitDisplay: "short", maximumFractionDigits: unit ? 1 : 0 }).format(value);
}
