// "Build when needed": generate the Prisma client and compile the Remix app only when their inputs changed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

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

/** The production build in build/ and public/build/, compiled again when its sources changed (or always, with `force`). */
export function ensureBuild(log: (line: string) => void = console.log, options: { force?: boolean } = {}) {
  const inputs = [
    ...listFiles(path.join(ROOT, "app"), (p) => p.endsWith(".schema-hash")),
    ...listFiles(path.join(ROOT, "public"), (p) => p.startsWith(path.join(ROOT, "public/build"))),
    path.join(ROOT, "remix.config.js"),
    path.join(ROOT, "package-lock.json"),
  ].filter((f) => existsSync(f) && statSync(f).isFile());
  const hash = hashFiles(inputs);
  const stamp = path.join(BUILD, ".source-hash");
  if (!options.force && upToDate(stamp, hash) && existsSync(path.join(BUILD, "index.js"))) return false;
  log("Building the app…");
  run(path.join(ROOT, "node_modules/.bin/remix"), ["build"], { ...process.env, NODE_ENV: "production" });
  writeFileSync(stamp, hash);
  return true;
}

/** `npm run dev` compiles a development build into the same folders: the next `npm start` must build again. */
export function forgetProductionBuild() {
  rmSync(path.join(BUILD, ".source-hash"), { force: true });
}
