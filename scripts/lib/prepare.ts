// "Build when needed": generate the Prisma client and compile the Remix app only when their inputs changed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { precompress } from "./precompressed-assets.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const GENERATED = path.join(ROOT, "app/generated/prisma");
const BUILD = path.join(ROOT, "build");

function hashFiles(paths: string[]): string {
  const hash = createHash("sha256");
  for (const file of paths.sort()) {
    hash.update(path.relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

function listFiles(dir: string, skip: (p: string) => boolean = () => false): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (skip(full)) return [];
    return entry.isDirectory() ? listFiles(full, skip) : [full];
  });
}

function upToDate(stampFile: string, hash: string) {
  return existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

/** Prisma's CLI insists on its native schema engine, which cannot be downloaded here; `generate` does not use it. */
function prismaEnv(): NodeJS.ProcessEnv {
  const enginesDir = path.join(ROOT, "node_modules/@prisma/engines");
  const hasEngine = existsSync(enginesDir) && readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
  if (hasEngine || process.env.PRISMA_SCHEMA_ENGINE_BINARY) return process.env;
  return { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
}

export function ensurePrismaClient(log: (line: string) => void = console.log) {
  const prismaPkg = path.join(ROOT, "node_modules/prisma/package.json");
  const hash = hashFiles([...listFiles(path.join(ROOT, "prisma/schema")), prismaPkg]);
  const stamp = path.join(GENERATED, ".schema-hash");
  if (upToDate(stamp, hash)) return false;
  log("Generating the Prisma client…");
  run(path.join(ROOT, "node_modules/.bin/prisma"), ["generate"], prismaEnv());
  writeFileSync(stamp, hash);
  return true;
}

/**
 * The launchers, compiled to plain JavaScript (build/launcher/): `npm start`'s process and the load benchmark's
 * server run them with plain `node`. Run through tsx instead, every module the app loads passes through tsx's
 * loader thread, which kept about 250 MB of the process's resident memory. They sit two folders below the
 * root, as their sources do in scripts/, so the paths they compute from their own place stay right; the file
 * reader's worker script is copied beside them (it is loaded by its path, not bundled).
 */
const LAUNCHER = path.join(BUILD, "launcher");
const LAUNCHERS = { start: "scripts/start.ts", "bench-server": "scripts/bench/load/server.ts" } as const;

/**
 * The limit of V8's old generation the app runs with (`npm start` passes the same). V8 sizes its heap's growth by
 * this limit. With V8's default for this machine's memory (about 4 GB), or 2,048 MB, the process reached 575–621 MB
 * under load. With 384 MB (the value until 3 Dec) the heap stayed small but was collected in full more often (45
 * mark-compacts in 8 s of the recommendation dashboard under load, 30 with 1,024 MB): with 1,024 MB the chart pages
 * served 1.35–1.52 times more requests in an interleaved A/B of two servers (README, "Load benchmark"), the other
 * pages 1.05–1.10 times more, and the process stayed under 370 MB. Here a NODE_OPTIONS that sets its own limit wins
 * (to try another); `npm start` passes this one (a supervisor that runs node directly should too).
 */
export const HEAP_LIMIT_MB = 1024;

/** The command that runs a compiled launcher (ensureBuild first). */
export function launcherCommand(name: keyof typeof LAUNCHERS, nodeOptions: string[] = []): [string, string[]] {
  const heapLimit = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "") ? [] : [`--max-old-space-size=${HEAP_LIMIT_MB}`];
  return [process.execPath, [...heapLimit, ...nodeOptions, path.join(LAUNCHER, `${name}.mjs`)]];
}

/**
 * The environment a launcher runs in, as `npm start` sets it: glibc's malloc limited to 2 arenas. With one arena per
 * thread (the default), the memory that compression and the database driver's threads freed stayed resident: the
 * app held 713 MB after a load run; with 2 arenas, 423 MB, at the same throughput.
 */
export function launcherEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2" };
}

function buildLaunchers() {
  buildSync({
    entryPoints: Object.fromEntries(Object.entries(LAUNCHERS).map(([name, file]) => [name, path.join(ROOT, file)])),
    outdir: LAUNCHER,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    sourcemap: "linked",
    logLevel: "warning",
  });
  copyFileSync(path.join(ROOT, "app/domain/resources/file-text-worker.mjs"), path.join(LAUNCHER, "file-text-worker.mjs"));
}

/** The production build in build/ and public/build/, compiled again when its sources changed (or always, with `force`). */
export function ensureBuild(log: (line: string) => void = console.log, options: { force?: boolean } = {}) {
  const inputs = [
    ...listFiles(path.join(ROOT, "app"), (p) => p.endsWith(".schema-hash")),
    ...listFiles(path.join(ROOT, "public"), (p) => p.startsWith(path.join(ROOT, "public/build"))),
    // The launchers bundle the scripts and the seed (with its data).
    ...listFiles(path.join(ROOT, "scripts")),
    ...listFiles(path.join(ROOT, "prisma"), (p) => p.startsWith(path.join(ROOT, "prisma/migrations"))),
    path.join(ROOT, "remix.config.js"),
    path.join(ROOT, "tsconfig.json"),
    path.join(ROOT, "package-lock.json"),
  ].filter((f) => existsSync(f) && statSync(f).isFile());
  const hash = hashFiles(inputs);
  const stamp = path.join(BUILD, ".source-hash");
  const built =
    existsSync(path.join(BUILD, "index.js")) && Object.keys(LAUNCHERS).every((name) => existsSync(path.join(LAUNCHER, `${name}.mjs`)));
  if (!options.force && upToDate(stamp, hash) && built) return false;
  log("Building the app…");
  run(path.join(ROOT, "node_modules/.bin/remix"), ["build"], { ...process.env, NODE_ENV: "production" });
  precompress(path.join(ROOT, "public/build"));
  buildLaunchers();
  writeFileSync(stamp, hash);
  return true;
}

/** `npm run dev` compiles a development build into the same folders: the next `npm start` must build again. */
export function forgetProductionBuild() {
  rmSync(path.join(BUILD, ".source-hash"), { force: true });
}
