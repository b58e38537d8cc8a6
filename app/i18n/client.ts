// The browser's share of the texts: the reader's language only, fetched as JSON from /locales/:language
// (app/routes/locales.$language.tsx), whose address carries the texts' version so that the browser keeps it.
// The texts are never part of the JavaScript bundle: six languages there would triple every page's scripts.
import type { i18n as I18n } from "i18next";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** The <link rel="preload"> that root.tsx puts in the page's head: the entry fetches what it points to. */
export const TEXTS_LINK_ID = "interface-texts";

/** Where a language's texts are; `version` changes with any text (app/i18n/i18n.server.ts). */
export function textsUrl(language: string, version: string) {
  return `/locales/${language}?v=${version}`;
}

export async function fetchTranslation(href: string): Promise<object> {
  const response = await fetch(href, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${href} answered ${response.status}`);
  return (await response.json()) as object;
}

/** Fetches a language's texts into the instance unless they are there already. */
export async function ensureLanguage(i18n: I18n, language: string, version: string) {
  if (!i18n.hasResourceBundle(language, "translation")) {
    i18n.addResourceBundle(language, "translation", await fetchTranslation(textsUrl(language, version)));
  }
}

/**
 * Keeps the page's i18next instance on the root loader's language: when it changes (the switcher, the
 * profile's interface language), the new language's texts are fetched first, then the page re-renders in it.
 */
export function useInterfaceLanguage(language: string, version: string) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language === language) return;
    let cancelled = false;
    ensureLanguage(i18n, language, version)
      .then(() => (cancelled ? undefined : i18n.changeLanguage(language)))
      .catch((error: unknown) => {
        // The texts could not be fetched: a full load renders the page in the new language on the server.
        console.warn(error);
        if (!cancelled) window.location.reload();
      });
    return () => {
      cancelled = true;
    };
  }, [i18n, language, version]);
}
