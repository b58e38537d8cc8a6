// Links to the pages of the site are plain <a href data-page-link> (app/ui/link.tsx), opened in the page by one
// listener: a click and the Enter key open the page without loading the document again, the back button returns,
// a click with a modifier key or the middle button is left to the browser (a new tab), and without JavaScript the
// link is an ordinary link.
import { expect, test, type Page } from "@playwright/test";
import { signIn, withoutJavaScript } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.81.0.1" } });

const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { samePageLinkDocument: true }));
const sameDocument = (page: Page) => page.evaluate(() => "samePageLinkDocument" in window);

async function openActivities(page: Page) {
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Activities" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
}

test("a list's links open their page in the page, by click and by keyboard, and the back button returns", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  await markDocument(page);
  await openActivities(page);
  const first = page.getByRole("table").getByRole("link").first();
  await expect(first).toHaveAttribute("data-page-link", "");
  const title = (await first.textContent())!.trim();
  const href = (await first.getAttribute("href"))!;

  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await sameDocument(page)).toBe(true);

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
  expect(await sameDocument(page)).toBe(true);

  await page.getByRole("table").getByRole("link", { name: title }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await sameDocument(page)).toBe(true);

  // The site's title goes home in the page too.
  await page.locator(".site-title").click();
  await expect(page).toHaveURL(/\/$/);
  expect(await sameDocument(page)).toBe(true);
});

test("a click with a modifier key opens a new tab and leaves the page as it was", async ({ page, context }) => {
  await signIn(page, "kenya@demo.test");
  await openActivities(page);
  await markDocument(page);
  const first = page.getByRole("table").getByRole("link").first();
  const href = (await first.getAttribute("href"))!;
  const opened = context.waitForEvent("page");
  await first.click({ modifiers: [process.platform === "darwin" ? "Meta" : "Control"] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe(href);
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/activities");
  expect(await sameDocument(page)).toBe(true);
});

test("without JavaScript the same links are ordinary links", async ({ browser }) => {
  await withoutJavaScript(browser, "kenya@demo.test", "10.81.0.2", async (page) => {
    await page.goto("/activities");
    const first = page.getByRole("table").getByRole("link").first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
});
