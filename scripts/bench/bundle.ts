// JavaScript a browser loads for a page of the production build (public/build): the entry, the route
// modules of the page's matches (root, the signed-in layout, the page) and every chunk they import
// statically; then the interface texts it fetches (/locales/:language, one language). Sizes raw and gzipped.
// Usage: npm run build && npx tsx scripts/bench/bundle.ts
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { supportedLanguages } from "../../app/i18n/config";
import { translations } from "../../app/i18n/resources.server";

const root = path.resolve(import.meta.dirname, "../../public");
const manifestFile = readdirSync(path.join(root, "build")).find((f) => /^manifest-.*\.js$/.test(f));
if (!manifestFile) throw new Error("No public/build/manifest-*.js: run npm run build first.");
const manifestText = readFileSync(path.join(root, "build", manifestFile), "utf8");
const manifest = JSON.parse(manifestText.replace(/^window\.__remixManifest=/, "").replace(/;\s*$/, "")) as {
  entry: { module: string };
  routes: Record<string, { module: string; parentId?: string }>;
};

const read = (url: string) => readFileSync(path.join(root, url), "utf8");
const resolve = (from: string, spec: string) => (spec.startsWith("/") ? spec : path.posix.join(path.posix.dirname(from), spec));

/** The modules a module imports statically (esbuild writes them as absolute or relative paths). */
function importsOf(url: string) {
  const text = read(url);
  return [...text.matchAll(/(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']((?:\.{1,2})?\/[^"']+\.js)["']/g)].map((m) =>
    resolve(url, m[1]),
  );
}

function closure(starts: string[]) {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    importsOf(url).forEach(visit);
  };
  starts.forEach(visit);
  return seen;
}

const sizeOf = (text: string) => ({ raw: Buffer.byteLength(text), gz: gzipSync(text).length });
const size = (urls: Iterable<string>) => {
  let raw = 0;
  let gz = 0;
  for (const url of urls) {
    const { raw: r, gz: g } = sizeOf(read(url));
    raw += r;
    gz += g;
  }
  return { raw, gz };
};
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;

const PAGES: Record<string, string> = {
  "home /": "routes/_app._index",
  directory: "routes/_app.directory._index",
  calendar: "routes/_app.calendar._index",
  group: "routes/_app.groups.$slug._index",
  recommendation: "routes/_app.recommendations.$id",
  "project matrix": "routes/_app.projects.matrix",
  "sign in": "routes/_auth.login",
};

console.log("| page | JS KB | gzip KB |");
console.log("|---|---|---|");
for (const [name, id] of Object.entries(PAGES)) {
  const chain: string[] = [];
  for (let r: string | undefined = id; r; r = manifest.routes[r]?.parentId) chain.push(manifest.routes[r].module);
  const total = size(closure([manifest.entry.module, ...chain]));
  console.log(`| ${name} | ${kb(total.raw)} | ${kb(total.gz)} |`);
}

console.log("\n| interface texts (/locales/:language, fetched once and cached) | KB | gzip KB |");
console.log("|---|---|---|");
for (const language of supportedLanguages) {
  const texts = sizeOf(JSON.stringify(translations[language]));
  console.log(`| ${language} | ${kb(texts.raw)} | ${kb(texts.gz)} |`);
}
