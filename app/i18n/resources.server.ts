// Every language's texts, for the server: pages are rendered, mail and exports written, in any of them.
// The browser never gets this module: it loads only the reader's language (app/i18n/client.ts).
import type { Resource } from "i18next";
import type { Language } from "./config";
import ar from "./ar";
import en from "./en";
import es from "./es";
import fr from "./fr";
import ru from "./ru";
import zh from "./zh";

export const translations: Record<Language, object> = { ar, zh, en, fr, ru, es };

export const resources: Resource = Object.fromEntries(
  Object.entries(translations).map(([language, translation]) => [language, { translation }]),
) as Resource;
