import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { openWithTheSameLists, selectOrganization, signIn, watchReferenceListsAndErrors, withoutJavaScript } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.44.0.1" } });

function inDays(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a focal point creates an event, finds it in the month view, answers going and downloads the .ics", async ({ page }) => {
  const title = `Nordic workshop on victims' support ${Date.now().toString(36)}`;
  const day = inDays(3);
  await signIn(page, "norway@demo.test");

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Calendar" }).click();
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Kind").selectOption({ label: "Workshop" });
  await page.getByLabel("Start date").fill(day);
  await page.getByLabel("Start time").fill("14:00");
  await page.getByLabel("End date").fill(day);
  await page.getByLabel("End time").fill("15:30");
  await expect(page.getByLabel("Time zone of the event")).toHaveValue("Europe/Oslo");
  await page.getByLabel("Place").fill("Oslo, Norway");
  await page.getByLabel("Description").fill("Sharing **practice** on support to victims.");
  await page.getByRole("button", { name: "Create event" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").first()).toContainText("Event created.");
  const eventUrl = page.url();
  const eventId = eventUrl.split("/").pop()!;

  await page.goto(`/calendar?view=month&date=${day}`);
  const grid = page.getByRole("table");
  await expect(grid.getByRole("link", { name: new RegExp(`14:00 ${title}`) })).toBeVisible();
  await grid.getByRole("link", { name: new RegExp(title) }).click();
  await expect(page).toHaveURL(eventUrl);

  await page.getByRole("button", { name: "Going", exact: true }).click();
  await expect(page.getByRole("status").first()).toContainText("Your answer is saved.");
  await expect(page.getByRole("button", { name: "Going", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("region", { name: "Attendance" })).toContainText("Norway: Ingrid Solberg");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download .ics" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^nordic-workshop-on-victims-support-.*\.ics$/);
  const text = await readFile((await download.path())!, "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(1);
  const [event] = events;
  expect(event.summary).toBe(title);
  expect(event.location).toBe("Oslo, Norway");
  expect(event.uid).toMatch(new RegExp(`^${eventId}@`));
  expect(event.component.getFirstPropertyValue("url")).toBe(eventUrl);
  expect(event.startDate.zone.tzid).toBe("Europe/Oslo");
  expect(event.startDate.toString()).toBe(`${day}T14:00:00`);
  expect(event.endDate.toString()).toBe(`${day}T15:30:00`);
});

test("the calendar fits a phone screen and its views are linkable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "kenya@demo.test");
  await page.goto("/calendar?view=agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Agenda" })).toHaveAttribute("aria-current", "page");
  // Nothing sticks out sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Filters live in the URL.
  await page.getByText("Filters", { exact: true }).click();
  await page.getByLabel("Kind").selectOption({ label: "Meeting" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/view=agenda.*kind=MEETING|kind=MEETING.*view=agenda/);
  // The address changes before the filtered page is drawn: "Later" of the page before would drop the filter.
  await expect(page.getByRole("link", { name: "Later" })).toHaveAttribute("href", /kind=MEETING/);
  await page.getByRole("link", { name: "Later" }).click();
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  await expect(page).toHaveURL(/kind=MEETING/);
  // A group-only meeting of working group 4 is not Kenya's to see.
  await page.goto("/calendar?view=agenda&q=CFT%20toolkit");
  await expect(page.getByText("No events in this period.")).toBeVisible();
  await page.goto("/calendar?view=month");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

/** Every event chip of the month grid whose title text runs outside the chip or its day (cut off or spilling over). */
async function clippedChipTitles(page: Page) {
  return page.locator(".month-grid").evaluate((grid) =>
    [...grid.querySelectorAll<HTMLElement>(".event-chip")]
      .filter((chip) => chip.offsetParent !== null)
      .filter((chip) => {
        const title = chip.querySelector(".event-chip__title")!;
        const range = document.createRange();
        range.selectNodeContents(title);
        const text = range.getBoundingClientRect();
        const box = chip.getBoundingClientRect();
        const cell = chip.closest("td")!.getBoundingClientRect();
        const inside = (inner: DOMRect, outer: DOMRect) =>
          inner.left >= outer.left - 0.5 &&
          inner.right <= outer.right + 0.5 &&
          inner.top >= outer.top - 0.5 &&
          inner.bottom <= outer.bottom + 0.5;
        return !inside(text, box) || !inside(box, cell) || chip.scrollWidth > chip.clientWidth;
      })
      .map((chip) => chip.textContent),
  );
}

test("the month view shows whole event titles, on a laptop and on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Calendar" }).click();
  await page.getByRole("link", { name: "Month", exact: true }).click();
  await expect(page).toHaveURL(/view=month/);
  // The demo's weekly meeting is in every month; its chip carries the whole title, visibly and by name.
  const grid = page.getByRole("table");
  const weekly = grid.getByRole("link", { name: /Compact secretariat weekly coordination/ }).first();
  await expect(weekly).toBeVisible();
  await expect(weekly).toContainText("Compact secretariat weekly coordination");
  expect(await grid.locator(".event-chip").count()).toBeGreaterThan(3);
  expect(await clippedChipTitles(page)).toEqual([]);
  // The grid stays seven columns wide within the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

  // On a phone the grid becomes a list of days; titles wrap within the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(weekly).toBeVisible();
  expect(await clippedChipTitles(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await weekly.click();
  await expect(page.getByRole("heading", { level: 1, name: "Compact secretariat weekly coordination" })).toBeVisible();
});

test("a busy day in the month view shows its first events and a link to the rest in the agenda", async ({ page }) => {
  const tag = Date.now().toString(36);
  const day = inDays(250);
  await signIn(page, "kenya@demo.test");
  for (let i = 1; i <= 4; i++) {
    await page.goto("/calendar/new");
    await page.getByLabel("Title").fill(`Busy day ${tag} ${i}`);
    await page.getByLabel("Start date").fill(day);
    await page.getByLabel("Start time").fill(`1${i}:00`);
    await page.getByLabel("End date").fill(day);
    await page.getByLabel("End time").fill(`1${i}:30`);
    await page.getByRole("button", { name: "Create event" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Busy day ${tag} ${i}` })).toBeVisible();
  }

  await page.goto(`/calendar?view=month&date=${day}`);
  const cell = page.getByRole("cell").filter({ has: page.getByRole("link", { name: new RegExp(`Busy day ${tag} 1`) }) });
  await expect(cell.getByRole("link", { name: new RegExp(`Busy day ${tag}`) })).toHaveCount(3);
  await cell.getByRole("link", { name: /^\d+ more$/ }).click();
  await expect(page).toHaveURL(new RegExp(`view=agenda.*date=${day}|date=${day}.*view=agenda`));
  for (let i = 1; i <= 4; i++) await expect(page.getByRole("link", { name: new RegExp(`Busy day ${tag} ${i}`) })).toBeVisible();
});

test("the organizer filter: its lists come once, shared with the directory, and work without JavaScript", async ({ page, browser }) => {
  const watched = watchReferenceListsAndErrors(page);
  await signIn(page, "kenya@demo.test");

  // Opened in the page: the organizer filter offers the States and entities; filtering stays in this document.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Calendar" }).click();
  await page.getByRole("navigation", { name: "Calendar views" }).getByRole("link", { name: "Agenda" }).click();
  await expect(page).toHaveURL(/view=agenda/);
  await filterByOrganizer(page, "IOM");
  await expect(page.getByLabel("Organizer")).toHaveValue(/.+/);
  // The directory names the same lists.
  await openWithTheSameLists(page, watched, "Directory", "Directory");

  // Without JavaScript the server's page is whole: the filter offers the organizers and filters.
  await withoutJavaScript(browser, "kenya@demo.test", "10.44.0.9", async (plain) => {
    await plain.goto("/calendar?view=agenda");
    await filterByOrganizer(plain, "IOM");
  });
});

/** Opens the calendar's filters and keeps the events the organizer (named by its acronym) organizes: IOM's training. */
async function filterByOrganizer(page: Page, acronym: string) {
  await page.getByText("Filters", { exact: true }).click();
  await selectOrganization(page.getByLabel("Organizer"), acronym);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/org=/);
  await expect(page.getByRole("link", { name: /Training: human rights-compliant border screening/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Regional workshop on countering the financing of terrorism/ })).toHaveCount(0);
}
