// /locales/:language: one language's texts for the browser, public (the sign-in page needs them), cached for a year
// only under the current version's address; an unknown language is 404.
import { describe, expect, it } from "vitest";
import { translationsVersion } from "~/i18n/i18n.server";
import * as locales from "~/routes/locales.$language";
import { callRoute } from "../support/fixtures";

describe("the texts the browser fetches", () => {
  it("sends one language's texts to anyone, and lets browsers keep them only under the current version", async () => {
    const current = await callRoute(locales.loader, { url: `/locales/ar?v=${translationsVersion()}`, params: { language: "ar" } });
    expect(current.status).toBe(200);
    expect(current.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const texts = JSON.parse(Buffer.from(String(current.data), "latin1").toString("utf8")) as { app: { name: string } };
    expect(texts.app.name).toBe("منصة التنسيق");
    const old = await callRoute(locales.loader, { url: "/locales/fr?v=old", params: { language: "fr" } });
    expect(old.headers.get("Cache-Control")).toBe("no-cache");
  });

  it("answers 404 for a language the platform does not offer", async () => {
    expect((await callRoute(locales.loader, { url: "/locales/de", params: { language: "de" } })).status).toBe(404);
  });
});
