// Chooses the interface language of a request: the signed-in user's profile (applied in the root
// loader), else the language cookie set by the switcher, else Accept-Language.
import { createCookie } from "@remix-run/node";
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
