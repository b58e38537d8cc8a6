// The app as operations staff run it: `node build/launcher/start.mjs` (what `npm start` runs) in a process of its own, with
// its own embedded PostgreSQL (or a DATABASE_URL), real signals, real HTTP. For the operations tests.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { findFreePort, passwordFileOf } from "../../scripts/lib/postgres.ts";
import { ensureBuild, launcherCommand, launcherEnv } from "../../scripts/lib/prepare.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type AppProcess = {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  exited: Promise<number | null>;
  /** SIGTERM, then waits for the exit (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<number | null>;
  /** Where the embedded server keeps its data (when it has one): removed by cleanUp(). */
  dataDir: string | null;
  cleanUp(): Promise<void>;
};

/** A folder the "postgres" user can enter when the tests run as root (PostgreSQL refuses to run as root). */
export async function scratchDir(name: string) {
  const base = process.getuid?.() === 0 ? "/var/lib/coordination-platform/test-ops" : path.join(ROOT, ".data", "test-ops");
  await mkdir(base, { recursive: true, mode: 0o755 });
  await chmod(base, 0o755);
  const dir = path.join(base, `${name}-${randomBytes(4).toString("hex")}`);
  await mkdir(dir, { recursive: true, mode: 0o755 });
  return dir;
}

export async function startAppProcess(
  env: Record<string, string | undefined> = {},
  options: { embedded?: boolean } = {},
): Promise<AppProcess> {
  const port = await findFreePort();
  const scratch = await scratchDir("app");
  const dataDir = options.embedded ? path.join(scratch, "pg") : null;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    UPLOAD_DIR: path.join(scratch, "uploads"),
    OUTBOX_DIR: path.join(scratch, "outbox"),
    DEMO_DATA: "0",
    LOG_LEVEL: "info",
    ...env,
  };
  if (options.embedded) {
    delete childEnv.DATABASE_URL;
    childEnv.EMBEDDED_POSTGRES_DIR = dataDir!;
    childEnv.EMBEDDED_POSTGRES_PORT = String(await findFreePort());
  }
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  // Built by `npm test` before the tests; built here when vitest is run on its own.
  ensureBuild();
  const [node, args] = launcherCommand("start");
  const child = spawn(node, args, {
    cwd: ROOT,
    env: launcherEnv(childEnv),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited while starting:\n${output}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The app did not get ready within 180 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async (timeoutMs = 30_000) => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return {
    baseUrl,
    port,
    child,
    output: () => output,
    exited,
    stop,
    dataDir,
    cleanUp: async () => {
      if (child.exitCode === null && child.signalCode === null) await stop();
      await rm(scratch, { recursive: true, force: true });
      if (dataDir) await rm(passwordFileOf(dataDir), { force: true });
    },
  };
}

/** The form key and cookies a browser would have after opening `page`. */
export async function formKeyOf(baseUrl: string, page: string, cookie = "") {
  const response = await fetch(`${baseUrl}${page}`, { headers: { cookie } });
  const html = await response.text();
  return /name="_formKey" value="([^"]+)"/.exec(html)?.[1] ?? "";
}

/** Signs in through the login form; returns the session cookie ("name=value"). */
export async function signInOver(baseUrl: string, email: string, password: string) {
  const body = new URLSearchParams({ email, password, _formKey: await formKeyOf(baseUrl, "/login") });
  const response = await fetch(`${baseUrl}/login`, { method: "POST", body, redirect: "manual", headers: { origin: baseUrl } });
  const cookie = response.headers.getSetCookie().find((c) => /^(__Host-)?session=[^;]/.test(c));
  if (!cookie) throw new Error(`Sign-in as ${email} failed (${response.status})`);
  return cookie.split(";")[0];
}
