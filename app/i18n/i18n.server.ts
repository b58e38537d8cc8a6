// Chooses the interface language of a request: the signed-in user's profile (applied in the root
// loader), else the language cookie set by the switcher, else Accept-Language.
import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import { fallbackLanguage, isLanguage, resources, supportedLanguages, type Language } from "./config";

export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage,
    cookie: languageCookie,
    order: ["cookie", "header"],
  },
  i18next: { resources, interpolation: { escapeValue: false } },
});

export async function requestLanguage(request: Request, preferred?: string | null): Promise<Language> {
  if (isLanguage(preferred)) return preferred;
  const detected = await i18nServer.getLocale(request);
  return isLanguage(detected) ? detected : fallbackLanguage;
}

/** A translation function for server-side text (mail, CSV headers). */
export function translator(language: Language) {
  return i18nServer.getFixedT(language);
}

// One i18next instance per language renders every page in that language: the resources are fixed and server
// rendering never changes an instance's language, so it is built once rather than for every request.
const renderers = new Map<Language, Promise<I18n>>();

export function renderingI18n(language: Language): Promise<I18n> {
  let instance = renderers.get(language);
  if (!instance) {
    const i18n = createInstance();
    instance = i18n
      .use(initReactI18next)
      .init({ lng: language, resources, interpolation: { escapeValue: false } })
      .then(() => i18n);
    renderers.set(language, instance);
  }
  return instance;
}
