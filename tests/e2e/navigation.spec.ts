// The main menu on a laptop (one row) and on a phone (a "Menu" button that opens the list), with the
// keyboard and without JavaScript, so that no item is ever cut off or out of reach. The admin sees the most areas.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.80.0.1" } });

const MAIN_AREAS = [
  "Home",
  "Directory",
  "Network",
  "Calendar",
  "Working groups",
  "Resources",
  "Activities",
  "Projects",
  "Recommendations",
  "Administration",
];

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not rendered");
  return found;
}

/** Whether the focused element shows a focus ring (an outline of at least 2px). */
async function showsFocus(locator: Locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return el === document.activeElement && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  });
}

/** From the top of the page, presses Tab until the given element has the focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 20) {
  // The skip link is the first thing on every page.
  await page.locator(".skip-link").focus();
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("never reached by Tab");
}

test("on a 1366×768 screen the main menu is one row, reachable by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, "admin@demo.test");
  const nav = mainNav(page);
  await expect(nav.getByRole("button", { name: "Menu" })).toBeHidden();
  const links = nav.getByRole("link");
  await expect(links).toHaveText(MAIN_AREAS);
  const tops = new Set<number>();
  for (const link of await links.all()) {
    await expect(link).toBeVisible();
    tops.add(Math.round((await box(link)).y));
  }
  expect([...tops]).toHaveLength(1);
  // The person's own pages sit beside their name.
  const account = page.getByRole("navigation", { name: "Your account" });
  await expect(account.getByRole("link", { name: "My profile" })).toBeVisible();
  await expect(account.getByRole("link", { name: "My account" })).toBeVisible();

  // Keyboard: Tab reaches every item in order, each with a visible focus ring; Enter follows it.
  await tabTo(page, links.first());
  for (const [i, name] of MAIN_AREAS.entries()) {
    if (i > 0) await page.keyboard.press("Tab");
    const link = nav.getByRole("link", { name, exact: true });
    await expect(link).toBeFocused();
    expect(await showsFocus(link)).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recommendations$/);
  await expect(nav.getByRole("link", { name: "Recommendations" })).toHaveAttribute("aria-current", "page");
});

test("on a 390×844 phone a Menu button opens the whole menu, by pointer and by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "admin@demo.test");
  const nav = mainNav(page);
  const menu = nav.getByRole("button", { name: "Menu" });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Home" })).toBeHidden();

  // Keyboard: the button opens with Enter, Tab walks the items with a visible focus ring, Escape closes.
  await tabTo(page, menu);
  expect(await showsFocus(menu)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  for (const name of MAIN_AREAS) {
    await page.keyboard.press("Tab");
    const link = nav.getByRole("link", { name, exact: true });
    await expect(link).toBeFocused();
    await expect(link).toBeInViewport();
    expect(await showsFocus(link)).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(nav.getByRole("link", { name: "Home" })).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const links = nav.getByRole("link");
  await expect(links).toHaveText(MAIN_AREAS);
  for (const link of await links.all()) {
    await expect(link).toBeInViewport({ ratio: 1 });
    const { x, width } = await box(link);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(390);
    expect(await link.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await nav.getByRole("link", { name: "Projects" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Home" })).toBeHidden();

  // Followed from the keyboard, a link closes the menu and leaves the focus on its button.
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Home" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
});

test("without JavaScript the phone menu opens as a disclosure", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { "X-Forwarded-For": "10.80.0.2" } });
  const page = await context.newPage();
  await signIn(page, "admin@demo.test");
  const withoutJs = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    storageState: await context.storageState(),
    extraHTTPHeaders: { "X-Forwarded-For": "10.80.0.2" },
  });
  const plain = await withoutJs.newPage();
  await plain.goto("/");
  const nav = mainNav(plain);
  const summary = nav.locator("summary", { hasText: "Menu" });
  await expect(summary).toBeVisible();
  await expect(nav.getByRole("link", { name: "Calendar" })).toBeHidden();
  await summary.click();
  for (const name of MAIN_AREAS) await expect(nav.getByRole("link", { name, exact: true })).toBeInViewport({ ratio: 1 });
  await nav.getByRole("link", { name: "Calendar" }).click();
  await expect(plain).toHaveURL(/\/calendar$/);
  await expect(plain.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  await withoutJs.close();
  await context.close();
});
