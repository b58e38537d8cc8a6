// axe-core on the main pages, in English and in Arabic (right to left): no violation of impact "serious" or
// "critical" (WCAG 2.0–2.2 A and AA rules, contrast included). axe-core's own script is injected into the page
// (the newest @axe-core/playwright needs Node 22; axe-core itself runs in the browser).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.91.0.1" } });
test.describe.configure({ mode: "parallel" });

/** Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not block
 * (a script tag would be, and the policy stays as it is in production). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations as Violation[];
  }, TAGS);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .map((n) => JSON.stringify(n.target))
          .slice(0, 5)
          .join(", ")}`,
    );
}

async function useLanguage(context: BrowserContext, baseURL: string, language: string) {
  const value = encodeURIComponent(Buffer.from(JSON.stringify(language)).toString("base64"));
  await context.addCookies([{ name: "lng", value, url: baseURL }]);
}

/** The pages checked: every main area, a detail page of each kind the crawl reaches first, and the profile. */
async function pagesOf(page: Page): Promise<string[]> {
  const pages = [
    "/",
    "/directory",
    "/network",
    "/organizations",
    "/calendar",
    "/calendar?view=week",
    "/calendar?view=agenda",
    "/groups",
    "/resources",
    "/activities",
    "/projects",
    "/projects/matrix",
    "/recommendations",
    "/profile",
    "/account",
  ];
  for (const [list, pattern] of [
    ["/groups", "main a[href^='/groups/']"],
    ["/directory", "main a[href^='/directory/']"],
    ["/recommendations", "main table a[href^='/recommendations/']"],
  ] as const) {
    await page.goto(list);
    const href = await page.locator(pattern).first().getAttribute("href");
    if (href) pages.push(href);
  }
  return pages;
}

for (const language of ["en", "ar"] as const) {
  test(`the sign-in page has no serious accessibility violation (${language})`, async ({ page, context, baseURL }) => {
    await useLanguage(context, baseURL!, language);
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the main pages have no serious accessibility violation (${language})`, async ({ page, context, baseURL }) => {
    test.setTimeout(240_000);
    await signIn(page, "secretariat@demo.test");
    await useLanguage(context, baseURL!, language);
    const found: string[] = [];
    for (const path of await pagesOf(page)) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expect(page.locator("main h1").first()).toBeVisible();
      for (const violation of await seriousViolations(page)) found.push(`${path}: ${violation}`);
    }
    expect(found).toEqual([]);
  });
}
