// The page instances keep the texts of their lookups (app/i18n/plain-lookups.server.ts): every text of every
// language must read exactly as i18next gives it, with and without values, the first time and after; each set of
// values gets its own text; a call with an option that is not a string, a number or a boolean is translated afresh.
import { createInstance, type TFunction } from "i18next";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider, useTranslation } from "react-i18next";
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

/**
 * The `t` a page's components get: react-i18next's hook over the page instance (it asks for `getFixedT(null, …)`,
 * so every call carries `lngs: null`; a test of `getFixedT(language)` alone missed that no lookup was kept).
 */
function pageT(language: string, keyPrefix?: string): TFunction {
  let t: TFunction | null = null;
  const Probe = () => {
    t = useTranslation(undefined, { keyPrefix: keyPrefix as never }).t as unknown as TFunction;
    return null;
  };
  renderToString(createElement(I18nextProvider, { i18n: pageI18n(language as never) }, createElement(Probe)));
  return t!;
}

const plain = createInstance();
void plain.init({ resources, lng: "en", fallbackLng: false, initImmediate: false, interpolation: { escapeValue: false } });

describe("plain lookups kept by the page instances", () => {
  it.each(supportedLanguages)("every text in %s reads as i18next gives it, the first time and after", (language) => {
    const expected = plain.getFixedT(language);
    const t = pageT(language);
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
      const t = pageT("fr");
      const first = t("nav.home");
      const calls = translate.mock.calls.length;
      expect(t("nav.home")).toBe(first);
      expect(translate.mock.calls.length).toBe(calls);
      expect(pageT("zh")("nav.home")).toBe(plain.getFixedT("zh")("nav.home"));
      expect(first).toBe(plain.getFixedT("fr")("nav.home"));
    } finally {
      translate.mockRestore();
    }
  });

  it.each(supportedLanguages)("every text in %s with values reads as i18next gives it, the first time and after", (language) => {
    const expected = plain.getFixedT(language);
    const t = pageT(language);
    // Plural forms are asked for by their base key, as the pages do.
    const bases = [...new Set(keys(translations.en).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, "")))];
    for (const count of [1, 2, 5, 21]) {
      const values = { count, number: count, figure: String(count * 1000), name: 'Ana "<b>"', q: "x", title: "T", group: "G" };
      for (const key of bases) {
        const want = expected(key as never, values as never);
        expect(t(key as never, values as never), `${key} ${count}`).toBe(want);
        expect(t(key as never, { ...values } as never), `${key} ${count}`).toBe(want);
      }
    }
  });

  it("keeps a call with values once per set of values, and asks i18next again for anything else", () => {
    const instance = pageI18n("en");
    const translator = (instance as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator;
    const translate = vi.spyOn(translator, "translate");
    try {
      const t = pageT("en");
      expect(t("common.resultCount", { count: 7 })).toBe("7 results");
      const calls = translate.mock.calls.length;
      expect(t("common.resultCount", { count: 7 })).toBe("7 results");
      expect(translate.mock.calls.length).toBe(calls);
      // A value that spells another option's is still its own value.
      expect(t("search.resultsFor", { q: 'a",count:1' } as never)).toBe('Results for “a",count:1”');
      expect(t("search.resultsFor", { q: "a" } as never)).toBe("Results for “a”");
      // An object among the options: translated every time.
      const before = translate.mock.calls.length;
      t("search.resultsFor", { q: "b", interpolation: { escapeValue: false } } as never);
      t("search.resultsFor", { q: "b", interpolation: { escapeValue: false } } as never);
      expect(translate.mock.calls.length).toBe(before + 2);
    } finally {
      translate.mockRestore();
    }
  });

  it("gives each count, value and default its own text", () => {
    const t = pageT("en");
    expect(t("common.resultCount", { count: 1 })).toBe("1 result");
    expect(t("common.resultCount", { count: 5 })).toBe("5 results");
    expect(t("common.resultCount", { count: 1 })).toBe("1 result");
    expect(t("no.such.key" as never, { defaultValue: "first" } as never)).toBe("first");
    expect(t("no.such.key" as never, { defaultValue: "second" } as never)).toBe("second");
    const prefixed = pageT("en", "common");
    expect(prefixed("resultCount_other" as never, { count: 3 } as never)).toBe(t("common.resultCount", { count: 3 }));
  });

  it.each(supportedLanguages)("says in %s whether a text exists as i18next does, the first time and after", (language) => {
    const instance = pageI18n(language);
    const bases = [...new Set(keys(translations.en).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, "")))];
    const asked = [...bases, "no.such.key", "admin.auditActions.no-such-action", "common"];
    for (const key of asked) {
      for (const options of [undefined, { count: 1 }, { count: 2 }, { lng: "en" }]) {
        const want = plain.exists(key, { lng: language, ...options });
        expect(instance.exists(key, options), `${key} ${JSON.stringify(options)}`).toBe(want);
        expect(instance.exists(key, options), `${key} ${JSON.stringify(options)}`).toBe(want);
      }
    }
  });

  it("answers a repeated question of existence without asking i18next again", () => {
    const instance = pageI18n("es");
    const translator = (instance as unknown as { translator: { exists: (...args: unknown[]) => boolean } }).translator;
    const asked = vi.spyOn(translator, "exists");
    try {
      expect(instance.exists("nav.home")).toBe(true);
      expect(instance.exists("no.such.key")).toBe(false);
      const calls = asked.mock.calls.length;
      expect(instance.exists("nav.home")).toBe(true);
      expect(instance.exists("no.such.key")).toBe(false);
      expect(asked.mock.calls.length).toBe(calls);
      // Another count is another question.
      instance.exists("common.resultCount", { count: 4 });
      expect(asked.mock.calls.length).toBe(calls + 1);
    } finally {
      asked.mockRestore();
    }
  });
});
