// The charts as readers meet them (issue 18): the world map of projects in English and in Arabic (screenshots kept
// as test artifacts), switched between measures, reached by keyboard, opening a country's view.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { signIn, waitForPage, withoutJavaScript } from "./helpers";

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

test("the countries page's picker opens the Member State chosen, with JavaScript and without", async ({ page, browser }) => {
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: "Countries", exact: true }).click();
  // The URL changes when the page's data has come; until then the projects list (its own "Country" filter) is shown.
  await expect(page).toHaveURL(/\/projects\/countries$/);
  await waitForPage(page);
  // Its Member States come from the reference lists the tab keeps, in the reader's order, not from the page's data.
  const picker = page.getByLabel("Country", { exact: true });
  const names = await picker.locator("option").allTextContents();
  expect(names.length).toBeGreaterThan(150);
  expect(names).toContain("Niger");
  expect(names.filter((name) => name !== "")).toEqual(
    [...names.filter((name) => name !== "")].sort(new Intl.Collator("en", { sensitivity: "base", numeric: true }).compare),
  );
  await picker.selectOption({ label: "Niger" });
  await page.getByRole("button", { name: "Open" }).click();
  await expect(page).toHaveURL(/\/projects\/countries\/NER$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Niger");
  // Back on the countries page in the browser, the picker is drawn again from the lists the tab kept.
  await page.goBack();
  await expect(page.getByLabel("Country", { exact: true }).locator("option", { hasText: "Kenya" })).toHaveCount(1);

  await withoutJavaScript(browser, "kenya@demo.test", "10.32.0.9", async (plain) => {
    await plain.goto("/projects/countries");
    await plain.getByLabel("Country", { exact: true }).selectOption({ label: "Kenya" });
    await plain.getByRole("button", { name: "Open" }).click();
    await expect(plain).toHaveURL(/\/projects\/countries\/KEN$/);
    await expect(plain.getByRole("heading", { level: 1 })).toContainText("Kenya");
  });
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
  // Each bar's segment is a link named with its row, status and count, drawn in its colour (an SVG attribute).
  const segment = byRegion.locator("svg a").first();
  const name = (await segment.getAttribute("aria-label"))!;
  expect(name).toMatch(/^(Africa|Americas|Asia|Europe|Oceania), .+: \d+$/);
  expect(await segment.locator("rect").evaluate((rect) => getComputedStyle(rect).fill)).toMatch(/^rgb\(/);
  const figure = name.split(": ").at(-1)!;
  // The figures are also a table, behind a disclosure.
  await byRegion.getByText("The figures as a table").click();
  await expect(byRegion.getByRole("table")).toBeVisible();
  // The chart downloads as SVG and, drawn in the browser, as PNG.
  const svgDownload = page.waitForEvent("download");
  await byRegion.getByRole("link", { name: "Download as SVG" }).click();
  expect((await svgDownload).suggestedFilename()).toBe("follow-up-region.svg");
  const pngDownload = page.waitForEvent("download");
  await byRegion.getByRole("button", { name: "Download as PNG" }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe("follow-up-region.png");
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000); // twice the chart's width
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
  // The heatmap as a picture to share, with the axes and shading shown.
  const svg = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as SVG" }).click();
  expect((await svg).suggestedFilename()).toMatch(/^projects-matrix-\w+-by-\w+\.svg$/);
});

test("the charts in Arabic: right to left, the map keeps its geography", async ({ page }, testInfo) => {
  await signIn(page, "secretariat@demo.test");
  const value = encodeURIComponent(Buffer.from(JSON.stringify("ar")).toString("base64"));
  await page.context().addCookies([{ name: "lng", value, url: new URL(page.url()).origin }]);
  for (const [name, path] of [
    ["world-map-ar", "/projects/countries"],
    ["matrix-heatmap-ar", "/projects/matrix"],
    ["follow-up-ar", "/recommendations/dashboard"],
    ["state-map-ar", "/recommendations/states"],
    ["timeline-ar", "/activities"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("table.matrix, .world-map, svg.chart").first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  }
});

test("the timeline of activities: on the list for the filters in force and on a project, each bar opening its activity", async ({
  page,
}, testInfo) => {
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Activities", exact: true }).click();
  const timeline = page.getByRole("region", { name: "Timeline of the activities on this page" });
  await expect(timeline).toBeVisible();
  const bars = timeline.locator("svg a");
  await expect(bars).toHaveCount(25);
  await page.screenshot({ path: testInfo.outputPath("timeline-en.png"), fullPage: true });

  // Filtered to a project: the timeline follows, and so does its file.
  await page.getByRole("textbox", { name: "Project code" }).fill("UNOCT-CBRN");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/project=UNOCT-CBRN/);
  // The page has answered when its links carry the filter; then the timeline has a bar per row of the table.
  await expect(timeline.getByRole("link", { name: "Download as SVG" })).toHaveAttribute(
    "href",
    /\/activities\/timeline\.svg\?.*project=UNOCT-CBRN/,
  );
  const rows = await page.locator("main table tbody tr").count();
  await expect(bars).toHaveCount(rows);
  const bar = bars.first();
  const name = (await bar.getAttribute("aria-label"))!;
  const [, title] = /^(.+): \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}, (Planned|Ongoing|Completed|Cancelled)$/.exec(name)!;
  expect(await bar.locator("rect").evaluate((rect) => getComputedStyle(rect).fill)).toMatch(/^rgb\(/);
  await bar.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/activities\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // On its project's page, the project's activities.
  await page.getByRole("link", { name: "UNOCT-CBRN" }).first().click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectTimeline = page.getByRole("region", { name: "Timeline of activities" });
  await expect(projectTimeline.locator("svg a").first()).toBeVisible();
  const png = page.waitForEvent("download");
  await projectTimeline.getByRole("button", { name: "Download as PNG" }).click();
  expect((await png).suggestedFilename()).toBe("timeline-UNOCT-CBRN.png");
  await page.screenshot({ path: testInfo.outputPath("timeline-project-en.png"), fullPage: true });
});

test("the map of States: unresolved recommendations by Member State, each opening its rows", async ({ page }, testInfo) => {
  await signIn(page, "secretariat@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Recommendations" }).click();
  await page.getByRole("link", { name: "Map of States", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Map of States");
  const stateMap = page.getByRole("region", { name: "Unresolved recommendations by Member State" });
  const kenya = stateMap.getByRole("link", { name: /^Kenya: unresolved recommendations \d+$/ });
  await expect(kenya).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("state-map-en.png"), fullPage: true });
  const figure = (await kenya.locator("title").textContent())!.split(" ").at(-1)!;
  await kenya.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recommendations\?state=KEN&status=UNRESOLVED$/);
  await expect(page.getByRole("main")).toContainText(figure);
});

test("each chart page, loaded afresh, hydrates its kept drawing without a mismatch, and redraws it after a switch", async ({ page }) => {
  // The server sends each drawing's markup kept from an earlier render (app/ui/kept-markup.tsx); the browser draws the
  // same from the page's data. A difference would be a hydration error in the console.
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`uncaught error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await signIn(page, "secretariat@demo.test");
  const drawings = ["/projects/countries", "/recommendations/states", "/recommendations/dashboard", "/activities", "/projects/matrix"];
  // The audit trail's page of events, a State's assessments and the directory's people are drawn the same way (not
  // charts, but kept markup).
  for (const path of [...drawings, "/admin/audit", "/recommendations/states/KEN", "/directory"]) {
    // The first load may render the drawing; the second is sent the kept markup.
    for (const load of [1, 2]) {
      await page.goto(path);
      await waitForPage(page);
      await expect(
        page.locator("main svg a, main td a.matrix__cell, main .audit-sentence a, main section h2 a, main .people a").first(),
      ).toBeVisible();
      expect(problems, `${path}, load ${load}`).toEqual([]);
    }
  }
  // Hydrated, the map is React's own: switching what it shows redraws it in the page.
  await page.goto("/projects/countries");
  await waitForPage(page);
  const title = page.locator(".world-map__frame svg > title");
  await expect(title).toContainText("projects under way");
  await page.getByRole("link", { name: "funding gap", exact: true }).click();
  await expect(page).toHaveURL(/measure=gap/);
  await expect(title).toContainText("funding gap");
  // A country is a plain link in the kept markup; with JavaScript it opens in the page, without reloading it.
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await page
    .locator(".world-map__frame")
    .getByRole("link", { name: /^Kenya: / })
    .click();
  await expect(page).toHaveURL(/\/projects\/countries\/KEN$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kenya");
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  // Back in the page, the map comes with the page's data and React draws it (the document's markup is gone).
  await page.goBack();
  await expect(title).toContainText("funding gap");
  await expect(page.locator(".world-map__frame").getByRole("link", { name: /^Kenya: / })).toBeVisible();
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  // A page loaded in full carries its maps drawn, without their figures: no script of the document names a State.
  for (const path of ["/projects/countries", "/recommendations/states"]) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).toContain("Kenya: ");
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
    expect(scripts, path).toContain("__remixContext");
    expect(scripts, path).not.toContain("Kenya");
  }
  // The dashboard too: its matrix and both charts drawn, with their figures' links, and none of their counts in its data.
  const html = await (await page.request.get("/recommendations/dashboard")).text();
  expect(html).toMatch(/<table class="matrix">[\s\S]*href="\/recommendations\?[^"]*region=/);
  expect(html).toContain('aria-labelledby="follow-up-thematic"');
  expect(html.match(/<svg\b[^>]*class="chart"/g)?.length).toBe(2);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  expect(scripts).toContain("__remixContext");
  for (const key of ["cells", "counts", "thematicAreas"]) expect(scripts).not.toContain(key);
  expect(problems).toEqual([]);
});
