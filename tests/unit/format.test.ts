// Intl formatters are built once per locale and options and reused: the same text as a new formatter gives.
import { describe, expect, it } from "vitest";
import { dateTimeFormat, formatterFor, numberFormat } from "~/ui/format";
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
});
