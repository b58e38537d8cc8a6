// The page instances keep the texts of plain lookups (app/i18n/plain-lookups.server.ts): every text of every
// language must read exactly as i18next gives it, and a call with values, a count or a default must still be
// translated afresh each time.
import { createInstance } from "i18next";
import { describe, expect, it, vi } from "vitest";
import { supportedLanguages } from "~/i18n/config";
import { pageI18n } from "~/i18n/i18n.server";
import { resources, translations } from "~/i18n/resources.server";

function keys(node: object, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) => {
    const here = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === "object" ? keys(value as object, here) : [here];
  });
}

const plain = createInstance();
void plain.init({ resources, lng: "en", fallbackLng: false, initImmediate: false, interpolation: { escapeValue: false } });

describe("plain lookups kept by the page instances", () => {
  it.each(supportedLanguages)("every text in %s reads as i18next gives it, the first time and after", (language) => {
    const expected = plain.getFixedT(language);
    const t = pageI18n(language).getFixedT(language);
    const all = keys(translations.en);
    expect(all.length).toBeGreaterThan(500);
    for (const key of all) {
      const want = expected(key as never);
      expect(t(key as never), key).toBe(want);
      expect(t(key as never), key).toBe(want);
    }
  });

  it("answers a repeated plain lookup without asking i18next again, and never mixes languages", () => {
    const instance = pageI18n("fr");
    // i18next's Translator, which every lookup reaches when it is not kept (not in i18next's public types).
    const translator = (instance as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator;
    const translate = vi.spyOn(translator, "translate");
    try {
      const t = instance.getFixedT("fr");
      const first = t("nav.home");
      const calls = translate.mock.calls.length;
      expect(t("nav.home")).toBe(first);
      expect(translate.mock.calls.length).toBe(calls);
      expect(pageI18n("zh").getFixedT("zh")("nav.home")).toBe(plain.getFixedT("zh")("nav.home"));
      expect(first).toBe(plain.getFixedT("fr")("nav.home"));
    } finally {
      translate.mockRestore();
    }
  });

  it("translates afresh a call with a count, values or a default", () => {
    const t = pageI18n("en").getFixedT("en");
    expect(t("common.resultCount", { count: 1 })).toBe("1 result");
    expect(t("common.resultCount", { count: 5 })).toBe("5 results");
    expect(t("common.resultCount", { count: 1 })).toBe("1 result");
    expect(t("no.such.key" as never, { defaultValue: "first" } as never)).toBe("first");
    expect(t("no.such.key" as never, { defaultValue: "second" } as never)).toBe("second");
    const prefixed = pageI18n("en").getFixedT("en", null, "common");
    expect(prefixed("resultCount_other" as never, { count: 3 } as never)).toBe(t("common.resultCount", { count: 3 }));
  });
});
