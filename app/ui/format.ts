// Dates, times and numbers in the reader's language and time zone. Formatting passes the zone
// explicitly, so server and browser render the same text.
import { useTranslation } from "react-i18next";
import { intlLocale, isLanguage } from "~/i18n/config";
import { useRootData } from "./root-data";

// Building an Intl formatter costs far more than using one (a month grid formats hundreds of times: 39% of its
// server time went to building them): each locale and options pair is built once and kept, a bounded number.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const displayNamesByLocale = new Map<string, Intl.DisplayNames>();
const displayNameTexts = new Map<string, string>();

function kept<F>(cache: Map<string, F>, key: string, make: () => F, limit = 1000): F {
  let formatter = cache.get(key);
  if (formatter === undefined) {
    if (cache.size >= limit) cache.clear();
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** `dateTimeFormat(locale, options)`, built once per locale and options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(dateTimeFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** `new Intl.NumberFormat(locale, options)`, built once per locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return kept(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** `new Intl.DisplayNames(locale, { type })`, built once per locale and type (`displayName` gives the names). */
function displayNames(locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return kept(displayNamesByLocale, `${locale}|${type}`, () => new Intl.DisplayNames(locale, { type }));
}

/** The name of a language, region… in the locale ("Arabic", "阿拉伯语"), or the code itself where Intl has none or
 * refuses the code. Each name is kept: `Intl.DisplayNames.of` costs tens of microseconds a call, and the directory's
 * 25 people name their languages at every view (3.5% of its server's CPU under load). */
export function displayName(locale: string, type: Intl.DisplayNamesType, code: string): string {
  return kept(
    displayNameTexts,
    `${locale}|${type}|${code}`,
    () => {
      try {
        return displayNames(locale, type).of(code) ?? code;
      } catch {
        return code;
      }
    },
    10_000,
  );
}

/** File-size units, each 1,024 times the one before, as the upload limit counts them (25 × 1,024 × 1,024
 * bytes reads "25 MB"): Intl has no kibibyte unit, and file managers commonly label binary multiples so. */
const SIZE_UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;

/** "1 byte", "34 bytes", "1.5 kB", "12 kB", "25 MB" (zh "34字节", "1.5 kB"): the unit chosen by size, one
 * decimal below 10. Bytes are spelled out, which gives the language's plural (the short English form is
 * "34 byte"); the larger units keep their usual short symbols. */
export function formatFileSize(locale: string, bytes: number) {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (unit < SIZE_UNITS.length - 1 && value >= 1024) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(locale, {
    style: "unit",
    unit: SIZE_UNITS[unit],
    unitDisplay: unit === 0 ? "long" : "short",
    maximumFractionDigits: unit > 0 && value < 10 ? 1 : 0,
  }).format(value);
}

/**
 * The formatters of one language and time zone, kept (a bounded number): a page formats hundreds of values, and each
 * call looked its Intl formatter up by a key made of its options (JSON) — now each is looked up once per language and zone.
 */
const formattersByReader = new Map<string, ReturnType<typeof makeFormatter>>();
export function formatterFor(language: string, timeZone: string) {
  return kept(formattersByReader, `${language}|${timeZone}`, () => makeFormatter(language, timeZone));
}

/** The Intl formatter `make()` builds, built at its first use. */
function once<F>(make: () => F): () => F {
  let made: F | undefined;
  return () => (made ??= make());
}

function makeFormatter(language: string, timeZone: string) {
  const locale = isLanguage(language) ? intlLocale[language] : language;
  const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));
  const dateTime = once(() => dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }));
  const date = once(() => dateTimeFormat(locale, { dateStyle: "medium", timeZone }));
  const day = once(() => dateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }));
  const number = once(() => numberFormat(locale));
  const percent = once(() => numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }));
  const dollars = { style: "currency", currency: "USD", minimumFractionDigits: 0 } as const;
  const usd = once(() => numberFormat(locale, { ...dollars, maximumFractionDigits: 0 }));
  const usdCompact = once(() => numberFormat(locale, { ...dollars, maximumFractionDigits: 1, notation: "compact" }));
  return {
    dateTime: (value: Date | string) => dateTime().format(toDate(value)),
    date: (value: Date | string) => date().format(toDate(value)),
    number: (value: number) => number().format(value),
    /** A calendar day "2026-11-23" (date-only columns): the same day in every time zone. */
    day: (isoDay: string) => day().format(new Date(`${isoDay}T00:00:00Z`)),
    /** Whole US dollars: "US$1,500,000"; compact: "US$1.5m". Both fraction limits are explicit: ICU versions
     * (Node's, the browser's) disagree on the defaults for compact currency, which would break hydration. */
    usd: (value: number, compact = false) => (compact ? usdCompact() : usd()).format(value),
    /** A file's size with its unit: see formatFileSize. */
    fileSize: (bytes: number) => formatFileSize(locale, bytes),
    percent: (fraction: number) => percent().format(fraction),
    timeZone,
    locale,
  };
}

export function useFormat() {
  const { i18n } = useTranslation();
  const root = useRootData();
  return formatterFor(i18n.language, root?.timeZone ?? "UTC");
}
