import { readFile } from "node:fs/promises";
import { signIn } from "./helpers";
import { expect, test } from "./people";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.50.0.1" } });

test("a chair adds a member, who then posts, endorses a plan item and downloads a group file", async ({ page, browser, person }) => {
  test.slow(); // a long journey through four pages as two people: a minute is tight on a busy machine
  // The secretariat adds a focal point of Norway (the test's own) to working group 1.
  const norwegian = await person({ organization: "NOR", name: `Ingvild Berge ${Date.now().toString(36)}` });
  await signIn(page, "secretariat@demo.test");
  await page.goto("/groups/pcve/members");
  await page.getByLabel("Find a person by name or email").fill(norwegian.name);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: `Add: ${norwegian.name}` }).click();
  await expect(page.getByRole("status")).toContainText(`${norwegian.name} was added to the group.`);
  await expect(page.getByRole("table")).toContainText(norwegian.name);

  const member = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.50.0.2" } });
  const memberPage = await member.newPage();
  await signIn(memberPage, norwegian.email, norwegian.password);
  await memberPage.goto("/groups/pcve");
  await expect(memberPage.getByText("You are a member (Member)")).toBeVisible();

  // Posts.
  await memberPage.getByRole("link", { name: "New post" }).click();
  await memberPage.getByLabel("Title").fill("Norway's contribution to the youth pilot");
  const text = memberPage.getByLabel("Text");
  await text.fill("Norway can fund **two** regional workshops in 2027. ");
  // A mention typed inline: "@" and part of the name, then the keyboard chooses from the group's members. The text
  // area suggests only once the page's scripts run (it is a combobox then); keys typed before go unheard.
  await expect(text).toHaveAttribute("role", "combobox");
  await text.pressSequentially("@okaf");
  const suggestions = memberPage.getByRole("listbox", { name: "Members to mention" });
  await expect(suggestions.getByRole("option", { name: /Daniel Okafor/ })).toBeVisible();
  await expect(text).toHaveAttribute("aria-expanded", "true");
  await text.press("ArrowDown");
  await text.press("ArrowUp");
  await expect(text).toHaveAttribute("aria-activedescendant", "field-body-mentions-0");
  await text.press("Enter");
  await expect(text).toHaveAttribute("aria-expanded", "false");
  await expect(text).toHaveValue(/Norway can fund \*\*two\*\* regional workshops in 2027\. @\[Daniel Okafor\]\([0-9a-f-]{36}\) $/);
  await text.pressSequentially("will coordinate.");
  await memberPage.getByRole("button", { name: "Publish" }).click();
  await expect(memberPage.getByRole("status")).toContainText("Your post is published.");
  await expect(memberPage.getByRole("heading", { name: "Norway's contribution to the youth pilot" })).toBeVisible();
  await expect(memberPage.locator(".markdown strong")).toHaveText("two");
  await expect(memberPage.locator(".markdown").getByRole("link", { name: "@Daniel Okafor" })).toHaveAttribute("href", /^\/directory\//);

  // Endorses a plan item for Norway.
  await memberPage.goto("/groups/pcve/plan");
  const item = memberPage.getByRole("listitem").filter({ hasText: "Guidance on strategic communications with religious leaders" });
  await item.getByRole("button", { name: "Endorse for my organization" }).click();
  await expect(memberPage.getByRole("status")).toContainText("Your organization endorses this item.");
  await expect(memberPage.getByRole("listitem").filter({ hasText: "Guidance on strategic communications" })).toContainText(
    "Endorsed by 1 organization: Norway",
  );

  // Downloads a group file.
  await memberPage.goto("/groups/pcve/files");
  await memberPage.getByRole("link", { name: "Terms of reference: youth engagement pilot (draft)" }).click();
  const downloadPromise = memberPage.waitForEvent("download");
  await memberPage.getByRole("link", { name: "Download" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("tor-youth-pilot-draft.txt");
  expect(await readFile((await download.path())!, "utf8")).toContain("Terms of reference - youth engagement pilot");
  await member.close();

  // The chair sees the mention on the home page.
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Where you were mentioned" })).toContainText("Norway's contribution to the youth pilot");
});

test("a focal point outside a group sees its summary and can ask to join, but not its space", async ({ page, person }) => {
  const outsider = await person({ organization: "KEN" });
  await signIn(page, outsider.email, outsider.password);
  await page.goto("/groups/border-management");
  await expect(page.getByText("This space is open to the group's members and the secretariat.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Work plan" })).toHaveCount(0);
  const response = await page.goto("/groups/border-management/plan");
  expect(response?.status()).toBe(404);
  await page.goto("/groups/border-management");
  await page.getByLabel("Message to the chairs").fill("Kenya works on border security with IGAD.");
  await page.getByRole("button", { name: "Ask to join" }).click();
  await expect(page.getByRole("status").first()).toContainText("Your request to join has been sent to the chairs.");
});

test("a chair makes a member vice-chair and the group's header says so at once", async ({ browser, person }) => {
  const member = await person({ organization: "IDN", name: `Dewi Lestari ${Date.now().toString(36)}`, groups: [[4, "MEMBER"]] });
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.50.0.3" } });
  const page = await context.newPage();
  await signIn(page, "unodc@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Working groups" }).click();
  await page.locator("main a[href='/groups/criminal-justice-cft']").first().click();
  await page.getByRole("link", { name: "Members" }).click();
  const officers = page.getByRole("definition").filter({ hasText: "(UNODC, Chair)" });
  await expect(officers).not.toContainText(member.name);
  const row = page.getByRole("row").filter({ hasText: member.name });
  await row.getByRole("combobox").selectOption("VICE_CHAIR");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status")).toContainText(member.name);
  await expect(officers).toContainText(`${member.name} (Indonesia, Vice-chair)`);
  await context.close();
});

test("proposing a plan item lands on the plan with the new item highlighted", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.50.0.4" } });
  const page = await context.newPage();
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Working groups" }).click();
  await page.locator("main a[href='/groups/national-regional-strategies']").first().click();
  await page.getByRole("link", { name: "Work plan" }).click();
  await page.getByRole("link", { name: "Propose an item" }).click();
  const title = `Regional strategy peer review ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Pillar").selectOption("4");
  await page.getByRole("button", { name: "Propose an item" }).click();
  await expect(page).toHaveURL(/\/groups\/national-regional-strategies\/plan(\?|#|$)/);
  await expect(page.getByRole("heading", { name: "Joint work plan" })).toBeVisible();
  const item = page.locator(".plan-item--new");
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("heading", { name: title })).toBeVisible();
  await expect(item).toBeInViewport();
  await expect(page.getByRole("status")).toContainText("Your item is proposed.");
  await context.close();
});

test("a group's upcoming events say on which day they are, in the reader's language and time zone", async ({ page }) => {
  // Colombia's focal point (time zone America/Bogota; no other test signs in as them, so switching their
  // language disturbs no one) is a member of working group 4, which meets weekly in Vienna.
  await signIn(page, "colombia@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Working groups" }).click();
  await page.getByRole("link", { name: /Criminal Justice, Legal Responses/ }).click();
  const upcoming = page.getByRole("region", { name: "Upcoming group events" });
  const rows = upcoming.getByRole("listitem");
  await expect(rows).toHaveCount(5);
  const whens = await upcoming.locator(".event-row__time").allInnerTexts();
  const titles = await upcoming.locator(".event-row__title").allInnerTexts();
  // Each row says its day: "Thu, 3 Dec 2026, 03:00–04:30" (one day), or the dates of an event over several
  // days ("15 Dec 2026 – 17 Dec 2026"). The rows of a weekly meeting differ by their dates.
  const oneDay = /^((Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4}), (\d{2}:\d{2}–\d{2}:\d{2}|all day)$/;
  const severalDays = /\d{4}.* – .*\d{4}/;
  for (const when of whens) expect(oneDay.test(when) || severalDays.test(when), when).toBe(true);
  expect(whens.filter((when) => oneDay.test(when)).length).toBeGreaterThan(1);
  expect(new Set(whens.map((w, i) => `${w} ${titles[i]}`)).size).toBe(whens.length);

  // The same days and times as the group's agenda, which files events under the reader's days.
  const rowsSeen = whens.map((when, i) => ({ when, title: titles[i] })).filter(({ when }) => oneDay.test(when));
  await upcoming.getByRole("link", { name: "Calendar" }).click();
  await expect(page).toHaveURL(/view=agenda/);
  for (const { when, title } of rowsSeen) {
    const [, dayText, , time] = oneDay.exec(when)!;
    const longDay = new Intl.DateTimeFormat("en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${dayText} UTC`));
    const day = page.locator(".day-list__day").filter({ has: page.getByRole("heading", { name: longDay, exact: true }) });
    await expect(day.getByRole("listitem").filter({ hasText: title }).first()).toContainText(time === "all day" ? "All day" : time);
  }

  // In Chinese, dates are written the Chinese way.
  await page.goBack();
  // The address changes before the group's page is back; the language form of the agenda would lead back to it.
  await expect(upcoming).toBeVisible();
  await page.getByLabel("Language").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  const upcomingZh = page.getByRole("region", { name: "即将举行的工作组活动" });
  for (const when of await upcomingZh.locator(".event-row__time").allInnerTexts())
    expect(when).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日周[一二三四五六日] (\d{2}:\d{2}–\d{2}:\d{2}|全天)$|\d{4}年.* – .*\d{4}年/);
  await page.getByLabel("语言").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("file sizes read with their unit and plural: bytes, kB, MB", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Working groups" }).click();
  await page.getByRole("link", { name: /^1\. Preventing and Countering Violent Extremism/ }).click();
  await page.getByRole("link", { name: "Files", exact: true }).click();
  // The demo's group files are small text files: "… · 612 bytes", never "612 byte".
  const list = page.getByRole("region", { name: "Group files" });
  await expect(list).toContainText(/· \d[\d,]* bytes/);
  await expect(list).not.toContainText(/\d byte(?!s)/);

  // A file of 1,536 bytes reads "1.5 kB" in the list and on its page; the form states its limit the same way.
  await page.getByRole("link", { name: "Add a document or link" }).click();
  await expect(page.getByText("at most 25 MB.")).toBeVisible();
  const title = `Sizes check ${Date.now().toString(36)}`;
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.alloc(1536, "a") });
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Publish a resource" }).click();
  await expect(page.getByRole("status")).toContainText("The resource is published.");
  await expect(page.getByText("notes.txt (1.5 kB)")).toBeVisible();
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Resources" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("· 1.5 kB");
});
