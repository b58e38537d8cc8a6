// Keyboard only, in English and in Arabic: signing in (with the error summary taking the focus after a wrong
// submission) and searching the directory, every control reached with Tab and visibly focused.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.92.0.1" } });

/** Whether the element has the focus and shows a focus ring (an outline of at least 2px). */
async function showsFocus(locator: Locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return el === document.activeElement && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  });
}

/** Presses Tab until `target` has the focus, checking that every control on the way shows it. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await showsFocus(focused), `focus ring on ${await focused.evaluate((el) => el.outerHTML.slice(0, 120))}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("never reached by Tab");
}

for (const { language, locale } of [
  { language: "en", locale: "en-GB" },
  { language: "ar", locale: "ar" },
]) {
  test.describe(`with the keyboard only (${language})`, () => {
    test.use({ locale });

    test("a focal point signs in and searches the directory", async ({ page }) => {
      await page.goto("/login");
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      const email = page.locator("#field-email");
      await expect(email).toBeFocused();

      // A submission with nothing in it: the error summary takes the focus and the fields say what is wrong.
      await page.keyboard.press("Enter");
      const summary = page.getByRole("alert");
      await expect(summary).toBeFocused();
      await expect(email).toHaveAttribute("aria-invalid", "true");
      await expect(email).toHaveAttribute("aria-describedby", /field-email-error/);

      await tabTo(page, email);
      await page.keyboard.type("kenya@demo.test");
      await tabTo(page, page.locator("#field-password"));
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/$/);

      await page.locator(".skip-link").focus();
      await tabTo(page, page.locator(".main-nav__list a[href='/directory']"));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/directory$/);
      await page.locator(".skip-link").focus();
      await tabTo(page, page.locator("#field-q"));
      await page.keyboard.type("Norway");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/q=Norway/);
      await expect(page.locator("main")).toContainText("norway@demo.test");
    });
  });
}
