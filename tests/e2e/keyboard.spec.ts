// Keyboard only, in English and in Arabic, the main flows: signing in and searching the directory, answering an
// event, posting in a group, responding to a recommendation. Every control on the way is reached with Tab and
// visibly focused; the action is done with Enter or Space only; a form sent with a mistake puts the focus on its
// error summary and its fields say what is wrong (aria-invalid, aria-describedby naming the message).
import { type Locator, type Page } from "@playwright/test";
import { chooseLanguage } from "./axe";
import { DEMO_PASSWORD, signIn } from "./helpers";
import { expect, test, type Person } from "./people";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.92.0.1" } });

/** Whether the element has the focus and shows a focus ring (an outline of at least 2px, or a box shadow). */
async function showsFocus(locator: Locator) {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    return el === document.activeElement && (outline || style.boxShadow !== "none");
  });
}

/**
 * Presses Tab until `target` has the focus, checking that every control on the way shows it. The target is waited
 * for first: after a client-side navigation the address changes before the new page is drawn, and Tabs pressed in
 * between would walk the old page off its end. Focus that leaves the page fails at once, with what was last focused.
 */
async function tabTo(page: Page, target: Locator, limit = 60) {
  await expect(target).toBeVisible();
  let last = "(nothing yet)";
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    if ((await focused.count()) === 0) throw new Error(`Tab left the page after ${last}`);
    last = await focused.evaluate((el) => el.outerHTML.slice(0, 120));
    expect(await showsFocus(focused), `focus ring on ${last}`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`never reached by Tab; the last focused was ${last}`);
}

/** From the top of the page: the skip link, then Enter, as a keyboard user starts on a page. */
async function skipToContent(page: Page) {
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  expect(await showsFocus(skip), "focus ring on the skip link").toBe(true);
  await page.keyboard.press("Enter");
}

/** The form came back with errors: its summary has the focus and `field` is marked and described by its message. */
async function expectErrorAnnounced(page: Page, field: Locator) {
  await expect(page.locator(".notice--error[role=alert]")).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
  expect(errorId, `aria-describedby="${describedBy}" names the error`).toBeTruthy();
  await expect(page.locator(`#${errorId}`)).not.toBeEmpty();
}

/** Signs `me` in (the sign-in page in English), then reads the platform in `language` (the switcher's cookie). */
async function signInReading(page: Page, me: Person, language: string, baseURL: string) {
  await chooseLanguage(page.context(), baseURL, "en");
  await signIn(page, me.email, me.password);
  await chooseLanguage(page.context(), baseURL, language);
}

/** An event the reader may answer (not cancelled), as its agenda link's href. */
async function answerableEvent(page: Page): Promise<string> {
  await page.goto("/calendar?view=agenda");
  const hrefs = await page
    .locator("main a[href^='/calendar/events/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!).filter((href) => /^\/calendar\/events\/[^/?]+$/.test(href)));
  for (const href of hrefs) {
    await page.goto(href);
    if (await page.locator("button[name=response]").count()) return href;
  }
  throw new Error("no event to answer in the agenda");
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

    test("a focal point answers an event", async ({ page, person, baseURL }) => {
      await signInReading(page, await person({ organization: "NOR" }), language, baseURL!);
      const event = await answerableEvent(page);
      await page.goto("/calendar?view=agenda");
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await skipToContent(page);
      await tabTo(page, page.locator(`main a[href="${event}"]`).first(), 200);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${event}$`));

      const going = page.locator("button[name=response][value=GOING]");
      await expect(going).toHaveAttribute("aria-pressed", "false");
      await tabTo(page, going);
      await page.keyboard.press("Enter");
      await expect(going).toHaveAttribute("aria-pressed", "true");
      await expect(page.getByRole("status").first()).not.toBeEmpty();

      const maybe = page.locator("button[name=response][value=MAYBE]");
      await page.locator(".skip-link").focus();
      await tabTo(page, maybe);
      await page.keyboard.press("Space");
      await expect(maybe).toHaveAttribute("aria-pressed", "true");
      await expect(going).toHaveAttribute("aria-pressed", "false");
    });

    test("a member posts in the group's space", async ({ page, person, baseURL }) => {
      await signInReading(page, await person({ organization: "NOR", groups: [[6, "MEMBER"]] }), language, baseURL!);
      await page.goto("/groups/national-regional-strategies");
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await skipToContent(page);
      await tabTo(page, page.locator("main a[href='/groups/national-regional-strategies/posts/new']").first());
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/posts\/new$/);

      // Sent empty: the summary takes the focus, the title and the text say what they need.
      const publish = page.locator("section[aria-labelledby=new-post] form button[type=submit][value=publish]");
      await tabTo(page, publish, 120);
      await page.keyboard.press("Enter");
      const title = page.locator("#field-title");
      await expectErrorAnnounced(page, title);
      await expectErrorAnnounced(page, page.locator("#field-body"));

      const heading = `Keyboard-only post ${Date.now().toString(36)}`;
      await tabTo(page, title);
      await page.keyboard.type(heading);
      await tabTo(page, page.locator("#field-body"));
      await page.keyboard.type("Written and sent **without a mouse**.");
      await tabTo(page, publish, 120);
      await page.keyboard.press("Space");
      await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
      await expect(page.getByRole("status").first()).not.toBeEmpty();
    });

    test("an entity's focal point responds to a shared recommendation", async ({ page, person, baseURL }) => {
      // One entity per language: a response is the organization's, and the two languages run side by side.
      await signInReading(page, await person({ organization: language === "en" ? "WCO" : "ICAO" }), language, baseURL!);
      await page.goto("/recommendations?state=KEN");
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await skipToContent(page);
      await tabTo(page, page.locator("main table a[href^='/recommendations/']").first(), 120);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/recommendations\/[0-9a-f-]{36}$/);

      // A project code the organization does not have: the summary takes the focus, the field says so.
      const projectCode = page.locator("#field-projectCode");
      const submit = page.locator("section[aria-labelledby=respond] button[type=submit]");
      await tabTo(page, projectCode, 120);
      await page.keyboard.type("NO-SUCH-PROJECT");
      await tabTo(page, submit);
      await page.keyboard.press("Enter");
      await expectErrorAnnounced(page, projectCode);

      const stage = page.locator("#field-stage");
      await tabTo(page, stage, 120);
      const before = await stage.inputValue();
      // Down to the next stage, or up from the last one (a response recorded earlier may already be there).
      const last = await stage.locator("option").last().getAttribute("value");
      await page.keyboard.press(before === last ? "ArrowUp" : "ArrowDown");
      await expect(stage).not.toHaveValue(before);
      await tabTo(page, page.locator("#field-note"));
      await page.keyboard.type("Offered with the keyboard only.");
      await tabTo(page, projectCode);
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.press("Backspace");
      await tabTo(page, submit);
      await page.keyboard.press("Space");
      await expect(page.locator(".notice--error[role=alert]")).toHaveCount(0);
      await expect(page.getByRole("status").first()).not.toBeEmpty();
      await expect(page.locator("section[aria-labelledby=respond] input[name=version]")).not.toHaveValue("");
    });
  });
}
