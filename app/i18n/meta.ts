// Translated <title>s: a route's `meta` cannot use hooks, so it reads the language from the root
// loader's data and looks the text up in the same resources.
import { createInstance, type TFunction } from "i18next";
import { fallbackLanguage, isLanguage, resources } from "./config";

const i18n = createInstance();
void i18n.init({ resources, lng: fallbackLanguage, initImmediate: false, interpolation: { escapeValue: false } });

type Match = { id: string; data?: unknown };

function translatorOf(matches: ReadonlyArray<Match | undefined>): TFunction {
  const data = matches.find((m) => m?.id === "root")?.data as { language?: string } | undefined;
  return i18n.getFixedT(isLanguage(data?.language) ? data.language : fallbackLanguage);
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
  const data = matches.find((m) => m?.id === "root")?.data as { language?: string } | undefined;
  const language = isLanguage(data?.language) ? data.language : fallbackLanguage;
  return [{ title: `${name(language)} · ${String(i18n.getFixedT(language)("app.name"))}` }];
}
