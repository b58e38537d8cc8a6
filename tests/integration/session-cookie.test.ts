// The session cookie follows APP_URL's scheme, not NODE_ENV: `npm start` serves production pages on
// http://localhost, where browsers refuse to store a Secure cookie (and so any __Host- cookie).
import { afterAll, describe, expect, it, vi } from "vitest";
import { createUser, seedReference } from "../support/fixtures";

const saved = { APP_URL: process.env.APP_URL, NODE_ENV: process.env.NODE_ENV };

/** The Set-Cookie of a new session, with the app's modules loaded afresh under these settings. */
async function sessionCookieUnder(appUrl: string, nodeEnv: "production" | "development", userId: string) {
  vi.resetModules();
  process.env.APP_URL = appUrl;
  process.env.NODE_ENV = nodeEnv;
  const { startSession } = await import("~/auth/session.server");
  const { disconnectDb } = await import("~/db.server");
  try {
    return await startSession(userId, { ip: null, userAgent: null });
  } finally {
    await disconnectDb();
  }
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
});
