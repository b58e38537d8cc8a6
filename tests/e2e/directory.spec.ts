import { readFile } from "node:fs/promises";
import { expect, test } from "./people";
import type { Page } from "@playwright/test";
import { openWithTheSameLists, signIn, watchReferenceListsAndErrors, withoutJavaScript } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.50.0.1" } });

test("a focal point searches the directory, filters, opens a person and takes their vCard", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Directory" }).click();
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();

  // Accent-insensitive, part of a word.
  await page.getByLabel("Search", { exact: true }).fill("jose mart");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=jose\+mart/);
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("link", { name: "José Martínez" })).toBeVisible();

  // Chinese, one character; then a filter narrows it down, and everything stays in the URL.
  await page.getByLabel("Search", { exact: true }).fill("李");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(results.getByRole("link", { name: "李伟" })).toBeVisible();
  await expect(results.getByRole("link", { name: "李明" })).toBeVisible();
  // The filters are folded away until one is used (a short page on a phone).
  await page.getByText("Filters and order").click();
  await page.getByLabel("Kind of organization").selectOption("MEMBER_STATE");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/kind=MEMBER_STATE/);
  await expect(page.getByRole("heading", { name: "1 person found" })).toBeVisible();
  await expect(results.getByRole("link", { name: "李伟" })).toHaveCount(0);

  await results.getByRole("link", { name: "李明" }).click();
  await expect(page.getByRole("heading", { name: "李明", level: 1 })).toBeVisible();
  await expect(page.getByText("China").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Send an email" })).toHaveAttribute("href", "mailto:china@demo.test");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Add to my contacts (vCard)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("李明.vcf");
  const card = await readFile((await download.path())!, "utf8");
  expect(card).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  expect(card).toContain("FN:李明");
});

test("a hidden phone stays hidden, a shown one is there, and the working-group filter lists the group's people", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  await page.goto("/directory?group=criminal-justice-cft&chairs=1");
  await expect(page.getByLabel("Working group")).toHaveValue("criminal-justice-cft");
  await expect(page.getByLabel("Chairs and vice-chairs only")).toBeChecked();
  const results = page.getByRole("list", { name: "Search results" });
  await results.getByRole("link", { name: "Lukas Steiner" }).click();
  await expect(page.getByRole("heading", { name: "Lukas Steiner" })).toBeVisible();
  await expect(page.getByText("26060")).toHaveCount(0);
  await page.goto("/directory?q=otieno");
  await results.getByRole("link", { name: "Otieno Ochieng" }).click();
  await expect(page.getByRole("link", { name: "+254 20 555 0123" })).toBeVisible();
});

test("the secretariat exports the filtered result; a focal point has no export", async ({ page, browser }) => {
  await signIn(page, "secretariat@demo.test");
  await page.goto("/directory?region=AFRICA");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as CSV" }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv).toContain("Wanjiru Kamau");
  expect(csv).not.toContain("Ingrid Solberg");

  const focalPoint = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.50.0.2" } });
  const other = await focalPoint.newPage();
  await signIn(other, "indonesia@demo.test");
  await other.goto("/directory?region=AFRICA");
  await expect(other.getByRole("heading", { name: /people found/ })).toBeVisible();
  await expect(other.getByRole("link", { name: "Download as CSV" })).toHaveCount(0);
  const refused = await other.request.get("/directory/export.csv?region=AFRICA");
  expect(refused.status()).toBe(403);
  await focalPoint.close();
});

test("a focal point edits their profile and meets people with the same interests", async ({ page, person }) => {
  const me = await person({ organization: "KEN" });
  await signIn(page, me.email, me.password);
  await page.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "My profile" }).click();
  await page.getByLabel("Phone", { exact: true }).fill("0722 000 000");
  await page.getByRole("button", { name: "Save changes" }).click();
  // The error names its field, beside the field and in the summary, which links to it.
  await expect(page.locator("#field-phone-error")).toContainText("Phone: Enter the number in international format");
  await expect(page.getByRole("alert").getByRole("link", { name: /^Phone: Enter the number in international format/ })).toHaveAttribute(
    "href",
    "#field-phone",
  );
  await page.getByLabel("Phone", { exact: true }).fill("+254 722 000 111");
  await page.getByLabel("Job title").fill("Senior Analyst, National Counter Terrorism Centre");
  await page
    .getByRole("group", { name: "Thematic interests" })
    .getByLabel("Measures to prevent and combat terrorism", { exact: true })
    .check();
  await page.getByRole("group", { name: "Languages I speak" }).getByLabel("English").check();
  await page.getByRole("group", { name: "Languages I speak" }).getByLabel("French").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toContainText("Your profile has been saved.");
  await expect(page.getByLabel("Job title")).toHaveValue("Senior Analyst, National Counter Terrorism Centre");

  await page.getByRole("link", { name: "See my entry in the directory" }).click();
  await expect(page.getByText("English, French")).toBeVisible();
  await expect(page.getByRole("link", { name: "+254 722 000 111" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Network" }).click();
  const sameInterests = page.getByRole("list", { name: "With your thematic interests" });
  await expect(sameInterests.getByRole("listitem").first()).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Colleagues in your organization" }).getByRole("link", { name: "Wanjiru Kamau" }),
  ).toBeVisible();
});

test("the organizations page counts the States that nominated focal points", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  await page.goto("/organizations");
  await expect(page.getByText(/\d+ of 193 Member States have nominated focal points/)).toBeVisible();
  await page.getByLabel("Search organizations").fill("kenya");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.getByRole("link", { name: "Kenya" }).click();
  await expect(page.getByRole("heading", { name: "Kenya" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Active focal points" }).getByRole("link", { name: "Wanjiru Kamau" })).toBeVisible();
});

test("the directory's organization filter: its lists come once, shared with the project pages, and work without JavaScript", async ({
  page,
  browser,
}) => {
  const watched = watchReferenceListsAndErrors(page);
  await signIn(page, "kenya@demo.test");

  // Opened in the page: the organization filter offers the States and entities; filtering stays in this document.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Directory" }).click();
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await page.getByLabel("Search", { exact: true }).fill("李");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByLabel("Organization", { exact: true }).locator("option", { hasText: "UNODC" })).toHaveCount(1);
  await filterByOrganization(page, "China");
  await expect(page.getByLabel("Organization", { exact: true })).toHaveValue(/.+/);
  // The project list names the same lists.
  await openWithTheSameLists(page, watched, "Projects", "Projects");

  // Without JavaScript the server's page is whole: the filter offers the organizations and filters.
  await withoutJavaScript(browser, "kenya@demo.test", "10.50.0.9", async (plain) => {
    await plain.goto("/directory?q=%E6%9D%8E");
    await filterByOrganization(plain, "China");
  });
});

/** Keeps the people found for 李 who work for the Member State `name`: China's 李明, not 李伟. */
async function filterByOrganization(page: Page, name: string) {
  await page.getByText("Filters and order").click();
  await page.getByLabel("Organization", { exact: true }).selectOption({ label: name });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/organization=/);
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("link", { name: "李明" })).toBeVisible();
  await expect(results.getByRole("link", { name: "李伟" })).toHaveCount(0);
}
