// A page's texts are looked up hundreds of times per render (a label per table row, per option, per link), and
// i18next resolves each call from scratch: options copied, namespaces and fallbacks resolved, the value
// interpolated and post-processed. Under load that was 5–6% of a list page's CPU. The texts never change while
// the process runs, so a lookup that passes nothing but its language, namespace and key prefix (what
// react-i18next's `t` adds to every call) always gives the same text: it is kept after the first time. A call
// with anything else (values to interpolate, a count, a context, a default value, returnObjects) goes to i18next
// as before.
import type { i18n as I18n } from "i18next";

/** The options react-i18next's fixed `t` sets on every call; with only these, a lookup depends on its key alone. */
const LOOKUP_OPTIONS = new Set(["lng", "lngs", "ns", "keyPrefix"]);

/** Six languages of about 3,000 texts each, with room to spare. */
const MAX_KEPT = 50_000;

function plainLookupKey(key: unknown, options: unknown, language: string): string | null {
  if (typeof key !== "string") return null;
  if (options === undefined) return `${language}\u0000\u0000\u0000${key}`;
  if (typeof options !== "object" || options === null) return null;
  const o = options as Record<string, unknown>;
  for (const name in o) {
    if (!LOOKUP_OPTIONS.has(name)) return null;
    const value = o[name];
    if (value !== undefined && typeof value !== "string" && !Array.isArray(value)) return null;
  }
  return `${String(o.lng ?? o.lngs ?? language)}\u0000${String(o.ns ?? "")}\u0000${String(o.keyPrefix ?? "")}\u0000${key}`;
}

/** The same instance, its plain lookups answered from what they gave the first time. */
export function keepPlainLookups<T extends I18n>(instance: T): T {
  const translate = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const kept = new Map<string, string>();
  const t = (...args: unknown[]) => {
    const cacheKey = args.length <= 2 ? plainLookupKey(args[0], args[1], instance.language) : null;
    if (cacheKey === null) return translate(...args);
    const known = kept.get(cacheKey);
    if (known !== undefined) return known;
    const value = translate(...args);
    if (typeof value === "string") {
      // Keys come from the code, but a key built from data could be anything: the store stays bounded.
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(cacheKey, value);
    }
    return value;
  };
  instance.t = t as unknown as T["t"];
  return instance;
}
