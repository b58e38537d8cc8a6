import { DEMO_PASSWORD, signIn, signOut, uniqueEmail, waitForPage } from "./helpers";
import { expect, test } from "./people";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.10.0.1" } });

test("an anonymous visitor is sent to sign in, and comes back to the page afterwards", async ({ page }) => {
  await page.goto("/admin/audit?page=1");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin%2Faudit%3Fpage%3D1$/);
  // The secretariat signs in with a second factor: the address to come back to survives that step too.
  await signIn(page, "secretariat@demo.test", DEMO_PASSWORD, { at: page.url() });
  await expect(page).toHaveURL(/\/admin\/audit\?page=1$/);
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
});

test("a focal point signs in, sees their groups, and signs out", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  await expect(page.getByRole("heading", { name: "Welcome, Wanjiru Kamau" })).toBeVisible();
  await expect(page.getByText("Signed in as Wanjiru Kamau, Kenya")).toBeVisible();
  await expect(page.getByRole("list", { name: "Your working groups" })).toContainText("Preventing and Countering Violent Extremism");
  // Pages and their data are kept by no cache once signed in.
  const data = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith(".data"));
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Directory" }).click();
  expect((await data).headers()["cache-control"]).toBe("private, no-store");
  expect((await page.request.get("/calendar")).headers()["cache-control"]).toBe("private, no-store");
  await signOut(page);
  await expect(page.getByRole("status")).toContainText("You have signed out.");
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password gets a clear message that does not say whether the account exists", async ({ page }) => {
  await signIn(page, "norway@demo.test", "not the right password");
  await expect(page.getByRole("alert")).toHaveText("The email or password is incorrect.");
  await signIn(page, uniqueEmail("nobody"), "not the right password");
  await expect(page.getByRole("alert")).toHaveText("The email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(/nobody-/);
});

test("a focal point gets 403 on the administration pages and sees no link to them", async ({ page }) => {
  await signIn(page, "indonesia@demo.test");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Administration" })).toHaveCount(0);
  for (const path of ["/admin", "/admin/users", "/admin/organizations", "/admin/invitations", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  }
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a form posted from another site is refused", async ({ page }) => {
  await signIn(page, "kenya@demo.test");
  const response = await page.request.post("/logout", { headers: { Origin: "https://evil.example" }, form: {} });
  expect(response.status()).toBe(403);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Welcome, Wanjiru Kamau" })).toBeVisible();
});

test("choosing a language switches the interface at once and remembers it", async ({ page, person }) => {
  // A person of the test's own: the choice is kept on the account, and other tests sign in as the demo accounts.
  const me = await person({ organization: "NOR", name: "Sigrid Haugen" });
  await signIn(page, me.email, me.password);
  // With JavaScript the select itself switches: no button to press, and the select says so.
  await expect(page.getByRole("button", { name: "Change language" })).toBeHidden();
  await expect(page.getByLabel("Language")).toHaveAccessibleDescription("The page switches to the chosen language at once.");
  await page.getByLabel("Language").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  await expect(page.getByRole("heading", { name: "欢迎，Sigrid Haugen" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "我的账户" })).toBeVisible();
  // A new page: the select switches at once only once the page's scripts run.
  await waitForPage(page);
  await page.getByLabel("语言").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  await expect(page).toHaveURL(/\/account$/);
});

test("without JavaScript the language switcher keeps its button", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": "10.10.0.9" } });
  const page = await context.newPage();
  await page.goto("/login");
  const button = page.getByRole("button", { name: "Change language" });
  await expect(button).toBeVisible();
  await page.getByLabel("Language").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await button.click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  await expect(page.getByRole("button", { name: "切换语言" })).toBeVisible();
  await context.close();
});

test("pages run under the Content-Security-Policy without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, "kenya@demo.test");
  await expect(page.getByRole("heading", { name: "Welcome, Wanjiru Kamau" })).toBeVisible();
  for (const path of ["/groups", "/calendar", "/directory", "/resources", "/account"]) {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
  }
  // A client-side navigation fetches data through Remix's single-fetch scripts too.
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Wanjiru Kamau" })).toBeVisible();
  expect(violations).toEqual([]);
});
