// Shared steps of the browser tests. Each spec sends its own client address (X-Forwarded-For; the test
// server trusts the proxy header) so that sign-in limits counted per address do not cross between specs.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";
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

/**
 * Submits the sign-in form and waits until the answer is on screen: another page, or the form with its message.
 * Accounts that sign in with a second factor (admin@, secretariat@, cted@demo.test) are not set up in the demo: the
 * first sign-in of a run sets up an authenticator app with the key the page shows, later ones give its code.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, options: { at?: string } = {}) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await signInWithPassword(page, email, password, options.at ?? "/login");
    if (!new URL(page.url()).pathname.startsWith("/two-factor")) return;
    if ((await giveSecondFactor(page, email)) === "done") return;
  }
  throw new Error(`Could not complete the second sign-in step of ${email}`);
}

async function signInWithPassword(page: Page, email: string, password: string, at: string) {
  await page.goto(at);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/login"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
  await Promise.race([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.getByRole("alert").waitFor()]);
}

// The authenticator app of the browser tests: one key per account and test run, in files every worker shares. A code
// is accepted once per 30-second step, so workers signing in as the same account take turns on the steps.
const STEP_SECONDS = 30;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function keyDir() {
  const dir = path.join(tmpdir(), `e2e-totp-${path.basename(mailDir())}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
const fileOf = (email: string, kind: "key" | "enrolling" | "step" | "lock") => path.join(keyDir(), `${email}.${kind}`);

/** Creates `file` only if nobody has (an atomic claim across workers). */
function claim(file: string) {
  try {
    closeSync(openSync(file, "wx"));
    return true;
  } catch {
    return false;
  }
}

/** The next 30-second step no worker has used for this account (waiting for it to come when need be). */
async function takeStep(email: string): Promise<number> {
  const lock = fileOf(email, "lock");
  for (;;) {
    if (claim(lock)) break;
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10_000) unlinkSync(lock);
    await sleep(50);
  }
  try {
    const stepFile = fileOf(email, "step");
    const last = existsSync(stepFile) ? Number(readFileSync(stepFile, "utf8")) : 0;
    const step = Math.max(Math.floor(Date.now() / 1000 / STEP_SECONDS), last + 1);
    writeFileSync(stepFile, String(step));
    return step;
  } finally {
    unlinkSync(lock);
  }
}

/** A code of the step, once the server accepts it (the server takes codes up to one step ahead). */
async function codeFor(email: string, key: string) {
  const step = await takeStep(email);
  const usableFrom = (step - 1) * STEP_SECONDS * 1000;
  if (Date.now() < usableFrom) await sleep(usableFrom - Date.now() + 200);
  return generate({ secret: key, epoch: step * STEP_SECONDS });
}

async function waitForKey(email: string) {
  for (let i = 0; i < 600 && !existsSync(fileOf(email, "key")); i++) await sleep(100);
  return readFileSync(fileOf(email, "key"), "utf8");
}

/** "restart": another worker set up the account meanwhile (which ends other sessions): sign in again. */
async function giveSecondFactor(page: Page, email: string): Promise<"done" | "restart"> {
  const enrolling = page.getByRole("heading", { name: "Set up two-factor sign-in" });
  await expect(enrolling.or(page.getByRole("heading", { name: "Confirm it is you" }))).toBeVisible();
  if (await enrolling.isVisible()) {
    if (existsSync(fileOf(email, "key")) || !claim(fileOf(email, "enrolling"))) {
      await waitForKey(email);
      return "restart";
    }
    const key = (await page.getByTestId("totp-key").innerText()).replace(/\s+/g, "");
    await page.getByLabel("Code from the app").fill(await codeFor(email, key));
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect(page.getByRole("heading", { name: "Your recovery codes" }).first()).toBeVisible();
    writeFileSync(fileOf(email, "key"), key);
    await page.getByRole("link", { name: "Continue" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/two-factor"));
    return "done";
  }
  const key = await waitForKey(email);
  await page.getByLabel("Code", { exact: true }).fill(await codeFor(email, key));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/two-factor"));
  return "done";
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
