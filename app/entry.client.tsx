// The browser: fetch the reader's language's texts (only that language: see app/i18n/client.ts) and the reference
// lists the page links (app/ui/reference-lists.tsx), then hydrate. Should either not arrive, the page stays as the
// server rendered it, which works without JavaScript.
import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { fallbackLanguage } from "./i18n/config";
import { fetchTranslation, TEXTS_LINK_ID } from "./i18n/client";
import { provideTitleTranslations } from "./i18n/meta";
import { loadLinkedReferenceLists } from "./ui/reference-lists";

async function hydrate() {
  const language = document.documentElement.lang || fallbackLanguage;
  const href = document.getElementById(TEXTS_LINK_ID)?.getAttribute("href") ?? `/locales/${language}`;
  const [translation] = await Promise.all([fetchTranslation(href), loadLinkedReferenceLists()]);
  await i18next.use(initReactI18next).init({
    lng: language,
    resources: { [language]: { translation } },
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  provideTitleTranslations(i18next);
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

hydrate().catch((error: unknown) => {
  // Without its texts (or the reference lists it names) the page cannot be hydrated; it keeps working as plain HTML.
  console.warn("The page's texts or reference lists could not be loaded; it works without scripts.", error);
});
