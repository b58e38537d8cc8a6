// The long filter menus (organizations, countries, partners) are sent as options kept by the server (app/ui/form.tsx):
// a page loaded with one of them chosen hydrates without a mismatch, shows the chosen option, and the menu still
// filters in the page.
import { expect, test } from "@playwright/test";
import { selectOrganization, signIn, waitForPage, watchReferenceListsAndErrors } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.82.0.1" } });

const MENUS = [
  { path: "/directory", label: "Organization", parameter: "organization", choice: "UNODC" },
  { path: "/calendar?view=agenda", label: "Organizer", parameter: "org", choice: "IOM" },
  { path: "/resources", label: "Published by", parameter: "organization", choice: "CTED" },
  { path: "/projects", label: "Implementing partner (lead or partner)", parameter: "partner", choice: "UNODC", byLabel: true },
  { path: "/activities", label: "Country", parameter: "country", choice: "Kenya", byLabel: true },
];

test("long filter menus hydrate with their chosen option, loaded twice, and still filter in the page", async ({ page }) => {
  const watched = watchReferenceListsAndErrors(page);
  await signIn(page, "secretariat@demo.test");
  for (const { path, label, parameter, choice, byLabel } of MENUS) {
    await page.goto(path);
    await waitForPage(page);
    const menu = page.getByLabel(label, { exact: true });
    expect(await menu.locator("option").count(), `${path}: a long menu`).toBeGreaterThan(40);
    // Some pages fold their further filters away until one is chosen.
    if (!(await menu.isVisible())) await page.locator("details:has(select) > summary").first().click();
    // The project pages name an entity by its acronym alone; the other menus add its kind.
    if (byLabel) await menu.selectOption({ label: choice });
    else await selectOrganization(menu, choice);
    const value = await menu.inputValue();
    expect(value).not.toBe("");
    // Loaded with the choice in its address, twice: the second is sent the kept options.
    const address = `${path}${path.includes("?") ? "&" : "?"}${parameter}=${encodeURIComponent(value)}`;
    for (const load of [1, 2]) {
      await page.goto(address);
      await waitForPage(page);
      await expect(menu, `${address}, load ${load}`).toHaveValue(value);
      await expect(menu.locator("option:checked")).toHaveCount(1);
      expect(watched.problems, `${address}, load ${load}`).toEqual([]);
    }
  }

  // Hydrated, a kept menu is React's own: another choice filters in the page, without loading the document again.
  await page.goto("/directory?organization=");
  await waitForPage(page);
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  const organization = page.getByLabel("Organization", { exact: true });
  await page.locator("details:has(select) > summary").first().click();
  await organization.selectOption({ label: "Kenya" });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/organization=[0-9a-f-]{36}/);
  await expect(organization).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByRole("list", { name: "Search results" })).toContainText("Kenya");
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  expect(watched.problems).toEqual([]);
});
