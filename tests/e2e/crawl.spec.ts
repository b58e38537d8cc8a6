// The crawl: signs in as each demo role and, starting from the home page, clicks every same-origin link
// it can reach (one link per route shape and set of query parameters), the way a person navigates —
// client-side, by clicking. It fails on an uncaught page error, a console error, an error page, a
// response of 500 or more, a broken link (4xx), a click that ends on another path than the link's, or one that loads
// the whole document again instead of opening the page in it.
// Every page it lands on is checked by axe-core (no violation of impact "serious" or "critical"), and, for the
// roles that do not crawl in Arabic themselves, opened once more in Arabic afterwards: right to left, and axe
// again. The first page of each route shape is also opened with JavaScript disabled and must render its main
// heading.
// Downloads (CSV, ICS, vCard, files) are fetched with the session instead of clicked.
import { expect, test, type Page, type Response } from "@playwright/test";
import { seriousViolations, chooseLanguage } from "./axe";
import { signIn } from "./helpers";
import { routeShapeOf, type RouteShapes, readRouteShapes } from "./route-shapes";

type Visit = { source: string; href: string; target: string };

/** Every page reached is checked by axe-core (serious or critical violations fail) in the role's `language`
 * (English when not set: the switcher's cookie set after signing in); `arabic`: every page the crawl landed on is
 * checked once more in Arabic after the crawl (opened directly, without clicking its way again, which is what
 * takes the time). The Member State's Arabic is its own crawl (norway@), which clicks through every page in Arabic. */
const ROLES: Array<{ email: string; who: string; ip: string; language?: string; arabic?: boolean }> = [
  { email: "kenya@demo.test", who: "a Member State focal point", ip: "10.60.0.1" },
  { email: "norway@demo.test", who: "a Member State focal point reading Arabic", ip: "10.60.0.6", language: "ar" },
  { email: "unodc@demo.test", who: "an entity focal point who chairs a group", ip: "10.60.0.2", arabic: true },
  { email: "secretariat@demo.test", who: "the secretariat", ip: "10.60.0.3", arabic: true },
  { email: "admin@demo.test", who: "the admin", ip: "10.60.0.4", arabic: true },
  { email: "cted@demo.test", who: "the assessment body", ip: "10.60.0.5", arabic: true },
];

/** Links that would change something or sign out even on GET are never followed. */
const NEVER_FOLLOW = [/^\/logout\b/];
/** Links answered by a file, not a page: fetched with the session and checked, not clicked. */
const DOWNLOAD = /(\.(csv|ics|vcf)$)|\/(download|vcard)(\/|$)|\/feed\//;
const MAX_CLICKS_PER_ROLE = Number(process.env.CRAWL_MAX_CLICKS ?? 200);
/** Variants of one route shape (by the names of its query parameters) that are followed. */
const VARIANTS_PER_SHAPE = 3;

test.describe.configure({ mode: "parallel" });

for (const role of ROLES) {
  test(`crawl as ${role.who} (${role.email})`, async ({ browser }) => {
    test.setTimeout(15 * 60_000);
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": role.ip } });
    const page = await context.newPage();
    const problems: string[] = [];
    const report = (problem: string) => {
      problems.push(problem);
      console.log(`crawl ${role.email}: ${problem}`);
    };
    let currentStep = "signing in";
    page.on("pageerror", (error) => report(`${currentStep}: uncaught error in the page: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") report(`${currentStep}: console error: ${message.text()}`);
    });
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin !== new URL(page.url() || "http://x").origin && !response.url().startsWith(String(test.info().project.use.baseURL)))
        return;
      if (response.status() >= 400) report(`${currentStep}: ${response.status()} from ${url.pathname}${url.search}`);
    });

    await signIn(page, role.email);
    await expect(page).toHaveURL(/\/$/);
    if (role.language) {
      await chooseLanguage(context, String(test.info().project.use.baseURL), role.language);
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("lang", role.language);
    }
    await waitForIdle(page);
    const shapes = readRouteShapes();
    const axeChecked = { own: 0, arabic: 0 };
    const checkAccessibility = async (path: string) => {
      axeChecked.own += 1;
      for (const violation of await seriousViolations(page)) report(`accessibility (${role.language ?? "en"}) of ${path}: ${violation}`);
    };
    await checkAccessibility("/");

    const seen = new Set<string>();
    const variants = new Map<string, number>();
    const reached: string[] = [];
    /** Every page the crawl landed on (one per route shape and set of query parameters), the home page first. */
    const visited: string[] = ["/"];
    const downloads = new Map<string, string>();
    const queue: Visit[] = [];
    const enqueueLinksOf = async (source: string) => {
      for (const { href, target } of await sameOriginLinks(page)) {
        const key = linkKey(shapes, target);
        if (key === null || seen.has(key)) continue;
        seen.add(key);
        const shape = key.split("?")[0];
        if ((variants.get(shape) ?? 0) >= VARIANTS_PER_SHAPE) continue;
        variants.set(shape, (variants.get(shape) ?? 0) + 1);
        if (DOWNLOAD.test(new URL(target, "http://x").pathname)) downloads.set(key, target);
        else queue.push({ source, href, target });
      }
    };
    seen.add(linkKey(shapes, "/")!);
    reached.push("/");
    await enqueueLinksOf("/");

    let clicks = 0;
    let previous: string | null = null;
    const checkedWithoutJs = new Set<string>([routeShapeOf(shapes, "/")]);
    while (queue.length && clicks < MAX_CLICKS_PER_ROLE) {
      const { source, href, target } = queue.shift()!;
      currentStep = `clicking ${target} on ${source}`;
      if (pathAndSearch(page.url()) !== source) {
        // Back to the page the link is on: with the back button when that is where it leads (as a person
        // does, and it proves the back button works), otherwise by opening it.
        if (previous === source) await page.goBack();
        else await page.goto(source);
        await waitForIdle(page);
        if (pathAndSearch(page.url()) !== source) await page.goto(source);
      }
      const link = page
        .locator(`a[href="${cssEscape(href)}"]`)
        .filter({ visible: true })
        .first();
      const shown = () =>
        link.waitFor({ state: "visible", timeout: 10_000 }).then(
          () => true,
          () => false,
        );
      if (!(await shown())) {
        // After the back button the address changes before the page's data is back: open it afresh once.
        await page.goto(source);
        await waitForIdle(page);
        if (!(await shown())) {
          report(`${currentStep}: the link is not visible on its page`);
          continue;
        }
      }
      const expectedPath = new URL(target, "http://x").pathname;
      const navigated = page.waitForURL((url) => url.pathname === expectedPath, { timeout: 15_000 }).catch(() => null);
      const documentStatus = trackStatus(page, expectedPath);
      // A link of this site opens its page in the page: the document clicked in is still the one shown after.
      await page.evaluate(() => Object.assign(window, { crawlClickedHere: true }));
      await link.click();
      clicks += 1;
      await navigated;
      await waitForIdle(page);
      const landed = new URL(page.url());
      if (landed.pathname !== expectedPath) report(`${currentStep}: ended on ${landed.pathname} instead of ${expectedPath}`);
      if (!(await page.evaluate(() => "crawlClickedHere" in window))) report(`${currentStep}: the whole document was loaded again`);
      const status = documentStatus.worst();
      if (status >= 400) report(`${currentStep}: the page's data answered ${status}`);
      const errorOnScreen = await page.getByText(/Something went wrong|Application Error|Unexpected Server Error/).count();
      if (errorOnScreen) report(`${currentStep}: an error page is on screen`);
      previous = source;
      const here = pathAndSearch(page.url());
      const shape = routeShapeOf(shapes, landed.pathname);
      await checkAccessibility(here);
      visited.push(here);
      if (!checkedWithoutJs.has(shape)) {
        checkedWithoutJs.add(shape);
        reached.push(here);
      }
      await enqueueLinksOf(here);
    }

    currentStep = "downloads";
    for (const href of downloads.values()) {
      const response = await page.request.get(href);
      if (response.status() >= 400) report(`download ${href}: ${response.status()}`);
    }

    currentStep = "without JavaScript";
    const withoutJs = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await context.storageState(),
      extraHTTPHeaders: { "X-Forwarded-For": role.ip },
    });
    const plain = await withoutJs.newPage();
    for (const path of reached) {
      const response = await plain.goto(path);
      if (!response || response.status() >= 400) {
        report(`without JavaScript ${path}: ${response?.status() ?? "no answer"}`);
        continue;
      }
      const heading = plain.locator("main h1").first();
      if ((await heading.count()) === 0 || !(await heading.innerText()).trim()) report(`without JavaScript ${path}: no main heading`);
    }
    await withoutJs.close();

    if (role.arabic) {
      currentStep = "in Arabic";
      await chooseLanguage(context, String(test.info().project.use.baseURL), "ar");
      for (const path of visited) {
        currentStep = `in Arabic ${path}`;
        const response = await page.goto(path);
        if (!response || response.status() >= 400) {
          report(`in Arabic ${path}: ${response?.status() ?? "no answer"}`);
          continue;
        }
        await waitForIdle(page);
        if ((await page.locator("html").getAttribute("dir")) !== "rtl") report(`in Arabic ${path}: the page is not right to left`);
        axeChecked.arabic += 1;
        for (const violation of await seriousViolations(page)) report(`accessibility (ar) of ${path}: ${violation}`);
      }
    }
    await context.close();

    const summary =
      `${role.email}: ${clicks} links clicked, ${downloads.size} downloads fetched, ${reached.length} pages checked without JavaScript, ` +
      `${axeChecked.own} pages through axe-core (${role.language ?? "en"})${role.arabic ? ` and ${axeChecked.arabic} again in Arabic` : ""}`;
    test.info().annotations.push({ type: "crawl", description: summary });
    console.log(`crawl ${summary}`);
    expect(problems, problems.join("\n")).toEqual([]);
    expect(clicks).toBeGreaterThan(10);
  });
}

/** One key per route shape and set of query-parameter names; null for links the crawl never follows. */
function linkKey(shapes: RouteShapes, href: string): string | null {
  const url = new URL(href, "http://x");
  if (NEVER_FOLLOW.some((re) => re.test(url.pathname))) return null;
  const shape = routeShapeOf(shapes, url.pathname);
  const params = [...new Set(url.searchParams.keys())].sort().join(",");
  return `${shape}?${params}`;
}

/** Each same-origin link on the page: its href as written and the path and query it leads to. */
async function sameOriginLinks(page: Page): Promise<Array<{ href: string; target: string }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>("a[href]")]
      .filter((a) => a.origin === window.location.origin && !a.hasAttribute("download") && !a.getAttribute("href")!.startsWith("#"))
      .filter((a) => !(a.pathname === window.location.pathname && a.search === window.location.search && a.hash))
      .map((a) => ({ href: a.getAttribute("href")!, target: a.pathname + a.search })),
  );
}

/** The worst status among the document and data requests that a click caused. */
function trackStatus(page: Page, path: string) {
  let worst = 0;
  const listener = (response: Response) => {
    const url = new URL(response.url());
    const kind = response.request().resourceType();
    if ((kind === "document" || kind === "fetch") && url.pathname.startsWith(path.replace(/\/$/, "") || "/"))
      worst = Math.max(worst, response.status());
  };
  page.on("response", listener);
  return {
    worst() {
      page.off("response", listener);
      return worst;
    },
  };
}

/**
 * Until the page is hydrated, the router is idle and React has drawn the page it is at.
 * - After a page load the entry fetches the texts and reference lists before it hydrates, so "load" comes first; a link
 *   clicked before hydration loads a new document (which a person would not notice, but this crawl reports). The
 *   header's language hint is drawn only once hydrated, and by then the listener that opens links in the page is on
 *   (tests/e2e/helpers.ts, waitForPage).
 * - After a click, the router's state (and the address) change before React draws the new page (in a transition), and
 *   the links, errors and accessibility of the page left behind must not be taken for the new one's. The header's
 *   language form carries the address of the page drawn.
 */
async function waitForIdle(page: Page) {
  await page.waitForLoadState("load");
  await page
    .waitForFunction(
      () => {
        type Router = { state: { navigation: { state: string }; revalidation: string; location: { pathname: string; search: string } } };
        // Remix's inline script sets __remixContext: without it the browser runs no scripts, and there is nothing to wait for.
        if (!("__remixContext" in window)) return true;
        const router = (window as unknown as { __remixRouter?: Router }).__remixRouter;
        if (!router) return false;
        if (document.querySelector("form.language-switcher") && !document.getElementById("language-hint")) return false;
        if (router.state.navigation.state !== "idle" || router.state.revalidation !== "idle") return false;
        const drawn = document.querySelector<HTMLInputElement>("form.language-switcher input[name=redirectTo]");
        return !drawn || drawn.value === router.state.location.pathname + router.state.location.search;
      },
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => {
      throw new Error(`${page.url()} was not hydrated, or its router not idle, within 30 s`);
    });
}

function pathAndSearch(url: string) {
  const u = new URL(url);
  return u.pathname + u.search;
}

function cssEscape(value: string) {
  return value.replace(/["\\]/g, "\\$&");
}
