import { expect, test, type Page } from "@playwright/test";
import { selectOrganization, signIn, watchReferenceListsAndErrors } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.58.0.1" } });

test("the library's publisher filter: its lists come once, shared with the calendar, and work without JavaScript", async ({
  page,
  browser,
}) => {
  const { fetched, problems } = watchReferenceListsAndErrors(page);
  await signIn(page, "kenya@demo.test");

  // Opened in the page: the publisher filter offers every organization; filtering stays in this document.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Resources" }).click();
  await expect(page.getByRole("heading", { name: "Resource library", level: 1 })).toBeVisible();
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await filterByPublisher(page, "CTED");
  await expect(page.getByRole("link", { name: "Counter-Terrorism Committee Executive Directorate" })).toBeVisible();
  await expect(page.getByRole("link", { name: "United Nations Global Counter-Terrorism Strategy" })).toHaveCount(0);
  await expect(page.getByLabel("Published by")).toHaveValue(/.+/);
  expect(fetched).toHaveLength(1);

  // The calendar names the same lists: nothing more is fetched.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { name: "Calendar", level: 1 })).toBeVisible();
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  expect(fetched).toHaveLength(1);
  expect(problems, "no failed fetch, no hydration error").toEqual([]);

  // Without JavaScript the server's page is whole: the filter offers the publishers and filters.
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": "10.58.0.9" } });
  const plain = await context.newPage();
  await signIn(plain, "kenya@demo.test");
  await plain.goto("/resources");
  await filterByPublisher(plain, "CTED");
  await expect(plain.getByRole("link", { name: "Counter-Terrorism Committee Executive Directorate" })).toBeVisible();
  await expect(plain.getByRole("link", { name: "United Nations Global Counter-Terrorism Strategy" })).toHaveCount(0);
  await context.close();
});

/** Chooses the publisher named by its acronym and applies the filters. */
async function filterByPublisher(page: Page, acronym: string) {
  await selectOrganization(page.getByLabel("Published by"), acronym);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/organization=/);
}
