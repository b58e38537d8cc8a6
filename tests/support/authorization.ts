// The authorization-table pattern of the route tests: every case, for every kind of visitor, gets exactly
// the expected status; anonymous visitors are sent to sign in and come back to the same address.
import { describe, expect, it } from "vitest";
import { callRoute } from "./fixtures";

export type RouteCase<V extends string> = {
  name: string;
  fn: () => Parameters<typeof callRoute>[0];
  url: string;
  params?: () => Record<string, string>;
  form?: () => Record<string, string | string[]>;
  expect: Record<V, number>;
};

export function describeAuthorizationTable<V extends string>(title: string, cookies: Record<V, string | undefined>, cases: Array<RouteCase<V>>) {
  describe(title, () => {
    for (const c of cases) {
      for (const visitor of Object.keys(cookies) as V[]) {
        it(`${c.name}: ${visitor} gets ${c.expect[visitor]}`, async () => {
          const outcome = await callRoute(c.fn(), { url: c.url, cookie: cookies[visitor], params: c.params?.(), form: c.form?.() });
          expect(outcome.status).toBe(c.expect[visitor]);
          if (!cookies[visitor]) expect(outcome.location).toBe(`/login?redirectTo=${encodeURIComponent(c.url)}`);
        });
      }
    }
  });
}
