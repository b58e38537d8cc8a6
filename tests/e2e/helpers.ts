// Shared steps of the browser tests. Each spec sends its own client address (X-Forwarded-For; the test
// server trusts the proxy header) so that sign-in limits counted per address do not cross between specs.
import { expect, type Page } from "@playwright/test";
import { firstLink, waitForMail } from "../support/smtp-receiver";

export const DEMO_PASSWORD = "coordination-demo";

export function mailDir() {
  const dir = process.env.MAIL_DIR;
  if (!dir) throw new Error("MAIL_DIR is not set: run the browser tests with `npm test`.");
  return dir;
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** Submits the sign-in form and waits until the answer is on screen: another page, or the form with its message. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/login"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
  await Promise.race([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.getByRole("alert").waitFor()]);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/**
 * ADMIN or the secretariat invites someone through the administration pages (optionally into working groups,
 * named by their number); returns the link from the mail received over SMTP.
 */
export async function inviteThroughAdmin(page: Page, input: { email: string; name: string; organization: string; groups?: number[] }) {
  await page.goto("/admin/users/new");
  await page.getByLabel("Email").fill(input.email);
  await page.getByLabel("Name").fill(input.name);
  await page.getByLabel("Organization").selectOption({ label: input.organization });
  for (const number of input.groups ?? [])
    await page
      .getByRole("group", { name: "Working groups to join" })
      .getByLabel(new RegExp(`^${number}\\. `))
      .check();
  const since = Date.now();
  await page.getByRole("button", { name: "Invite a focal point" }).click();
  await expect(page.getByRole("status")).toContainText(`Invitation sent to ${input.email}`);
  const mail = await waitForMail(mailDir(), input.email, { since });
  return firstLink(mail);
}

export async function acceptInvitation(page: Page, link: string, password: string, name?: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Join the Coordination Platform" })).toBeVisible();
  if (name) await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm the new password").fill(password);
  await page.getByRole("button", { name: "Create my account" }).click();
}
