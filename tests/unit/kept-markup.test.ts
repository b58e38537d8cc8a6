// Drawings kept as markup (app/ui/kept-markup.tsx): the server's kept markup is exactly what React draws in place (so
// the browser's hydration matches it), it is rendered once for each (drawing, data, language), and other data or
// another language is another drawing. (That the browser hydrates it without a mismatch: tests/e2e/charts.spec.ts.)
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { keepMarkupIn } from "~/kept-markup.server";
import { pageI18n } from "~/i18n/i18n.server";
import { ActivityTimeline, type TimelineItem } from "~/ui/charts/timeline";
import { keptMarkupKey } from "~/ui/kept-markup";

const items: TimelineItem[] = [
  { id: "a1", title: "Workshop on border security", startDate: "2026-02-01", endDate: "2026-03-15", status: "COMPLETED" },
  { id: "a2", title: "Legislative drafting mission", startDate: "2026-05-10", endDate: "2027-01-20", status: "ONGOING" },
];

/** The page's frame around a timeline, as KeptMarkup renders it: drawn in place, or the keeper's markup inside. */
function page(
  language: "en" | "zh" | "ar",
  data: { title: string; items: TimelineItem[]; today: string },
  kept: boolean,
  onDraw = () => {},
) {
  const i18n = pageI18n(language);
  const draw = () => {
    onDraw();
    return createElement(ActivityTimeline, { ...data, href: (id: string) => `/activities/${id}` });
  };
  const frame = kept
    ? createElement("div", {
        className: "chart-frame",
        dangerouslySetInnerHTML: { __html: keepMarkupIn(i18n)(keptMarkupKey("timeline", language, data), draw) },
      })
    : createElement("div", { className: "chart-frame" }, draw());
  return renderToString(createElement(I18nextProvider, { i18n }, frame));
}

describe("a drawing kept as markup", () => {
  it("is what React draws in place, in every direction", () => {
    for (const language of ["en", "zh", "ar"] as const) {
      const data = { title: `Timeline ${language}`, items, today: "2026-06-01" };
      const inPlace = page(language, data, false);
      expect(inPlace).toContain("<svg");
      expect(page(language, data, true)).toBe(inPlace);
    }
  });

  it("is drawn once for the same data and language, and again for other data or another language", () => {
    let draws = 0;
    const count = () => draws++;
    const data = { title: "Kept once", items, today: "2026-06-01" };
    const first = page("en", data, true, count);
    expect(draws).toBe(1);
    expect(page("en", { ...data }, true, count)).toBe(first);
    expect(draws).toBe(1);

    const later = page("en", { ...data, today: "2026-09-01" }, true, count);
    expect(draws).toBe(2);
    expect(later).not.toBe(first);
    const fewer = page("en", { ...data, items: items.slice(1) }, true, count);
    expect(draws).toBe(3);
    expect(fewer).not.toContain("Workshop on border security");

    const chinese = page("zh", data, true, count);
    expect(draws).toBe(4);
    expect(chinese).not.toBe(first);
  });
});
