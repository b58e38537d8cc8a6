// axe-core on the main pages, in English and in Arabic (right to left): no violation of impact "serious" or
// "critical" (WCAG 2.0–2.2 A and AA rules, contrast included). axe-core's own script is injected into the page
// (tests/e2e/axe.ts). The crawl runs the same check on every page it reaches, in English and in Arabic.
import { expect, test, type Page } from "@playwright/test";
import { seriousViolations, chooseLanguage } from "./axe";
import { signIn } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.91.0.1" } });
test.describe.configure({ mode: "parallel" });

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
    "/account/two-factor",
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
    await chooseLanguage(context, baseURL!, language);
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the main pages have no serious accessibility violation (${language})`, async ({ page, context, baseURL }) => {
    test.setTimeout(240_000);
    await signIn(page, "secretariat@demo.test");
    await chooseLanguage(context, baseURL!, language);
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
