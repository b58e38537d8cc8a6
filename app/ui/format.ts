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
    timeZone,
    locale,
  };
}

export function useFormat() {
  const { i18n } = useTranslation();
  const root = useRootData();
  return formatterFor(i18n.language, root?.timeZone ?? "UTC");
}
