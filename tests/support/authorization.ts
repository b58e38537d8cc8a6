// The authorization table every area's route tests walk: each route, for each kind of visitor, answers
// the expected status; anonymous visitors are sent to sign in and brought back to the same URL.
import { describe, expect, it } from "vitest";
import { callRoute } from "./fixtures";

export type Visitor = "anonymous" | "focalPoint" | "secretariat" | "admin";

export type RouteCase<V extends string = Visitor> = {
  name: string;
  fn: () => Parameters<typeof callRoute>[0];
  url: string;
  params?: () => Record<string, string>;
  form?: () => Record<string, string | string[]>;
  expect: Record<V, number>;
};

/**
 * `cookies` are filled in by the file's beforeAll (hence read when each test runs). An area may name its own
 * kinds of visitor (e.g. focal points of two different entities); "anonymous" is the one without a cookie.
 */
export function walkAuthorizationTable<V extends string = Visitor>(
  title: string,
  cookies: Record<V, string | undefined>,
  cases: Array<RouteCase<V>>,
) {
  describe(title, () => {
    for (const c of cases) {
      for (const visitor of Object.keys(cookies) as V[]) {
        it(`${c.name}: ${visitor} gets ${c.expect[visitor]}`, async () => {
          const outcome = await callRoute(c.fn(), { url: c.url, cookie: cookies[visitor], params: c.params?.(), form: c.form?.() });
          expect(outcome.status).toBe(c.expect[visitor]);
          if (visitor === "anonymous") expect(outcome.location).toBe(`/login?redirectTo=${encodeURIComponent(c.url)}`);
        });
      }
    }
  });
}
