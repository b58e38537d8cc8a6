// Route shapes for the crawl: the app's own route table, read from the Remix manifest in the page,
// so that "/groups/pcve/plan" and "/groups/cbrn/plan" count as one shape ("/groups/:slug/plan").
import type { Page } from "@playwright/test";

type ManifestRoute = { id: string; parentId?: string; path?: string; index?: boolean };
export type RouteShapes = string[][];

export async function readRouteShapes(page: Page): Promise<RouteShapes> {
  const routes = await page.evaluate(
    () => Object.values((window as unknown as { __remixManifest: { routes: Record<string, ManifestRoute> } }).__remixManifest.routes) as ManifestRoute[],
  );
  const byId = new Map(routes.map((r) => [r.id, r]));
  const fullPath = (route: ManifestRoute): string[] => {
    const parent = route.parentId ? byId.get(route.parentId) : undefined;
    const own = (route.path ?? "").split("/").filter(Boolean);
    return [...(parent ? fullPath(parent) : []), ...own];
  };
  return routes.filter((r) => r.path !== undefined || r.index).map(fullPath);
}

/** The pattern of the route a path matches: static segments win over parameters, parameters over splats. */
export function routeShapeOf(shapes: RouteShapes, pathname: string): string {
  const segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  let best: { pattern: string[]; score: number } | null = null;
  for (const pattern of shapes) {
    const score = matchScore(pattern, segments);
    if (score !== null && (!best || score > best.score)) best = { pattern, score };
  }
  return best ? `/${best.pattern.join("/")}` : pathname;
}

function matchScore(pattern: string[], segments: string[]): number | null {
  let score = 0;
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i];
    if (part === "*") return score + 1;
    if (i >= segments.length) return null;
    if (part.startsWith(":")) score += 2;
    else if (part === segments[i]) score += 3;
    else return null;
  }
  return pattern.length === segments.length ? score + 100 : null;
}
