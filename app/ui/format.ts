// Dates, times and numbers in the reader's language and time zone. Formatting passes the zone
// explicitly, so server and browser render the same text.
import { useTranslation } from "react-i18next";
import { intlLocale, isLanguage } from "~/i18n/config";
import { useRootData } from "~/root";

export function formatterFor(language: string, timeZone: string) {
  const locale = isLanguage(language) ? intlLocale[language] : language;
  const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));
  return {
    dateTime: (value: Date | string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(toDate(value)),
    date: (value: Date | string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(toDate(value)),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    /** A calendar day "2026-11-23" (date-only columns): the same day in every time zone. */
    day: (isoDay: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${isoDay}T00:00:00Z`)),
    /** Whole US dollars: "US$1,500,000"; compact: "US$1.5m". Both fraction limits are explicit: ICU versions
     * (Node's, the browser's) disagree on the defaults for compact currency, which would break hydration. */
    usd: (value: number, compact = false) =>
      new Intl.NumberFormat(locale, { style: "currency", currency: "USD", minimumFractionDigits: 0, maximumFractionDigits: compact ? 1 : 0, ...(compact ? { notation: "compact" as const } : {}) }).format(value),
    percent: (fraction: number) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(fraction),
    timeZone,
    locale,
  };
}

export function useFormat() {
  const { i18n } = useTranslation();
  const root = useRootData();
  return formatterFor(i18n.language, root?.timeZone ?? "UTC");
}
