// Cookies follow APP_URL's scheme, not NODE_ENV: `npm start` serves production pages on http://localhost, where
// browsers refuse to store a Secure cookie (and so any __Host- cookie). The session cookie lives only as long as
// the browser session (no Max-Age or Expires: the database alone decides when a session ends).
import { afterAll, describe, expect, it, vi } from "vitest";
import { createUser, seedReference } from "../support/fixtures";

const saved = { APP_URL: process.env.APP_URL, NODE_ENV: process.env.NODE_ENV };

/** Runs `work` with the app's modules loaded afresh under these settings. */
async function under<T>(appUrl: string, nodeEnv: "production" | "development", work: () => Promise<T>): Promise<T> {
  vi.resetModules();
  process.env.APP_URL = appUrl;
  process.env.NODE_ENV = nodeEnv;
  const { disconnectDb } = await import("~/db.server");
  try {
    return await work();
  } finally {
    await disconnectDb();
  }
}

/** The Set-Cookie of a new session. */
function sessionCookieUnder(appUrl: string, nodeEnv: "production" | "development", userId: string) {
  return under(appUrl, nodeEnv, async () => {
    const { startSession } = await import("~/auth/session.server");
    return startSession(userId, { ip: null, userAgent: null }, "SECOND_FACTOR");
  });
}

/** The Set-Cookie headers of the flash notice and of the language switcher. */
function otherCookiesUnder(appUrl: string) {
  return under(appUrl, "production", async () => {
    const { setFlash, readFlash } = await import("~/ui/flash.server");
    const language = await import("~/routes/language");
    const flash = await setFlash({ key: "auth.signedOut" });
    const cleared = (await readFlash(new Request(`${appUrl}/`, { headers: { Cookie: flash.split(";")[0] } }))).clear;
    const response = (await language.action({
      request: new Request(`${appUrl}/language`, { method: "POST", body: new URLSearchParams({ language: "zh", redirectTo: "/" }) }),
      params: {},
      context: { clientIp: null, cspNonce: "test" },
    })) as Response;
    return { flash, cleared: cleared!, lng: response.headers.get("Set-Cookie")! };
  });
}

afterAll(() => {
  process.env.APP_URL = saved.APP_URL;
  process.env.NODE_ENV = saved.NODE_ENV;
  vi.resetModules();
});

describe("the session cookie", () => {
  it("is a plain cookie over http, even in production, and Secure with the __Host- prefix over https", async () => {
    await seedReference();
    const user = await createUser();
    const overHttp = await sessionCookieUnder("http://localhost:3000", "production", user.id);
    expect(overHttp).toMatch(/^session=[a-z0-9]+;/);
    expect(overHttp).not.toMatch(/Secure/i);
    expect(overHttp).toMatch(/HttpOnly/);
    expect(overHttp).toMatch(/SameSite=Lax/);
    for (const nodeEnv of ["production", "development"] as const) {
      const overHttps = await sessionCookieUnder("https://coordination.example.org", nodeEnv, user.id);
      expect(overHttps, nodeEnv).toMatch(/^__Host-session=[a-z0-9]+;/);
      expect(overHttps).toMatch(/; Secure/);
      expect(overHttps).toMatch(/; Path=\//);
      expect(overHttps).not.toMatch(/Domain=/i);
    }
  });

  it("ends with the browser session: no Max-Age and no Expires", async () => {
    const user = await createUser();
    for (const appUrl of ["http://localhost:3000", "https://coordination.example.org"]) {
      const cookie = await sessionCookieUnder(appUrl, "production", user.id);
      expect(cookie, appUrl).not.toMatch(/Max-Age/i);
      expect(cookie, appUrl).not.toMatch(/Expires/i);
    }
  });
});

describe("the flash and language cookies", () => {
  it("are Secure when the site is served over https, and plain over http", async () => {
    const https = await otherCookiesUnder("https://coordination.example.org");
    for (const [name, cookie] of Object.entries(https)) {
      expect(cookie, name).toMatch(/; Secure/);
      expect(cookie, name).toMatch(/HttpOnly/);
      expect(cookie, name).toMatch(/SameSite=Lax/);
    }
    const http = await otherCookiesUnder("http://localhost:3000");
    for (const [name, cookie] of Object.entries(http)) expect(cookie, name).not.toMatch(/Secure/i);
  });
});
