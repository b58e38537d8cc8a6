import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./helpers";

test.describe("per account", () => {
  test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.20.0.1" } });
  test("five wrong passwords for one account lock it for a while, with a clear message", async ({ page }) => {
    const email = uniqueEmail("locked");
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, `wrong password ${i}`);
      await expect(page.getByRole("alert")).toHaveText("The email or password is incorrect.");
    }
    await signIn(page, email, "wrong password 6");
    await expect(page.getByRole("alert")).toHaveText(/Too many sign-in attempts\. Try again in \d+ minutes?\./);
  });
});

test.describe("per address", () => {
  test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.20.0.2" } });
  test("many failures from one address block it, even for a correct password", async ({ page }) => {
    // The test server allows 8 failures per address (SIGNIN_MAX_FAILURES_PER_IP).
    for (let i = 0; i < 8; i++) await signIn(page, uniqueEmail(`spray${i}`), "guess");
    await signIn(page, "unwomen@demo.test");
    await expect(page.getByRole("alert")).toHaveText(/Too many sign-in attempts/);
  });
});
