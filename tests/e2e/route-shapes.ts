// Route shapes for the crawl: the app's own route table, read from the route files' names (Remix's flat
// routes convention), so that "/groups/pcve/plan" and "/groups/cbrn/plan" count as one shape
// ("/groups/:slug/plan"). The browser's manifest cannot tell: with lazy route discovery it holds only the
// routes met so far.
import { readdirSync } from "node:fs";
import path from "node:path";

export type RouteShapes = string[][];

/** "_app.groups.$slug.plan[.]csv.tsx" → ["groups", ":slug", "plan.csv"]. */
export function shapeOfRouteFile(file: string): string[] {
  const name = file.replace(/\.tsx?$/, "");
  const segments: string[] = [];
  let current = "";
  let escaped = false;
  for (const char of name) {
    if (char === "[") escaped = true;
    else if (char === "]") escaped = false;
    else if (char === "." && !escaped) {
      segments.push(current);
      current = "";
    } else current += char;
  }
  segments.push(current);
  return segments
    .filter((s) => s !== "_index" && !/^_[^.]*$/.test(s) && s !== "root")
    .map((s) => (s === "$" ? "*" : s.startsWith("$") ? `:${s.slice(1).replace(/_$/, "")}` : s.replace(/_$/, "")));
}

export function readRouteShapes(): RouteShapes {
  const dir = path.resolve(import.meta.dirname, "../../app/routes");
  return readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f))
    .map(shapeOfRouteFile);
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
