// What a person meets when sending a form: the box empties once the post worked, and a repeat of the same
// submission (double click, a second tab, a retry after a timeout) never writes twice.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.61.0.1" } });

async function openFirstPostOfGroup(page: Page, group: string) {
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Working groups" }).click();
  await page
    .getByRole("link", { name: new RegExp(group) })
    .first()
    .click();
  // The home page links to posts too (the feed, mentions, drafts): first the group's own page.
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(group) })).toBeVisible();
  await page.locator("main a[href*='/posts/']:not([href$='/new'])").first().click();
  await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
}

/** Sends the same form body twice at once, as a double click or a retry does. */
async function postTwice(page: Page, form: { action: string; fields: Record<string, string> }) {
  const origin = new URL(page.url()).origin;
  const send = () => page.request.post(form.action, { form: form.fields, headers: { Origin: origin }, maxRedirects: 0 });
  const [first, second] = await Promise.all([send(), send()]);
  return [first.status(), second.status()];
}

test("a comment box empties after the comment is posted, and a repeated submission posts it once", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  await openFirstPostOfGroup(page, "Preventing and Countering Violent Extremism");
  const text = `Kenya will host the next meeting ${Date.now()}`;
  await page.getByLabel("Add a comment").fill(text);
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.locator(".comment").filter({ hasText: text })).toHaveCount(1);
  await expect(page.getByLabel("Add a comment")).toHaveValue("");

  // The same submission twice: the page's form key with the same text.
  const repeated = `Repeated comment ${Date.now()}`;
  const formKey = await page.locator("form:has(#comment-body) input[name=_formKey]").inputValue();
  expect(formKey).not.toBe("");
  const statuses = await postTwice(page, {
    action: new URL(page.url()).pathname,
    fields: { _formKey: formKey, intent: "comment", body: repeated },
  });
  expect(statuses.every((s) => s < 400)).toBe(true);
  await page.reload();
  await expect(page.locator(".comment").filter({ hasText: repeated })).toHaveCount(1);
});

test("an activity update box empties after the update is added, and a repeat adds it once", async ({ page }) => {
  await signIn(page, "unodc@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Activities" }).click();
  await page.getByLabel("Lead organization", { exact: true }).selectOption({ label: "UNODC" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/organization=/);
  // The address changes before the filtered page is drawn, whose links then carry the filter: until then the table
  // is the unfiltered one, whose first activity UNODC may not lead (and then has no update form).
  await expect(
    page.getByRole("region", { name: "Timeline of the activities on this page" }).getByRole("link", { name: "Download as SVG" }),
  ).toHaveAttribute("href", /organization=/);
  await page.locator("main table a[href^='/activities/']").first().click();
  await expect(page).toHaveURL(/\/activities\/[0-9a-f-]{36}$/);
  const text = `Trainers confirmed ${Date.now()}`;
  await page.getByLabel("What happened").fill(text);
  await page.getByRole("button", { name: "Add an update" }).click();
  await expect(page.getByText(text)).toHaveCount(1);
  await expect(page.getByLabel("What happened")).toHaveValue("");

  const repeated = `Repeated update ${Date.now()}`;
  const form = page.locator("form:has(textarea[name=body])");
  const fields: Record<string, string> = {};
  for (const input of await form.locator("input[type=hidden], input[type=date], select").all()) {
    const name = await input.getAttribute("name");
    if (name) fields[name] = await input.inputValue();
  }
  fields.body = repeated;
  const statuses = await postTwice(page, { action: new URL(page.url()).pathname, fields });
  expect(statuses.every((s) => s < 400)).toBe(true);
  await page.reload();
  await expect(page.getByText(repeated)).toHaveCount(1);
});
