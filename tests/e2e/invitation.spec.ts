import { expect, test } from "@playwright/test";
import { waitForMail, firstLink } from "../support/smtp-receiver";
import { acceptInvitation, inviteThroughAdmin, mailDir, signIn, signOut, uniqueEmail } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.30.0.1" } });

test("an invitation is accepted end to end: mail over SMTP, link, password, signed in", async ({ page, browser }) => {
  const email = uniqueEmail("invitee");
  await signIn(page, "admin@demo.test");
  const link = await inviteThroughAdmin(page, { email, name: "Maria Invitee", organization: "Brazil" });
  await expect(page.getByRole("table")).toContainText(email);

  const invitee = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.30.0.2" } });
  const inviteePage = await invitee.newPage();
  await acceptInvitation(inviteePage, link, "password1234");
  await expect(inviteePage.getByRole("alert")).toBeVisible();
  await expect(inviteePage.locator("#field-password-error")).toContainText("Password: This password is too common or too easy to guess");
  await acceptInvitation(inviteePage, link, "samba rhythms in the rain", "Maria Silva");
  await expect(inviteePage.getByRole("heading", { name: "Welcome, Maria Silva" })).toBeVisible();
  await expect(inviteePage.getByText("Signed in as Maria Silva, Brazil")).toBeVisible();

  await inviteePage.goto(link);
  await expect(inviteePage.getByText("This link is invalid, has expired or has already been used.")).toBeVisible();
  await invitee.close();
});

test("a forgotten password is reset end to end, and the old one stops working", async ({ page }) => {
  const email = uniqueEmail("forgetful");
  await signIn(page, "admin@demo.test");
  const link = await inviteThroughAdmin(page, { email, name: "Forgetful Person", organization: "Chile" });
  await signOut(page);
  await acceptInvitation(page, link, "andes mountains at dawn");
  await signOut(page);

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an "Email" field too: wait for the client-side navigation to land first.
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  const since = Date.now();
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account exists for that email");
  const resetLink = firstLink(await waitForMail(mailDir(), email, { since, subject: /Reset/ }));

  await page.goto(resetLink);
  await page.getByLabel("New password", { exact: true }).fill("pacific coast highway");
  await page.getByLabel("Confirm the new password").fill("pacific coast highway");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("status")).toContainText("Your password has been changed");

  await signIn(page, email, "andes mountains at dawn");
  await expect(page.getByRole("alert")).toHaveText("The email or password is incorrect.");
  await signIn(page, email, "pacific coast highway");
  await expect(page.getByRole("heading", { name: "Welcome, Forgetful Person" })).toBeVisible();
});
