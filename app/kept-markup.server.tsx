// The server's side of app/ui/kept-markup.tsx: drawings rendered once per (drawing, language, data) and kept, by a
// digest of that key, in a bounded cache (least recently used out first).
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import type { i18n as I18n } from "i18next";
import type { KeepMarkup } from "./ui/kept-markup";

const KEPT_MARKUP_BYTES = 24 * 1024 * 1024;

const kept = new LRUCache<string, string>({ maxSize: KEPT_MARKUP_BYTES, sizeCalculation: (html) => 2 * html.length + 64 });

/** The keeper for one page render, in its language. */
export function keepMarkupIn(i18n: I18n): KeepMarkup {
  return (key, draw) => {
    const digest = createHash("sha256").update(key).digest("base64url");
    let html = kept.get(digest);
    if (html === undefined) {
      html = renderToString(<I18nextProvider i18n={i18n}>{draw()}</I18nextProvider>);
      kept.set(digest, html);
    }
    return html;
  };
}
