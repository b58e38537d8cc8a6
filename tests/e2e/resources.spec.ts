import { expect, test, type Page } from "@playwright/test";
import { openWithTheSameLists, selectOrganization, signIn, watchReferenceListsAndErrors, withoutJavaScript } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.58.0.1" } });

test("the library's publisher filter: its lists come once, shared with the calendar, and work without JavaScript", async ({
  page,
  browser,
}) => {
  const watched = watchReferenceListsAndErrors(page);
  await signIn(page, "kenya@demo.test");

  // Opened in the page: the publisher filter offers every organization; filtering stays in this document.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Resources" }).click();
  await expect(page.getByRole("heading", { name: "Resource library", level: 1 })).toBeVisible();
  await filterByPublisher(page, "CTED");
  await expect(page.getByLabel("Published by")).toHaveValue(/.+/);
  // The calendar names the same lists.
  await openWithTheSameLists(page, watched, "Calendar", "Calendar");

  // Without JavaScript the server's page is whole: the filter offers the publishers and filters.
  await withoutJavaScript(browser, "kenya@demo.test", "10.58.0.9", async (plain) => {
    await plain.goto("/resources");
    await filterByPublisher(plain, "CTED");
  });
});

/** Keeps the resources of the publisher named by its acronym: CTED's link, not UNOCT's. */
async function filterByPublisher(page: Page, acronym: string) {
  await selectOrganization(page.getByLabel("Published by"), acronym);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/organization=/);
  await expect(page.getByRole("link", { name: "Counter-Terrorism Committee Executive Directorate" })).toBeVisible();
  await expect(page.getByRole("link", { name: "United Nations Global Counter-Terrorism Strategy" })).toHaveCount(0);
}
