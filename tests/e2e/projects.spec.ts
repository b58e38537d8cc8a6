import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

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

  const cell = page.getByRole("link", { name: /^Pillar 2 and Africa: \d+ projects/ });
  const label = (await cell.getAttribute("aria-label")) ?? "";
  const count = Number(/: (\d+) projects, budget (\S+)/.exec(label)?.[1]);
  const budget = /budget (US\$[\d,]*\d)/.exec(label)?.[1];
  expect(count).toBeGreaterThan(0);
  await cell.click();

  await expect(page).toHaveURL(/\/projects\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("pillar")).toBe("2");
  expect(url.searchParams.get("region")).toBe("AFRICA");
  await expect(page.getByText(`${count} projects · budget ${budget}`)).toBeVisible();
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
