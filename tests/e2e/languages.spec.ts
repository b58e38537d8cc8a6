// The six languages in the browser: the first visit follows Accept-Language, the switcher names each language
// in itself and is remembered, and an Arabic reader gets a right-to-left, mirrored page on every main area
// (screenshots of the home page, the directory, a group, the calendar month and a recommendation are kept
// in test-artifacts/screenshots/ar/, a fixed folder that the next browser run does not empty, unlike test-results/).
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { signIn, waitForPage } from "./helpers";

/** Where the Arabic screenshots are kept: test-artifacts/screenshots/ar/<name>.png at the project's root. */
const screenshotPath = (name: string) => path.resolve(import.meta.dirname, "../../test-artifacts/screenshots/ar", `${name}.png`);

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.90.0.1" } });

const IN_ITSELF = ["العربية", "中文", "English", "Français", "Русский", "Español"];

/** The language cookie the switcher sets (Remix's cookie: base64 of the JSON value). */
async function chooseLanguageBeforeSignIn(context: BrowserContext, baseURL: string, language: string) {
  const value = encodeURIComponent(Buffer.from(JSON.stringify(language)).toString("base64"));
  await context.addCookies([{ name: "lng", value, url: baseURL }]);
}

async function watchErrors(page: Page) {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} from ${new URL(response.url()).pathname}`);
  });
  return problems;
}

test.describe("an Arabic browser", () => {
  test.use({ locale: "ar-EG" });

  test("gets the sign-in page in Arabic, right to left, on its first visit", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("button", { name: "تسجيل الدخول" })).toBeVisible();
  });
});

test.describe("a Spanish browser", () => {
  test.use({ locale: "es-MX" });

  test("gets Spanish, and the switcher names each language in itself and remembers the choice", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const switcher = page.locator("#language-select");
    await expect(switcher.locator("option")).toHaveText(IN_ITSELF);
    // The select switches at once only when the page's scripts run: until then choosing does nothing.
    await waitForPage(page);
    await switcher.selectOption("fr");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  });
});

test("an Arabic reader gets a mirrored layout on every main area, without errors", async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  // secretariat@ keeps no language preference: the language cookie decides.
  await signIn(page, "secretariat@demo.test");
  const englishTitle = await page.locator(".site-title").boundingBox();
  expect(englishTitle!.x).toBeLessThan(1366 / 2);

  await chooseLanguageBeforeSignIn(context, baseURL!, "ar");
  const problems = await watchErrors(page);
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(html).toHaveAttribute("dir", "rtl");

  // Mirrored: the site's name at the right, the main menu running from right to left.
  const title = await page.locator(".site-title").boundingBox();
  expect(title!.x + title!.width).toBeGreaterThan(1366 / 2);
  const menu = page.locator(".main-nav__list a");
  const [first, second] = [await menu.nth(0).boundingBox(), await menu.nth(1).boundingBox()];
  expect(first!.x).toBeGreaterThan(second!.x);
  const main = await page.locator("main h1").first().boundingBox();
  const mainBox = await page.locator("main").boundingBox();
  expect(main!.x + main!.width).toBeGreaterThan(mainBox!.x + mainBox!.width - 40);
  await page.screenshot({ path: screenshotPath("home"), fullPage: true });

  const areas = ["/directory", "/network", "/calendar", "/groups", "/resources", "/activities", "/projects", "/recommendations"];
  for (const href of areas) {
    await page.locator(`.main-nav__list a[href="${href}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${href}(\\?|$)`));
    // The address changes before the page is drawn: the heading and the screenshot must be the new page's.
    await waitForPage(page);
    await expect(page.locator("main h1").first()).toBeVisible();
    await expect(html).toHaveAttribute("dir", "rtl");
    if (href === "/directory") await page.screenshot({ path: screenshotPath("directory"), fullPage: true });
  }

  await page.goto("/calendar?view=month");
  await expect(page.locator("main h1").first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("calendar-month"), fullPage: true });

  await page.locator(".main-nav__list a[href='/groups']").click();
  await page.locator("main a[href^='/groups/']").first().click();
  await expect(page).toHaveURL(/\/groups\/[^/]+$/);
  await waitForPage(page); // the list of groups has an Arabic heading too
  // The group's name and description are in Arabic (reference data in six languages).
  await expect(page.locator("main h1").first()).toHaveText(/[\u0600-\u06FF]/);
  await page.screenshot({ path: screenshotPath("group"), fullPage: true });

  await page.locator(".main-nav__list a[href='/recommendations']").click();
  await page.locator("main table a[href^='/recommendations/']").first().click();
  await expect(page).toHaveURL(/\/recommendations\/[0-9a-f-]{36}$/);
  await waitForPage(page);
  await expect(page.locator("main h1").first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("recommendation"), fullPage: true });

  expect(problems).toEqual([]);
});
