import { expect, test } from "@playwright/test";
import { signIn, waitForPage, watchReferenceListsAndErrors } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.60.0.1" } });

test("the matrix: pick two axes, click a cell and land on the list of exactly those projects", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: "Summary matrix" }).click();
  await page.getByLabel("Rows").selectOption("pillar");
  await page.getByLabel("Columns").selectOption("region");
  await page.getByRole("button", { name: "Show matrix" }).click();
  await expect(page).toHaveURL(/rows=pillar/);
  await expect(page.getByRole("columnheader", { name: "Africa" })).toBeVisible();

  // A cell's link is named by its figures, then its row and column.
  const cell = page.getByRole("link", { name: /^\d+ projects? .*\(Pillar 2 and Africa\)$/ });
  const count = Number(/^(\d+) project/.exec(await cell.locator("strong").innerText())?.[1]);
  expect(count).toBeGreaterThan(0);
  // The cell is a plain link (the table's markup is kept by the server); with JavaScript it opens in the page.
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await cell.click();

  await expect(page).toHaveURL(/\/projects\?/);
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  const url = new URL(page.url());
  expect(url.searchParams.get("pillar")).toBe("2");
  expect(url.searchParams.get("region")).toBe("AFRICA");
  await expect(page.getByText(new RegExp(`^${count} projects · budget US\\$`))).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(Math.min(count, 25) + 1);
  await expect(page.getByLabel("Pillar", { exact: true })).toHaveValue("2");
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("AFRICA");
});

test("a focal point records an activity, is told what is wrong, then adds to its timeline", async ({ page }) => {
  await signIn(page, "unodc@demo.test");
  await page.goto("/activities/new");
  await page.getByLabel("Title").fill("Workshop on battlefield evidence, Niamey");
  await page.getByLabel("Type").selectOption("WORKSHOP");
  await page.getByLabel("Beneficiary countries").selectOption(["NER", "MLI"]);
  await page.getByLabel("Start").fill("2027-02-10");
  await page.getByLabel("End").fill("2027-02-08");
  await page.getByLabel("Share of women (%)").fill("140");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.locator("#field-endDate-error")).toHaveText("End: The end date is before the start date.");
  await expect(page.getByRole("alert")).toBeFocused();
  await expect(page.locator("#field-womenSharePercent-error")).toContainText("Enter a percentage from 0 to 100.");
  await expect(page.getByLabel("Title")).toHaveValue("Workshop on battlefield evidence, Niamey");

  await page.getByLabel("End").fill("2027-02-12");
  await page.getByLabel("Share of women (%)").fill("40");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("status")).toContainText("Activity recorded.");
  await expect(page.getByRole("heading", { name: "Workshop on battlefield evidence, Niamey" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Niger" })).toBeVisible();

  await page.getByLabel("What happened").fill("Invitations sent to the national prosecution service.");
  await page.getByLabel("Change the status to").selectOption("ONGOING");
  await page.getByRole("button", { name: "Add an update" }).click();
  await expect(page.getByRole("status")).toContainText("Update added.");
  await expect(page.getByRole("list").filter({ hasText: "Invitations sent" })).toContainText("Status changed to Ongoing");
});

test("a new project is not in the current appeal unless its author says so", async ({ page }) => {
  await signIn(page, "unodc@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: "New project" }).click();
  const appeal = page.getByLabel("In the current appeal");
  await expect(appeal).not.toBeChecked();

  const code = `UNODC-APPEAL-${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel("Code").fill(code);
  await page.getByLabel("Title").fill("Prison management training, left out of the appeal");
  await page.getByRole("group", { name: "Pillars" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: "Thematic areas" }).getByRole("checkbox").first().check();
  await page.getByLabel("Global project (no specific countries or regions)").check();
  await page.getByLabel("Start", { exact: true }).fill("2027-01-01");
  await page.getByLabel("End", { exact: true }).fill("2027-12-31");
  await page.getByLabel("Budget (USD)").fill("250000");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("status")).toContainText("Project created.");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Prison management training, left out of the appeal");
  await expect(page.locator("main .badge").filter({ hasText: "In the current appeal" })).toHaveCount(0);

  // Ticked on purpose, it is in the appeal.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByLabel("In the current appeal")).not.toBeChecked();
  await page.getByLabel("In the current appeal").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("main .badge").filter({ hasText: "In the current appeal" })).toHaveCount(1);
});

test("the matrix's links are named by what they show, so speech input and screen readers agree (axe label-content-name-mismatch)", async ({
  page,
}) => {
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: "Summary matrix" }).click();
  const table = page.getByRole("table", { name: /^Projects by/ });
  await expect(table).toBeVisible();
  // axe-core is not installed here: the rule is checked directly. The visible text of each link (text in
  // visually hidden or aria-hidden parts left out) must be contained in its accessible name; here the
  // name even begins with it.
  const visibleTexts = await table.locator("a").evaluateAll((links) =>
    links.map((link) => {
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      let text = "";
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest(".visually-hidden, [aria-hidden='true']")) text += node.textContent;
      }
      return text.replace(/\s+/g, " ").trim();
    }),
  );
  expect(visibleTexts.length).toBeGreaterThan(20);
  const links = await table.locator("a").all();
  expect(links).toHaveLength(visibleTexts.length);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  for (const [i, link] of links.entries()) {
    expect(visibleTexts[i]).not.toBe("");
    await expect(link).toHaveAccessibleName(new RegExp(`^${escape(visibleTexts[i])}`, "i"));
  }
  // Out of the table, a link still says which row and column it counts.
  await expect(table.getByRole("link", { name: /^\d+ projects? .*\(.+ and .+\)$/ }).first()).toBeVisible();
  await expect(table.getByRole("link", { name: /\(all projects\)$/ })).toHaveCount(1);
});

test("the reference lists come once: pages loaded in full and opened in the page label and filter with them", async ({ page, browser }) => {
  const { fetched, problems } = watchReferenceListsAndErrors(page);
  await signIn(page, "unodc@demo.test");

  // Opened in the page: the activities list, its lead filter offering the entities, its table naming leads.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Activities" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
  await expect(page.getByLabel("Lead organization", { exact: true }).locator("option", { hasText: "UN Women" })).toHaveCount(1);
  expect(fetched).toHaveLength(1);

  // Another page naming the same lists asks for nothing more; its filters work in the page.
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Projects" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  await page.getByLabel("Lead organization", { exact: true }).selectOption({ label: "UNODC" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/organization=/);
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("UNODC");
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  expect(fetched).toHaveLength(1);

  // Loaded in full: the lists are fetched with the page (marked private, no-store like every signed-in answer), it
  // hydrates with them, then a filter opens in the page.
  const lists = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith("/reference-lists/"));
  await page.goto("/recommendations");
  expect((await lists).headers()["cache-control"]).toBe("private, no-store");
  await waitForPage(page);
  expect(fetched).toHaveLength(2);
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/recommendations\?/);
  await page.goBack();
  await expect(page).toHaveURL(/\/recommendations$/);
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  expect(problems, "no failed fetch, no hydration error").toEqual([]);

  // Without JavaScript the server's page is whole: filters offer the organizations, the table names them.
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": "10.60.0.2" } });
  const plain = await context.newPage();
  await signIn(plain, "unodc@demo.test");
  await plain.goto("/activities");
  await expect(plain.getByLabel("Lead organization", { exact: true }).locator("option", { hasText: "UN Women" })).toHaveCount(1);
  await plain.getByLabel("Lead organization", { exact: true }).selectOption({ label: "UNODC" });
  await plain.getByRole("button", { name: "Apply filters" }).click();
  await expect(plain).toHaveURL(/organization=/);
  await expect(plain.getByLabel("Lead organization", { exact: true })).not.toHaveValue("");
  await context.close();
});

test("a list page loaded in full shows its tables as the server drew them: their links open in the page, and the next page is drawn in the browser", async ({
  page,
}) => {
  const { problems } = watchReferenceListsAndErrors(page);
  await signIn(page, "unodc@demo.test");
  await page.goto("/projects?sort=title");
  await waitForPage(page);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  const titles = async () => (await rows.locator("td:first-child > a").allInnerTexts()).map((t) => t.trim());
  const firstPage = await titles();
  expect(firstPage.length).toBeGreaterThan(1);

  // A project's title opens it in the page; back again, the list is drawn from its data, as the server drew it.
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await rows.nth(1).getByRole("link", { name: firstPage[0] }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstPage[0]);
  await page.goBack();
  await expect(page).toHaveURL(/\/projects\?sort=title$/);
  await expect.poll(titles).toEqual(firstPage);

  // Another order, chosen in the page: the browser draws the table.
  await page.getByLabel("Sort by", { exact: true }).selectOption("code");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/sort=code/);
  const codes = async () => (await rows.locator("td:first-child .small").allInnerTexts()).map((t) => t.split(" · ")[0].trim());
  await expect.poll(async () => (await codes()).length).toBeGreaterThan(1);
  expect(await codes()).toEqual([...(await codes())].sort());
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);

  // A country's page, loaded in full: both its tables, their links opening in the page.
  await page.goto("/projects/countries/NER");
  await waitForPage(page);
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  const activities = page.getByRole("table").last();
  const activity = activities.getByRole("row").nth(1).locator("td:first-child > a");
  const activityTitle = (await activity.innerText()).trim();
  await activity.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(activityTitle);
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  expect(problems, "no failed fetch, no hydration error").toEqual([]);
});
