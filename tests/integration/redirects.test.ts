// Open redirects (ASVS 5.0 V3.7 / V15): every place that sends the browser to an address it was given —
// after sign-in, GET /login when already signed in, POST /language — goes only to a path of this site.
// A table of tricks that URL parsers and browsers turn into another host: dot segments that leave `//`,
// backslashes (browsers read `\` as `/`), tabs and line breaks (parsers drop them), encoded forms, other schemes.
import { beforeAll, describe, expect, it } from "vitest";
import { safeRedirectPath } from "~/auth/guards.server";
import * as login from "~/routes/_auth.login";
import * as language from "~/routes/language";
import { callRoute, createUser, seedReference, sessionCookie, TEST_PASSWORD } from "../support/fixtures";

const ORIGIN = "http://localhost:3000";

const TRICKS = [
  "//evil.example",
  "///evil.example",
  "////evil.example/x",
  "/.//evil.example",
  "/././/evil.example",
  "/..//evil.example",
  "/a/..//evil.example",
  "/a/b/../..//evil.example/path?q=1",
  "/%2e//evil.example",
  "/%2E%2E//evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "/./\\evil.example",
  "/.\\\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\t\\evil.example",
  "/ /evil.example",
  " //evil.example",
  "https://evil.example",
  "https:evil.example",
  "http:/evil.example",
  "HTTPS://evil.example",
  "javascript:alert(document.domain)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "mailto:someone@evil.example",
  "evil.example",
  "%2F%2Fevil.example",
  "/%2F%2Fevil.example",
  "/%5C%5Cevil.example",
  "/%09/evil.example",
  "/\u0000/evil.example",
  "/\u3000/evil.example",
];

/** Where a browser goes when it gets this Location from the app at ORIGIN. */
function browserTarget(location: string) {
  return new URL(location, `${ORIGIN}/login`);
}

/** A Location stays on this site: a path of ours that a browser resolves to our origin. */
function expectLocal(location: string | null, trick: string) {
  expect(location, JSON.stringify(trick)).not.toBeNull();
  expect(location!.startsWith("/"), JSON.stringify({ trick, location })).toBe(true);
  expect(/^\/[/\\]/.test(location!), JSON.stringify({ trick, location })).toBe(false);
  // eslint-disable-next-line no-control-regex -- control characters are what must never reach a Location
  expect(/[\u0000-\u001f\u007f\\]/.test(location!), JSON.stringify({ trick, location })).toBe(false);
  expect(browserTarget(location!).origin, JSON.stringify({ trick, location })).toBe(ORIGIN);
}

describe("safeRedirectPath", () => {
  for (const trick of TRICKS) {
    it(`keeps ${JSON.stringify(trick)} on this site`, () => {
      expectLocal(safeRedirectPath(trick), trick);
    });
  }

  it("keeps an ordinary path with its query and fragment", () => {
    expect(safeRedirectPath("/admin/audit?page=2#top")).toBe("/admin/audit?page=2#top");
    expect(safeRedirectPath("/directory?q=M%C3%BCller&page=3")).toBe("/directory?q=M%C3%BCller&page=3");
    expect(safeRedirectPath("/groups/pcve/../pcve/members")).toBe("/groups/pcve/members");
  });

  it("falls back for anything that is not a string or is far too long", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(42)).toBe("/");
    expect(safeRedirectPath(`/${"a".repeat(5000)}`)).toBe("/");
  });
});

describe("where the routes send the browser", () => {
  let email: string;
  let cookie: string;
  beforeAll(async () => {
    await seedReference();
    const user = await createUser({ email: "redirected@example.test" });
    email = user.email;
    cookie = await sessionCookie(user.id);
  });

  it("GET /login when signed in", async () => {
    for (const trick of TRICKS) {
      const outcome = await callRoute(login.loader, { url: `/login?${new URLSearchParams({ redirectTo: trick })}`, cookie });
      expect(outcome.status).toBe(302);
      expectLocal(outcome.location, trick);
    }
  });

  it("POST /language, signed in or not", async () => {
    for (const trick of TRICKS) {
      for (const who of [cookie, undefined]) {
        const outcome = await callRoute(language.action, { url: "/language", cookie: who, form: { language: "en", redirectTo: trick } });
        expect(outcome.status).toBe(302);
        expectLocal(outcome.location, trick);
      }
    }
  });

  it("POST /login after signing in", async () => {
    // A few of the tricks only: each sign-in is a password check (and counts against the address's budget).
    for (const trick of ["/.//evil.example", "/\t/evil.example", "/\\evil.example", "/a/..//evil.example", "https://evil.example"]) {
      const outcome = await callRoute(login.action, { url: "/login", form: { email, password: TEST_PASSWORD, redirectTo: trick } });
      expect(outcome.status).toBe(302);
      expectLocal(outcome.location, trick);
    }
  });
});
