// Shared steps of the browser tests. Each spec sends its own client address (X-Forwarded-For; the test
// server trusts the proxy header) so that sign-in limits counted per address do not cross between specs.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
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
    // Bounced: another worker set up the account's second factor just then, which ends its other sessions.
    if ((await signInWithPassword(page, email, password, options.at ?? "/login")) === "bounced") continue;
    if (new URL(page.url()).pathname.startsWith("/login")) return; // refused: the form with its message
    if (new URL(page.url()).pathname.startsWith("/two-factor") && (await giveSecondFactor(page, email)) === "restart") continue;
    return waitForPage(page);
  }
  throw new Error(`Could not complete the second sign-in step of ${email}`);
}

/**
 * Waits until the page on screen is the one in the address bar, and (with JavaScript) React has hydrated it. After a
 * client-side navigation the address changes before React draws the new page (in a transition), so the old page is
 * still there for a moment; after a page load it works as plain HTML until hydrated (a link then loads a new
 * document, the language select does nothing). The header's language form carries the address of the page drawn,
 * and its hint is there only once hydrated.
 */
export async function waitForPage(page: Page) {
  const { pathname, search } = new URL(page.url());
  const switcher = page.locator("form.language-switcher");
  await expect(switcher.locator("input[name=redirectTo]")).toHaveValue(pathname + search);
  // Remix's inline script sets __remixContext: it ran unless the browser runs no scripts.
  if (await page.evaluate(() => "__remixContext" in window)) await expect(switcher.locator("#language-hint")).toBeAttached();
}

async function signInWithPassword(page: Page, email: string, password: string, at: string): Promise<"answered" | "bounced"> {
  await page.goto(at);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/login"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
  const bounced = page.waitForResponse(
    (r) => new URL(r.url()).pathname.startsWith("/two-factor") && (r.headers()["location"] ?? "").startsWith("/login"),
  );
  return Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith("/login")).then(() => "answered" as const),
    page
      .getByRole("alert")
      .waitFor()
      .then(() => "answered" as const),
    bounced.then(() => "bounced" as const),
  ]);
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
const fileOf = (email: string, kind: "key" | "enrolling" | "step" | "lock" | "codes") => path.join(keyDir(), `${email}.${kind}`);

/** Creates `file` only if nobody has (an atomic claim across workers). */
function claim(file: string) {
  try {
    closeSync(openSync(file, "wx"));
    return true;
  } catch {
    return false;
  }
}

async function withLock<T>(email: string, work: () => T): Promise<T> {
  const lock = fileOf(email, "lock");
  for (;;) {
    if (claim(lock)) break;
    if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10_000) unlinkSync(lock);
    await sleep(50);
  }
  try {
    return work();
  } finally {
    unlinkSync(lock);
  }
}

/**
 * What to type at the second step: a code of the next 30-second step no worker has used for this account when the
 * server takes it now (it takes codes up to one step ahead); otherwise one of the account's unused recovery codes (as
 * a person with a busy phone would); when none is left, a code of the next free step once it comes.
 */
async function codeFor(email: string, key: string) {
  const choice = await withLock(email, () => {
    const stepFile = fileOf(email, "step");
    const now = Math.floor(Date.now() / 1000 / STEP_SECONDS);
    const last = existsSync(stepFile) ? Number(readFileSync(stepFile, "utf8")) : 0;
    const step = Math.max(now, last + 1);
    const codesFile = fileOf(email, "codes");
    const codes = existsSync(codesFile) ? (JSON.parse(readFileSync(codesFile, "utf8")) as string[]) : [];
    if (step > now + 1 && codes.length > 0) {
      writeFileSync(codesFile, JSON.stringify(codes.slice(1)));
      return { recoveryCode: codes[0], step: 0 };
    }
    writeFileSync(stepFile, String(step));
    return { recoveryCode: null, step };
  });
  if (choice.recoveryCode) return choice.recoveryCode;
  const usableFrom = (choice.step - 1) * STEP_SECONDS * 1000;
  if (Date.now() < usableFrom) await sleep(usableFrom - Date.now() + 200);
  return generate({ secret: key, epoch: choice.step * STEP_SECONDS });
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
    const codes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allInnerTexts();
    writeFileSync(fileOf(email, "codes"), JSON.stringify(codes.map((c) => c.trim())));
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

/**
 * What a page does that a person would not see: the reference lists it fetches (`fetched`, their paths) and the errors
 * in its console or thrown by its scripts (`problems`: a failed fetch, a hydration error).
 */
export function watchReferenceListsAndErrors(page: Page) {
  const fetched: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/reference-lists/")) fetched.push(pathname);
  });
  page.on("console", (message) => void (message.type() === "error" && problems.push(message.text())));
  page.on("pageerror", (error) => problems.push(error.message));
  return { fetched, problems };
}

/**
 * Chooses in an organization menu the entity, observer or group whose option names it by `acronym` (its label is
 * the acronym then its kind in brackets, "IOM (Observer)"); a Member State's option is its name alone.
 */
export async function selectOrganization(menu: Locator, acronym: string) {
  const option = menu.locator("option", { hasText: new RegExp(`^${acronym} \\(`) });
  await expect(option).toHaveCount(1);
  await menu.selectOption((await option.getAttribute("value"))!);
}

/**
 * Opens `area` from the main menu in the same document, whose page names the reference lists already fetched: no
 * more is fetched, and nothing went wrong in the console (no failed fetch, no hydration error).
 */
export async function openWithTheSameLists(
  page: Page,
  watched: ReturnType<typeof watchReferenceListsAndErrors>,
  area: string,
  heading: string,
) {
  expect(watched.fetched).toHaveLength(1);
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: area }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
  expect(watched.fetched).toHaveLength(1);
  expect(watched.problems, "no failed fetch, no hydration error").toEqual([]);
}

/** Runs `steps` signed in as `email` in a browser without JavaScript, from its own client `address`. */
export async function withoutJavaScript(browser: Browser, email: string, address: string, steps: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": address } });
  try {
    const page = await context.newPage();
    await signIn(page, email);
    await steps(page);
  } finally {
    await context.close();
  }
}
