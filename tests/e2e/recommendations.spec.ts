import { expect, test } from "@playwright/test";
import { signIn, signOut } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.70.0.1" } });

test("an entity's focal point responds to a shared recommendation, and the secretariat sees the response", async ({ page }) => {
  await signIn(page, "unodc@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Recommendations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendations" })).toBeVisible();
  // Only what Kenya shared with UN entities: no. 3 (named UNDP and UN Women) and no. 4 (not shared) are absent.
  await page.getByLabel("State").selectOption("KEN");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/state=KEN/);
  await expect(page.getByRole("status").filter({ hasText: "recommendations" })).toHaveText("3 recommendations");
  await expect(page.getByRole("link", { name: "CTED/KEN/2025/V · No. 3" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "CTED/KEN/2025/V · No. 4" })).toHaveCount(0);

  await page.getByRole("link", { name: "CTED/KEN/2025/V · No. 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "CTED/KEN/2025/V · No. 2" })).toBeVisible();
  await expect(page.getByText("No entity has responded yet.")).toBeVisible();
  await page.getByLabel("How far it got").selectOption("UNDER_WAY");
  await page.getByLabel("Note").fill("Border screening SOPs drafted with the immigration service; training in Garissa in January.");
  await page.getByRole("button", { name: "Record the response" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Response recorded." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Update the response" })).toBeVisible();
  const address = page.url();
  await signOut(page);

  await signIn(page, "secretariat@demo.test");
  await page.goto("/recommendations?state=KEN");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "CTED/KEN/2025/V · No. 2" }) });
  await expect(row).toContainText("Assistance under way");
  await row.getByRole("link", { name: "CTED/KEN/2025/V · No. 2" }).click();
  await expect(page).toHaveURL(address);
  const responses = page.getByRole("region", { name: "Follow-up by entities" });
  await expect(responses).toContainText("UNODC");
  await expect(responses).toContainText("Assistance under way");
  await expect(responses).toContainText("Border screening SOPs drafted");
});

test("a Member State's focal point gets 404 on another State's recommendation", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  await page.goto("/recommendations");
  await page.getByRole("link", { name: "My State" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recommendations to Kenya" })).toBeVisible();
  // Opened in the page, the State's assessments come with its data and React draws them.
  await expect(
    page
      .getByRole("main")
      .getByRole("heading", { level: 2 })
      .getByRole("link", { name: /^CTED\/KEN\// })
      .first(),
  ).toBeVisible();
  await signOut(page);
  await signIn(page, "secretariat@demo.test");
  await page.goto("/recommendations?state=IDN");
  const other = page.getByRole("link", { name: "CTED/IDN/2024/FV · No. 1" });
  const address = new URL((await other.getAttribute("href"))!, page.url()).pathname;
  await signOut(page);
  await signIn(page, "kenya@demo.test");
  const response = await page.goto(address);
  expect(response?.status()).toBe(404);
  const state = await page.goto("/recommendations/states/IDN");
  expect(state?.status()).toBe(404);
});
