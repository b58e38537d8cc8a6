// Choosing the interface language: the browser's Accept-Language on a first visit, then the cookie the
// switcher sets before sign-in, and for a signed-in user the preference kept on the account (audited).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { languageCookie, languageFromHeader, requestLanguage } from "~/i18n/i18n.server";
import * as language from "~/routes/language";
import { callRoute, createUser, seedReference, sessionCookie } from "../support/fixtures";

beforeAll(async () => {
  await seedReference();
});

const request = (headers: Record<string, string>) => new Request("http://localhost:3000/", { headers });
const cookieOf = async (value: string) => (await languageCookie.serialize(value)).split(";")[0];

describe("the language of a request", () => {
  it("follows Accept-Language on a first visit, by language and quality", () => {
    expect(languageFromHeader("ar-EG,ar;q=0.9,en;q=0.8")).toBe("ar");
    expect(languageFromHeader("de-DE,de;q=0.9,ru;q=0.8,en;q=0.5")).toBe("ru");
    expect(languageFromHeader("en;q=0.5,es-MX")).toBe("es");
    expect(languageFromHeader("zh-Hant-TW")).toBe("zh");
    expect(languageFromHeader("de,it")).toBeNull();
    expect(languageFromHeader("fr;q=0")).toBeNull();
  });

  it("prefers the account's preference, then the cookie, then the header, then English", async () => {
    const cookie = await cookieOf("fr");
    expect(await requestLanguage(request({ "Accept-Language": "ru", Cookie: cookie }), "ar")).toBe("ar");
    expect(await requestLanguage(request({ "Accept-Language": "ru", Cookie: cookie }), null)).toBe("fr");
    expect(await requestLanguage(request({ "Accept-Language": "ru" }), null)).toBe("ru");
    expect(await requestLanguage(request({ "Accept-Language": "de" }), null)).toBe("en");
    expect(await requestLanguage(request({ "Accept-Language": "ru" }), "xx")).toBe("ru");
  });
});

describe("the switcher", () => {
  it("keeps the choice in a cookie before sign-in", async () => {
    const outcome = await callRoute(language.action, { url: "/language", form: { language: "es", redirectTo: "/login" } });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/login");
    const setCookie = outcome.headers.get("Set-Cookie")!;
    expect(await languageCookie.parse(setCookie.split(";")[0])).toBe("es");
  });

  it("keeps a signed-in user's choice on the account, audited", async () => {
    const user = await createUser({ organization: "NOR" });
    const outcome = await callRoute(language.action, { url: "/language", cookie: await sessionCookie(user.id), form: { language: "ar" } });
    expect(outcome.status).toBe(302);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("ar");
    expect(await db.auditEvent.count({ where: { action: "account.languageChanged", subjectId: user.id } })).toBe(1);
  });

  it("refuses a language the platform does not speak", async () => {
    const outcome = await callRoute(language.action, { url: "/language", form: { language: "de" } });
    expect(outcome.status).toBe(400);
  });
});
