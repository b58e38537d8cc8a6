// The authorization table every area's route tests walk: each route, for each kind of visitor, answers
// the expected status; anonymous visitors are sent to sign in and brought back to the same URL.
import { describe, expect, it } from "vitest";
import { callRoute } from "./fixtures";

export type Visitor = "anonymous" | "focalPoint" | "secretariat" | "admin";

export type RouteCase = {
  name: string;
  fn: () => Parameters<typeof callRoute>[0];
  url: string;
  params?: () => Record<string, string>;
  form?: () => Record<string, string>;
  expect: Record<Visitor, number>;
};

/** `cookies` are filled in by the file's beforeAll (hence read when each test runs). */
export function walkAuthorizationTable(title: string, cookies: Record<Visitor, string | undefined>, cases: RouteCase[]) {
  describe(title, () => {
    for (const c of cases) {
      for (const visitor of Object.keys(cookies) as Visitor[]) {
        it(`${c.name}: ${visitor} gets ${c.expect[visitor]}`, async () => {
          const outcome = await callRoute(c.fn(), { url: c.url, cookie: cookies[visitor], params: c.params?.(), form: c.form?.() });
          expect(outcome.status).toBe(c.expect[visitor]);
          if (visitor === "anonymous") expect(outcome.location).toBe(`/login?redirectTo=${encodeURIComponent(c.url)}`);
        });
      }
    }
  });
}
