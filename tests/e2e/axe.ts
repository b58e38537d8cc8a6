// axe-core in the page: its own script evaluated through the browser's debugging protocol, which the page's
// Content-Security-Policy does not block (a script tag would be; the policy stays as in production). The
// newest @axe-core/playwright needs Node 22, axe-core itself runs in the browser.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "@playwright/test";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** WCAG 2.0, 2.1 and 2.2, levels A and AA (contrast included). */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };

/** The page's violations of impact "serious" or "critical", one line each (rule, help, up to five elements). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations as Violation[];
  }, TAGS);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes
          .map((n) => JSON.stringify(n.target))
          .slice(0, 5)
          .join(", ")}`,
    );
}

/** Sets the language cookie the switcher sets (Remix's cookie: base64 of the JSON value). */
export async function chooseLanguage(context: BrowserContext, baseURL: string, language: string) {
  const value = encodeURIComponent(Buffer.from(JSON.stringify(language)).toString("base64"));
  await context.addCookies([{ name: "lng", value, url: baseURL }]);
}
