// Intl formatters are built once per locale and options and reused: the same text as a new formatter gives.
import { describe, expect, it } from "vitest";
import { dateTimeFormat, displayName, formatterFor, numberFormat } from "~/ui/format";
import { calendarFormatter } from "~/ui/calendar/format";

describe("kept Intl formatters", () => {
  it("are built once per locale and options and format as a new one does", () => {
    const options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeZone: "Asia/Tokyo" };
    expect(dateTimeFormat("en-GB", options)).toBe(dateTimeFormat("en-GB", { ...options }));
    expect(dateTimeFormat("en-GB", options)).not.toBe(dateTimeFormat("zh-CN", options));
    expect(numberFormat("en")).toBe(numberFormat("en", {}));
    const when = new Date("2026-12-03T09:00:00Z");
    const format = formatterFor("en", "Europe/Vienna");
    expect(format.dateTime(when)).toBe(
      new Intl.DateTimeFormat(format.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Vienna" }).format(when),
    );
    expect(format.number(1234567)).toBe(new Intl.NumberFormat(format.locale).format(1234567));
    const calendar = calendarFormatter("en-GB", "Africa/Nairobi");
    expect(calendar.time(when.toISOString())).toBe(
      new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "Africa/Nairobi" }).format(when),
    );
    expect(calendar.month("2026-12-01")).toBe("December 2026");
  });

  it("give one reader's formatters once, each formatting as a new Intl formatter does, per language and zone", () => {
    const vienna = formatterFor("en", "Europe/Vienna");
    expect(formatterFor("en", "Europe/Vienna")).toBe(vienna);
    const tokyo = formatterFor("en", "Asia/Tokyo");
    const chinese = formatterFor("zh", "Europe/Vienna");
    expect(tokyo).not.toBe(vienna);
    expect(chinese).not.toBe(vienna);
    const late = new Date("2026-12-03T20:00:00Z");
    const fresh = (locale: string, options: Intl.DateTimeFormatOptions | Intl.NumberFormatOptions) => ({
      date: new Intl.DateTimeFormat(locale, options as Intl.DateTimeFormatOptions),
      number: new Intl.NumberFormat(locale, options as Intl.NumberFormatOptions),
    });
    for (const [format, zone] of [
      [vienna, "Europe/Vienna"],
      [tokyo, "Asia/Tokyo"],
      [chinese, "Europe/Vienna"],
    ] as const) {
      expect(format.date(late)).toBe(fresh(format.locale, { dateStyle: "medium", timeZone: zone }).date.format(late));
      expect(format.dateTime(late)).toBe(
        fresh(format.locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).date.format(late),
      );
      expect(format.day("2026-12-03")).toBe(
        fresh(format.locale, { dateStyle: "medium", timeZone: "UTC" }).date.format(new Date("2026-12-03T00:00:00Z")),
      );
      expect(format.percent(0.256)).toBe(fresh(format.locale, { style: "percent", maximumFractionDigits: 0 }).number.format(0.256));
      const dollars = { style: "currency", currency: "USD", minimumFractionDigits: 0 } as const;
      expect(format.usd(1_500_000)).toBe(fresh(format.locale, { ...dollars, maximumFractionDigits: 0 }).number.format(1_500_000));
      expect(format.usd(1_500_000, true)).toBe(
        fresh(format.locale, { ...dollars, maximumFractionDigits: 1, notation: "compact" }).number.format(1_500_000),
      );
    }
    // The day differs where the zone puts 20:00 UTC on the next day.
    expect(tokyo.date(late)).not.toBe(vienna.date(late));
  });

  it("name a language or region as Intl does, kept, and fall back to the code Intl refuses", () => {
    for (const locale of ["en", "zh-CN", "ar", "fr", "ru", "es"]) {
      for (const [type, code] of [
        ["language", "ar"],
        ["language", "sw"],
        ["language", "zh"],
        ["region", "KE"],
      ] as const) {
        const fresh = new Intl.DisplayNames(locale, { type }).of(code);
        expect(displayName(locale, type, code)).toBe(fresh);
        expect(displayName(locale, type, code)).toBe(fresh);
      }
    }
    expect(displayName("en", "language", "ar")).toBe("Arabic");
    expect(displayName("zh-CN", "language", "ar")).toBe("阿拉伯语");
    // Not a well-formed code: Intl throws, the code is shown as it is.
    expect(() => new Intl.DisplayNames("en", { type: "language" }).of("not a code")).toThrow(RangeError);
    expect(displayName("en", "language", "not a code")).toBe("not a code");
  });
});
