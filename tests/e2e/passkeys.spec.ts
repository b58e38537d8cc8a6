// Passkeys in a real browser, with Chromium's virtual authenticator (DevTools protocol: WebAuthn.enable,
// WebAuthn.addVirtualAuthenticator) standing in for a security key: a person adds one under a name, signs in with it
// at the second step, and removes it. Without JavaScript the second step says that keys need it and a recovery code
// still works.
import type { Page } from "@playwright/test";
import { signIn, signOut } from "./helpers";
import { expect, test } from "./people";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.72.0.1" } });

async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "usb",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const credentials = async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
  return { credentials };
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Confirm it is you" })).toBeVisible();
}

test("a focal point adds a security key, signs in with it at the second step, and removes it", async ({ page, person, browser }) => {
  test.slow();
  const me = await person({ organization: "KEN", name: "Key Tester" });
  const authenticator = await virtualAuthenticator(page);
  await signIn(page, me.email, me.password);
  await page.goto("/account/two-factor");
  const keys = page.getByRole("region", { name: "Passkeys and security keys" });
  await expect(keys).toContainText("No passkey or security key added yet.");
  const adding = keys.getByRole("form", { name: "Add a passkey or security key" });

  // The password is asked again: a wrong one adds nothing.
  await adding.getByLabel("Name of the key").fill("Blue key");
  await adding.getByLabel("Your password").fill("not the password at all");
  await adding.getByRole("button", { name: "Add a passkey or security key" }).click();
  await expect(adding.getByText("Your password:")).toBeVisible();
  expect(await authenticator.credentials()).toHaveLength(0);

  await adding.getByLabel("Your password").fill(me.password);
  await adding.getByRole("button", { name: "Add a passkey or security key" }).click();
  await expect(keys.getByText("The key “Blue key” was added.")).toBeVisible();
  await expect(keys.getByRole("listitem")).toContainText(["Blue key"]);
  expect(await authenticator.credentials()).toHaveLength(1);
  await expect(page.getByText("On: you sign in with your password and a passkey or security key.")).toBeVisible();
  await expect(adding.getByLabel("Your password")).toHaveValue(""); // not kept once the key is added
  // The first second factor of this person: ten recovery codes, shown once.
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = await codes.first().innerText();
  await signOut(page);

  // The second step: the key answers.
  await passwordStep(page, me.email, me.password);
  await page.getByRole("button", { name: "Use a passkey or security key" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Key Tester" })).toBeVisible();

  // Without JavaScript the step says keys need it, and a recovery code works.
  const plain = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": "10.72.0.2" } });
  const plainPage = await plain.newPage();
  await passwordStep(plainPage, me.email, me.password);
  await expect(plainPage.getByText("Passkeys and security keys need JavaScript in your browser.")).toBeVisible();
  await expect(plainPage.getByRole("button", { name: "Use a passkey or security key" })).toHaveCount(0);
  await plainPage.getByLabel("Code", { exact: true }).fill(recoveryCode);
  await plainPage.getByRole("button", { name: "Verify" }).click();
  await expect(plainPage.getByRole("heading", { name: "Welcome, Key Tester" })).toBeVisible();
  await plain.close();

  // Removing it: a plain form, with the password again.
  await page.goto("/account/two-factor");
  const removal = keys.getByRole("form", { name: "Remove a key" });
  await removal.getByLabel("Key to remove").selectOption({ label: "Blue key" });
  await removal.getByLabel("Your password").fill(me.password);
  await removal.getByRole("button", { name: "Remove the key" }).click();
  await expect(page.getByText("The key was removed.")).toBeVisible();
  await expect(keys).toContainText("No passkey or security key added yet.");
});
