// The filters in force, written out in the reader's language for the first row of a spreadsheet export: each filter
// that narrows the rows as "Label: value", with the same labels as the filter form and the page.
import type { TFunction } from "i18next";

/** For each filter key: the i18n key of its label in the form, and how its value reads. */
export type FilterDescriptions = Record<string, [labelKey: string, value: (value: string) => string]>;

export function filterLine(t: TFunction, selection: Record<string, unknown>, describe: FilterDescriptions): string {
  const parts = Object.entries(describe).flatMap(([key, [labelKey, value]]) => {
    const raw = selection[key];
    return typeof raw === "string" && raw !== ""
      ? [String(t("charts.exportFilter", { label: t(labelKey as never), value: value(raw) }))]
      : [];
  });
  return parts.length
    ? String(t("charts.exportFilters", { filters: parts.join(String(t("charts.exportFilterSeparator"))) }))
    : String(t("charts.exportNoFilters"));
}
