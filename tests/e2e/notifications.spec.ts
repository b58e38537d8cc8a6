// Issue 13, done when: a Kenyan focal point mentions a UNODC focal point in a post; UNODC sees the bell's count rise
// and receives the mail (over the real SMTP receiver) in its language; the group's chair gets the join request mail.
// (The weekly digest of a seeded week, and what a reader may not read staying out of it: digest.spec.ts.)
import type { Page } from "@playwright/test";
import { signIn, mailDir } from "./helpers";
import { expect, test } from "./people";
import { waitForMail } from "../support/smtp-receiver";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.70.0.1" } });

const bellCount = async (page: Page) => {
  const count = page.getByTestId("notification-count");
  return (await count.count()) ? Number((await count.textContent())?.replace(/\D/g, "") ?? 0) : 0;
};

test("a mention rings UNODC's bell and mails it; a join request mails the chair", async ({ page, browser, person }) => {
  test.slow();
  const stamp = Date.now().toString(36);
  const kenyan = await person({ organization: "KEN", name: `Amani Otieno ${stamp}`, groups: [[4, "MEMBER"]] });

  // UNODC's chair of group 4, before.
  await signIn(page, "unodc@demo.test");
  const before = await bellCount(page);

  // The Kenyan focal point mentions Lukas Steiner (UNODC) in a post, typed inline and chosen from the suggestions.
  const kenya = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.70.0.2" } });
  const kenyaPage = await kenya.newPage();
  await signIn(kenyaPage, kenyan.email, kenyan.password);
  await kenyaPage.goto("/groups/criminal-justice-cft");
  await kenyaPage.getByRole("link", { name: "New post" }).click();
  const title = `Kenya's mutual legal assistance requests ${stamp}`;
  await kenyaPage.getByLabel("Title").fill(title);
  const text = kenyaPage.getByLabel("Text");
  await text.fill("Could UNODC advise on the backlog? ");
  // Suggestions come once the page's scripts run (the text area is a combobox then).
  await expect(text).toHaveAttribute("role", "combobox");
  await text.pressSequentially("@Steiner");
  await kenyaPage
    .getByRole("listbox", { name: "Members to mention" })
    .getByRole("option", { name: /Lukas Steiner/ })
    .click();
  await expect(text).toHaveValue(/@\[Lukas Steiner\]\([0-9a-f-]{36}\) $/);
  const since = Date.now();
  await kenyaPage.getByRole("button", { name: "Publish" }).click();
  await expect(kenyaPage.getByRole("status")).toContainText("Your post is published.");
  await kenya.close();

  // The bell rings, and the notification leads to the post.
  await page.reload();
  await expect.poll(() => bellCount(page)).toBeGreaterThan(before);
  await page.getByRole("link", { name: /^Notifications/ }).click();
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  const line = page.getByRole("link", { name: `Amani Otieno ${stamp} mentioned you in “${title}”` });
  await expect(line).toBeVisible();

  // The mail, in English (Lukas Steiner's language), with one-click unsubscribe.
  const mail = await waitForMail(mailDir(), "unodc@demo.test", { since, subject: new RegExp(stamp), timeoutMs: 30_000 });
  expect(mail.subject).toBe(`Amani Otieno ${stamp} mentioned you in “${title}”`);
  expect(mail.text).toContain("Hello Lukas Steiner,");
  expect(mail.headers?.["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  await line.click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // Another Kenyan asks to join group 4: its chair (UNODC) gets the mail.
  const asker = await person({ organization: "KEN", name: `Baraka Mwangi ${stamp}` });
  const askerContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.70.0.3" } });
  const askerPage = await askerContext.newPage();
  await signIn(askerPage, asker.email, asker.password);
  await askerPage.goto("/groups/criminal-justice-cft");
  const askedAt = Date.now();
  await askerPage.getByRole("button", { name: "Ask to join" }).click();
  await expect(askerPage.getByRole("status").first()).toContainText("Your request to join has been sent to the chairs.");
  await askerContext.close();
  const request = await waitForMail(mailDir(), "unodc@demo.test", {
    since: askedAt,
    subject: new RegExp(`Baraka Mwangi ${stamp}`),
    timeoutMs: 30_000,
  });
  expect(request.subject).toContain("asks to join");
});
