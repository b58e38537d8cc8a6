// Two-factor sign-in in a real browser: a person sets up an authenticator app from the key the page shows (as a
// phone app would, with otplib), signs in again with the second step and with a recovery code; an administrator
// resets it, and the person is told by mail.
import type { Page } from "@playwright/test";
import { generate } from "otplib";
import { waitForMail } from "../support/smtp-receiver";
import { mailDir, signIn, signOut } from "./helpers";
import { expect, test } from "./people";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.71.0.1" } });

const codeAt = (key: string, offsetSteps = 0) => generate({ secret: key, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/two-factor\?redirectTo=%2F$/);
  await expect(page.getByRole("heading", { name: "Confirm it is you" })).toBeVisible();
}

test("a focal point sets up an authenticator app, then signs in with a code and with a recovery code", async ({
  page,
  person,
  browser,
}) => {
  test.slow();
  const me = await person({ organization: "KEN", name: "Otp Tester" });
  await signIn(page, me.email, me.password);
  await page.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "My account" }).click();
  await expect(page.getByRole("region", { name: "Two-factor sign-in" })).toContainText("Off: you sign in with your password only.");
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code to scan with an authenticator app" })).toBeVisible();
  const key = (await page.getByTestId("totp-key").innerText()).replace(/\s+/g, "");
  expect(key).toMatch(/^[A-Z2-7]{32}$/);

  const right = new Set([await codeAt(key, -1), await codeAt(key), await codeAt(key, 1)]);
  await page.getByLabel("Code from the app").fill(["000000", "111111", "222222"].find((c) => !right.has(c))!);
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("alert")).toContainText("That code is not right");
  await page.getByLabel("Code from the app").fill(await codeAt(key));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = await codes.first().innerText();
  await expect(page.getByText(/^On since /)).toBeVisible();
  await signOut(page);

  // The second step: the next code of the app (the one used to set it up is spent).
  await passwordStep(page, me.email, me.password);
  await page.getByLabel("Code", { exact: true }).fill(await codeAt(key, 1));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Otp Tester" })).toBeVisible();
  await signOut(page);

  // Without the phone: a recovery code, once. Before the second step nothing else opens.
  const other = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.71.0.2" } });
  const otherPage = await other.newPage();
  await passwordStep(otherPage, me.email, me.password);
  await otherPage.goto("/directory");
  await expect(otherPage).toHaveURL(/\/two-factor\?redirectTo=%2Fdirectory$/);
  await otherPage.getByLabel("Code", { exact: true }).fill(recoveryCode);
  await otherPage.getByRole("button", { name: "Verify" }).click();
  await expect(otherPage).toHaveURL(/\/directory$/);
  await other.close();
});

test("an administrator resets a person's second factor, and the person is told by mail", async ({ page, person, browser }) => {
  test.slow();
  const me = await person({ organization: "KEN", name: "Lost Phone" });
  const mine = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.71.0.3" } });
  const myPage = await mine.newPage();
  await signIn(myPage, me.email, me.password);
  await myPage.goto("/account/two-factor");
  const key = (await myPage.getByTestId("totp-key").innerText()).replace(/\s+/g, "");
  await myPage.getByLabel("Code from the app").fill(await codeAt(key));
  await myPage.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(myPage.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);

  await signIn(page, "admin@demo.test");
  await page.goto(`/admin/users/${me.id}`);
  await expect(page.getByText(/^Authenticator app since /)).toBeVisible();
  const since = Date.now();
  await page.getByRole("button", { name: "Reset two-factor sign-in" }).click();
  await page.getByRole("button", { name: "Confirm: Reset two-factor sign-in" }).click();
  await expect(page.getByRole("status")).toContainText("The second factor of Lost Phone was reset");
  const mail = await waitForMail(mailDir(), me.email, { since, subject: /two-factor sign-in was reset/ });
  expect(mail.text).toContain("An administrator reset the second factor of your account");

  // Their session ended; the next sign-in needs no code (a focal point need not set one up again).
  await myPage.goto("/account");
  await expect(myPage).toHaveURL(/\/login/);
  await mine.close();
});
