// The charts as readers meet them (issue 18): the world map of projects in English and in Arabic (screenshots kept
// as test artifacts), switched between measures, reached by keyboard, opening a country's view.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.32.0.1" } });

test("the world map of projects: shaded, switched, focused by keyboard, opening a country (English)", async ({ page }, testInfo) => {
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: "Countries", exact: true }).click();
  const map = page.getByRole("region", { name: "Map of projects under way" });
  await expect(map).toBeVisible();
  const kenya = map.getByRole("link", { name: /^Kenya: projects under way \d+/ });
  await expect(kenya).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("world-map-en.png"), fullPage: true });

  await map.getByRole("link", { name: "funding gap", exact: true }).click();
  await expect(page).toHaveURL(/measure=gap/);
  await expect(map.getByRole("link", { name: "funding gap", exact: true })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("list", { name: "Legend: funding gap" })).toBeVisible();

  // Keyboard: the countries are links in the tab order, and the focused one is outlined.
  await kenya.focus();
  await expect(kenya).toBeFocused();
  const stroke = await kenya.locator("path").evaluate((path) => getComputedStyle(path).strokeWidth);
  expect(parseFloat(stroke)).toBeGreaterThan(1);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/projects\/countries\/KEN$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kenya");
});

test("the world map in Arabic: right-to-left page, the map keeps its geography", async ({ page }, testInfo) => {
  await signIn(page, "norway@demo.test");
  // The language cookie the switcher sets (Remix's cookie: base64 of the JSON value).
  const value = encodeURIComponent(Buffer.from(JSON.stringify("ar")).toString("base64"));
  await page.context().addCookies([{ name: "lng", value, url: new URL(page.url()).origin }]);
  await page.goto("/projects/countries");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const frame = page.locator(".world-map__frame");
  await expect(frame).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("region", { name: "خريطة المشاريع الجارية" }).getByRole("link", { name: /^كينيا: / })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("world-map-ar.png"), fullPage: true });
});

test("the follow-up of recommendations on the dashboard: each count links to its rows in the list", async ({ page }, testInfo) => {
  await signIn(page, "secretariat@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Recommendations" }).click();
  await page.getByRole("link", { name: "Dashboard", exact: true }).click();
  const byRegion = page.getByRole("region", { name: "Follow-up of recommendations by region" });
  await expect(byRegion).toBeVisible();
  await expect(page.getByRole("region", { name: "Follow-up of recommendations by thematic area" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("follow-up-en.png"), fullPage: true });
  const segment = byRegion.getByRole("link").first();
  await expect(segment).toHaveAccessibleName(/^(Africa|Americas|Asia|Europe|Oceania), .+: \d+$/);
  const figure = (await segment.textContent())!.trim();
  await segment.click();
  await expect(page).toHaveURL(/region=[A-Z]+/);
  await expect(page).toHaveURL(/status=[A-Z_]+/);
  await expect(page.getByRole("main")).toContainText(figure);
});

test("the matrix heatmap, with a screenshot", async ({ page }, testInfo) => {
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: "Summary matrix", exact: true }).click();
  await expect(page.getByRole("list", { name: "Legend: number of projects" })).toBeVisible();
  // A shaded cell keeps its number, in a colour readable on its background.
  const shaded = page.locator("td.matrix__shaded").first();
  await expect(shaded).toHaveClass(/shade-\d/);
  // The colour is applied (the Content-Security-Policy allows classes, not inline style).
  expect(await shaded.evaluate((cell) => getComputedStyle(cell).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  await expect(shaded.getByRole("link")).toContainText(/\d/);
  await page.getByRole("link", { name: "budget", exact: true }).click();
  await expect(page).toHaveURL(/shade=budget/);
  await expect(page.getByRole("list", { name: "Legend: budget" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("matrix-heatmap-en.png"), fullPage: true });
});

test("the charts in Arabic: right to left, the map keeps its geography", async ({ page }, testInfo) => {
  await signIn(page, "secretariat@demo.test");
  const value = encodeURIComponent(Buffer.from(JSON.stringify("ar")).toString("base64"));
  await page.context().addCookies([{ name: "lng", value, url: new URL(page.url()).origin }]);
  for (const [name, path] of [
    ["world-map-ar", "/projects/countries"],
    ["matrix-heatmap-ar", "/projects/matrix"],
    ["follow-up-ar", "/recommendations/dashboard"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("table.matrix, .world-map").first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  }
});
