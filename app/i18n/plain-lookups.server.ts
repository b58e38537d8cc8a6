// A page's texts are looked up hundreds of times per render (a label per table row, per option, per link), and
// i18next resolves each call from scratch: options copied, namespaces and fallbacks resolved, the value
// interpolated and post-processed. Under load that was 5–6% of a list page's CPU. The texts never change while
// the process runs, so a lookup gives the same text whenever it is made with the same key and options: a plain
// lookup (nothing but its language, namespace and key prefix, what react-i18next's `t` adds to every call) is kept
// after the first time. So is a lookup with values, a count or a context, when every option is a string, a number
// or a boolean ("Recommendation {{number}}" on each row of a list: 11–14% of the recommendation lists' CPU went
// to i18next before), in a bounded store of its own, since the values can take many forms. A call with anything
// else (an object or a function among its options, returnObjects giving a non-text) goes to i18next every time.
// Whether a text exists is kept the same way (the audit trail asks it several times for each of its 50 events:
// 3% of its CPU).
import type { i18n as I18n } from "i18next";
import { LRUCache } from "lru-cache";

/** The options react-i18next's fixed `t` sets on every call; with only these, a lookup depends on its key alone. */
const LOOKUP_OPTIONS = new Set(["lng", "lngs", "ns", "keyPrefix"]);

/** Six languages of about 3,000 texts each, with room to spare. */
const MAX_KEPT = 50_000;
/** Lookups with values: the most recently used are kept. */
const MAX_KEPT_WITH_VALUES = 20_000;

type LookupKey = { key: string; withValues: boolean };

function lookupKey(key: unknown, options: unknown, language: string): LookupKey | null {
  if (typeof key !== "string") return null;
  if (options === undefined) return { key: `${language}\u0000\u0000\u0000${key}`, withValues: false };
  if (typeof options !== "object" || options === null) return null;
  const o = options as Record<string, unknown>;
  let values = "";
  for (const name in o) {
    const value = o[name];
    if (LOOKUP_OPTIONS.has(name)) {
      // react-i18next's `t` passes `lngs: null` (the instance's language): null is as good as absent.
      if (value !== undefined && value !== null && typeof value !== "string" && !Array.isArray(value)) return null;
      continue;
    }
    // As JSON: a value cannot pass for another option, and a count of 1 is not a count of "1".
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") values += `,${name}:${JSON.stringify(value)}`;
    else if (value !== undefined) return null;
  }
  const lookup = `${String(o.lng ?? o.lngs ?? language)}\u0000${String(o.ns ?? "")}\u0000${String(o.keyPrefix ?? "")}\u0000${key}`;
  return values ? { key: `${lookup}\u0000${values}`, withValues: true } : { key: lookup, withValues: false };
}

/** The same instance, its lookups (and whether a text exists) answered from what they gave the first time. */
export function keepPlainLookups<T extends I18n>(instance: T): T {
  const translate = instance.t.bind(instance) as unknown as (...args: unknown[]) => unknown;
  const exists = instance.exists.bind(instance) as unknown as (...args: unknown[]) => boolean;
  const kept = new Map<string, string>();
  const keptWithValues = new LRUCache<string, string>({ max: MAX_KEPT_WITH_VALUES });
  const existing = new LRUCache<string, boolean>({ max: MAX_KEPT_WITH_VALUES });
  const t = (...args: unknown[]) => {
    const lookup = args.length <= 2 ? lookupKey(args[0], args[1], instance.language) : null;
    if (lookup === null) return translate(...args);
    const store = lookup.withValues ? keptWithValues : kept;
    const known = store.get(lookup.key);
    if (known !== undefined) return known;
    const value = translate(...args);
    if (typeof value === "string") {
      // Keys come from the code, but a key built from data could be anything: the store stays bounded.
      if (!lookup.withValues && kept.size >= MAX_KEPT) kept.clear();
      store.set(lookup.key, value);
    }
    return value;
  };
  instance.t = t as unknown as T["t"];
  instance.exists = ((...args: unknown[]) => {
    const lookup = args.length <= 2 ? lookupKey(args[0], args[1], instance.language) : null;
    if (lookup === null) return exists(...args);
    const known = existing.get(lookup.key);
    if (known !== undefined) return known;
    const answer = exists(...args);
    existing.set(lookup.key, answer);
    return answer;
  }) as T["exists"];
  return instance;
}
