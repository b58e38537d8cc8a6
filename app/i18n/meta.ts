// Translated <title>s: a route's `meta` cannot use hooks, so it reads the language from the root loader's
// data and translates with the instance this module was given: on the server the one that holds every
// language (app/i18n/i18n.server.ts), in the browser the page's own, which holds the reader's language.
import type { i18n as I18n, TFunction } from "i18next";
import { fallbackLanguage, isLanguage } from "./config";

let shared: I18n | null = null;

/** Called once by the server's translations and once by the browser's entry. */
export function provideTitleTranslations(i18n: I18n) {
  shared = i18n;
}

type Match = { id: string; data?: unknown };

function languageOf(matches: ReadonlyArray<Match | undefined>) {
  const data = matches.find((m) => m?.id === "root")?.data as { language?: string } | undefined;
  return isLanguage(data?.language) ? data.language : fallbackLanguage;
}

function translatorOf(matches: ReadonlyArray<Match | undefined>): TFunction {
  if (!shared) throw new Error("Titles are translated before the translations were provided (see app/i18n/meta.ts).");
  return shared.getFixedT(languageOf(matches));
}

/** `<title>`: the page's name, then the platform's, in the reader's language. */
export function titleFor(matches: ReadonlyArray<Match | undefined>, key: string, values?: Record<string, unknown>) {
  const t = translatorOf(matches);
  const page = String(t(key as never, values as never));
  return [{ title: `${page} · ${t("app.name")}` }];
}

export function appTitle(matches: ReadonlyArray<Match | undefined>) {
  return [{ title: String(translatorOf(matches)("app.name")) }];
}

/** `<title>` for a page named by data (a group, a document): `name` picks the text for the language. */
export function titleFromData(matches: ReadonlyArray<Match | undefined>, name: (language: string) => string) {
  const language = languageOf(matches);
  return [{ title: `${name(language)} · ${String(translatorOf(matches)("app.name"))}` }];
}
