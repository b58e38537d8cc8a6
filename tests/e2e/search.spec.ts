// One search for everything: the box in the header, the results grouped by kind with the match marked,
// a result opened by a click (client-side navigation), the page in Arabic, and all of it without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { seriousViolations, chooseLanguage } from "./axe";
import { signIn } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.130.0.1" } });

const headerSearch = (page: Page, name = "Search the platform") => page.getByRole("banner").getByRole("search", { name });

test("a focal point searches from the header and opens a result without reloading the page", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  const box = headerSearch(page);
  await box.getByRole("searchbox", { name: "Search the platform" }).fill("kenya");
  await box.getByRole("button", { name: "Go" }).click();
  await expect(page).toHaveURL(/\/search\?q=kenya$/);
  await expect(page.getByRole("heading", { level: 1, name: "Results for “kenya”" })).toBeVisible();

  const organizations = page.getByRole("region", { name: /^Organizations/ });
  await expect(organizations.locator("mark").first()).toHaveText(/kenya/i);
  const people = page.getByRole("region", { name: /^People/ });
  await expect(people.getByRole("link").first()).toBeVisible();
  // Kinds without a match are left out.
  await expect(page.getByRole("region", { name: /^Projects/ })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  // A click on a result is a client-side navigation: the page's JavaScript state survives it.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await organizations.getByRole("link", { name: "Kenya", exact: true }).click();
  await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kenya", exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

  // Nothing found says so; the header box keeps the query on the search page.
  await headerSearch(page).getByRole("searchbox").fill("zzzqqqxxx");
  await headerSearch(page).getByRole("button", { name: "Go" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Nothing found for “zzzqqqxxx”" })).toBeVisible();
  await expect(headerSearch(page).getByRole("searchbox")).toHaveValue("zzzqqqxxx");
});

test("the search page in Arabic finds an organization by its Arabic name, with no serious accessibility violation", async ({
  page,
  context,
  baseURL,
}) => {
  await signIn(page, "secretariat@demo.test");
  await chooseLanguage(context, baseURL!, "ar");
  await page.goto(`/search?q=${encodeURIComponent("كينيا")}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("mark", { hasText: "كينيا" }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("without JavaScript the header box sends the search and a kind pages through its results", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.130.0.2" } });
  await signIn(await context.newPage(), "secretariat@demo.test");
  const withoutJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
    extraHTTPHeaders: { "X-Forwarded-For": "10.130.0.2" },
  });
  const plain = await withoutJs.newPage();
  await plain.goto("/calendar");
  await headerSearch(plain).getByRole("searchbox").fill("a");
  await headerSearch(plain).getByRole("button", { name: "Go" }).click();
  await expect(plain).toHaveURL(/\/search\?q=a$/);
  // More than 100 organizations have an "a": this page counts to 100, their own list counts them all.
  const organizations = plain.getByRole("region", { name: "Organizations (more than 100 results)" });
  await expect(organizations.getByRole("listitem")).toHaveCount(5);
  await organizations.getByRole("link", { name: "See more results" }).click();
  await expect(plain).toHaveURL(/\/organizations\?q=a$/);
  await expect(plain.locator('main input[name="q"]')).toHaveValue("a");
  await plain.goBack();
  await plain.goto("/search?q=a&kind=events");
  await expect(plain.getByRole("region", { name: /^Events/ })).toBeVisible();
  await expect(plain.getByRole("region", { name: /^People/ })).toHaveCount(0);
  await plain.getByRole("link", { name: "Back to all kinds" }).click();
  await expect(plain).toHaveURL(/\/search\?q=a$/);
  await withoutJs.close();
  await context.close();
});
