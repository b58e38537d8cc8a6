// Chooses the interface language of a request and translates on the server. The language: the signed-in
// user's preference (kept on the account), else the cookie the switcher sets (before sign-in), else the
// browser's Accept-Language, else English. One i18next instance holds every language for the process's
// life (built once, not per request); pages, mail and exports take a fixed-language view of it.
import { createHash } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { createInstance, type TFunction } from "i18next";
import { fallbackLanguage, isLanguage, supportedLanguages, type Language } from "./config";
import { provideTitleTranslations } from "./meta";
import { keepPlainLookups } from "./plain-lookups.server";
import { resources, translations } from "./resources.server";

export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export const serverI18n = createInstance();
void serverI18n.init({
  resources,
  lng: fallbackLanguage,
  fallbackLng: false,
  supportedLngs: [...supportedLanguages],
  initImmediate: false,
  interpolation: { escapeValue: false },
});
provideTitleTranslations(serverI18n);
keepPlainLookups(serverI18n);

/**
 * The first language of an Accept-Language header the platform speaks, by preference (q) and then order;
 * a regional or script variant counts as its language ("es-MX" is Spanish, "zh-Hant-TW" Chinese), so that a
 * Mexican browser that also accepts English still gets Spanish.
 */
export function languageFromHeader(header: string | null): Language | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { primary: tag.trim().split("-")[0].toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.primary).find(isLanguage) ?? null;
}

export async function requestLanguage(request: Request, preferred?: string | null): Promise<Language> {
  if (isLanguage(preferred)) return preferred;
  const fromCookie: unknown = await languageCookie.parse(request.headers.get("Cookie")).catch(() => null);
  if (isLanguage(fromCookie)) return fromCookie;
  return languageFromHeader(request.headers.get("Accept-Language")) ?? fallbackLanguage;
}

/** A translation function for server-side text (mail, CSV headers, vCards) in one language. */
export function translator(language: Language): TFunction {
  return serverI18n.getFixedT(language);
}

/**
 * The instance that renders pages in one language: it shares the texts, keeps its own language, and is made once
 * per language rather than per request (server rendering never changes its language).
 */
const pageInstances = new Map<Language, ReturnType<typeof serverI18n.cloneInstance>>();
export function pageI18n(language: Language) {
  let instance = pageInstances.get(language);
  if (!instance) {
    instance = keepPlainLookups(serverI18n.cloneInstance({ lng: language, initImmediate: false }));
    pageInstances.set(language, instance);
  }
  return instance;
}

/** One language's texts as the browser fetches them (app/routes/locales.$language.tsx), serialised once. */
const serialised = new Map<Language, string>();
export function translationJson(language: Language): string {
  let json = serialised.get(language);
  if (!json) {
    json = JSON.stringify(translations[language]);
    serialised.set(language, json);
  }
  return json;
}

/** Changes with any text of any language: part of the texts' address, so browsers may keep them for a year. */
let version: string | null = null;
export function translationsVersion(): string {
  version ??= createHash("sha256")
    .update(supportedLanguages.map((language) => translationJson(language)).join("\n"))
    .digest("hex")
    .slice(0, 12);
  return version;
}
