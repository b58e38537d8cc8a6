// The patches to React Router and Remix that let route matching be done once per route tree and pathname rather than
// several times per request (patches/*.patch, applied by `npm install`): the server's copies, as the server loads them.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
type Route = { id: string; path?: string; index?: boolean; children?: Route[] };
type Match = { params: Record<string, string | undefined>; pathname: string; route: Route };
const { matchRoutes } = require("@remix-run/router/dist/router.cjs.js") as {
  matchRoutes: (routes: Route[], location: string) => Match[] | null;
};
const { createStaticRouter } = require("react-router-dom/server.js") as {
  createStaticRouter: (routes: Route[], context: object) => { routes: Route[] };
};

const tree = (): Route[] => [
  {
    id: "root",
    path: "/",
    children: [
      { id: "home", index: true },
      { id: "directory", path: "directory", children: [{ id: "person", path: ":id" }] },
      { id: "files", path: "files/*" },
    ],
  },
];
const ids = (matches: Match[] | null) => matches?.map((m) => m.route.id) ?? null;

describe("route matching, once per route tree and pathname", () => {
  it("gives the same matches each time a pathname is matched, and each caller its own objects", () => {
    const routes = tree();
    const first = matchRoutes(routes, "/directory/42");
    expect(ids(first)).toEqual(["root", "directory", "person"]);
    expect(first?.[2].params).toEqual({ id: "42" });
    // A caller that changes its matches does not change what the next caller gets.
    first![2].params.id = "changed";
    first![2].pathname = "/elsewhere";
    const second = matchRoutes(routes, "/directory/42");
    expect(second?.[2].params).toEqual({ id: "42" });
    expect(second?.[2].pathname).toBe("/directory/42");
    expect(second?.[2]).not.toBe(first?.[2]);
    expect(ids(matchRoutes(routes, "/files/a/b"))).toEqual(["root", "files"]);
    expect(matchRoutes(routes, "/files/a/b")?.[1].params["*"]).toBe("a/b");
  });

  it("answers null for a pathname that matches nothing, each time", () => {
    const routes = tree();
    expect(matchRoutes(routes, "/nowhere/at/all")).toBeNull();
    expect(matchRoutes(routes, "/nowhere/at/all")).toBeNull();
  });

  it("keeps matching correctly after more pathnames than it keeps, and per route tree", () => {
    const routes = tree();
    for (let i = 0; i < 2_500; i++) expect(matchRoutes(routes, `/directory/${i}`)?.[2].params.id).toBe(String(i));
    expect(matchRoutes(routes, "/directory/0")?.[2].params.id).toBe("0");
    // Another tree with the same pathnames is matched against its own routes.
    const other: Route[] = [{ id: "other-root", path: "/", children: [{ id: "only", path: "directory/:name" }] }];
    expect(ids(matchRoutes(other, "/directory/0"))).toEqual(["other-root", "only"]);
    expect(matchRoutes(other, "/directory/0")?.[1].params).toEqual({ name: "0" });
  });

  it("makes the static router's data routes once per route tree", () => {
    const routes = tree();
    const context = { matches: [], location: { pathname: "/" }, loaderData: {}, actionData: null, errors: null, basename: "" };
    const one = createStaticRouter(routes, context);
    const two = createStaticRouter(routes, context);
    expect(two.routes).toBe(one.routes);
    expect(createStaticRouter(tree(), context).routes).not.toBe(one.routes);
    expect(one.routes[0].children?.map((r) => r.id)).toEqual(["home", "directory", "files"]);
  });
});
