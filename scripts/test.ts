// `npm test`: type check, unit and integration tests (vitest) and browser tests (Playwright) against
// a real PostgreSQL — a fresh embedded one under .data/test-postgres, or the server of DATABASE_URL,
// where each run creates its own databases and drops them afterwards.
//   npm test                 everything
//   npm test -- unit [args]  type check + vitest only (args go to vitest)
//   npm test -- e2e [args]   Playwright only (args go to Playwright)
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { ensureChromium } from "./lib/chromium.ts";
import { migrate } from "./lib/migrate.ts";
import {
  createDatabaseIfMissing,
  databaseUrl,
  dropDatabase,
  findFreePort,
  passwordFileOf,
  startEmbeddedPostgres,
  type RunningDatabase,
} from "./lib/postgres.ts";
import { ensureBuild, ensurePrismaClient, launcherCommand, launcherEnv, ROOT } from "./lib/prepare.ts";
import { startSmtpReceiver } from "../tests/support/smtp-receiver.ts";

const [mode = "all", ...passThrough] = process.argv.slice(2);
if (!["all", "unit", "e2e"].includes(mode)) {
  console.error(`Unknown test mode "${mode}": use unit, e2e or nothing.`);
  process.exit(2);
}
const runId = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
const timings: Array<[string, number]> = [];
const cleanups: Array<() => Promise<void>> = [];

function step<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  return Promise.resolve(work()).finally(() => timings.push([name, Date.now() - started]));
}

/** Runs a tool without blocking this process, which serves SMTP for the app meanwhile. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.once("error", () => resolve(1));
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

async function startTestDatabase(): Promise<RunningDatabase> {
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = "/postgres";
    return {
      url: process.env.DATABASE_URL,
      adminUrl: admin.toString(),
      embedded: false,
      dataDir: null,
      pid: () => null,
      stop: async () => {},
    };
  }
  // A data directory of this run's own, so that two test runs on one machine never share a server. (Started as
  // root in a folder others cannot enter, the launcher keeps it elsewhere: running.dataDir says where.)
  const dataDir = path.join(ROOT, ".data", `test-postgres-${runId}`);
  const port = await findFreePort();
  const running = await startEmbeddedPostgres({ dataDir, port, database: "postgres", fresh: true });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await rm(running.dataDir ?? dataDir, { recursive: true, force: true });
      await rm(passwordFileOf(running.dataDir ?? dataDir), { force: true });
    },
  };
}

let failed = false;
try {
  await step("Prepare (Prisma client)", () => ensurePrismaClient());
  // Before the tests: the operations tests run the built app as `npm start` does (tests/support/app-process.ts).
  await step("Build the app", () => ensureBuild());
  // SKIP_TYPECHECK=1 shortens a development loop over a few test files; `npm test` itself always checks.
  if (mode !== "e2e" && process.env.SKIP_TYPECHECK !== "1") {
    await step("Format check (prettier)", async () => {
      if ((await run(path.join(ROOT, "node_modules/.bin/prettier"), ["--check", "--log-level", "warn", "."])) !== 0) {
        throw new Error("Some files are not formatted: run `npm run format`");
      }
    });
    await step("Lint with the layer rules (eslint)", async () => {
      if ((await run(path.join(ROOT, "node_modules/.bin/eslint"), ["."])) !== 0) throw new Error("Lint failed");
    });
    await step("Type check (tsc)", async () => {
      if ((await run(path.join(ROOT, "node_modules/.bin/tsc"), ["--noEmit"])) !== 0) throw new Error("Type check failed");
    });
  }
  const server = await step("Start PostgreSQL for the tests", startTestDatabase);
  cleanups.push(() => server.stop());
  const template = `test_template_${runId}`;
  await step("Create and migrate the template database", async () => {
    await createDatabaseIfMissing(server.adminUrl, template);
    cleanups.unshift(() => dropDatabase(server.adminUrl, template));
    await migrate(databaseUrl(server.adminUrl, template));
  });

  if (mode !== "e2e") {
    await step("Unit and integration tests (vitest)", async () => {
      const status = await run(path.join(ROOT, "node_modules/.bin/vitest"), ["run", ...(mode === "unit" ? passThrough : [])], {
        TEST_PG_ADMIN_URL: server.adminUrl,
        TEST_PG_TEMPLATE: template,
      });
      if (status !== 0) throw new Error("vitest failed");
    });
  }

  if (mode !== "unit") {
    const chromium = await step("Find Chromium", () => ensureChromium());
    const e2eDb = `test_e2e_${runId}`;
    await createDatabaseIfMissing(server.adminUrl, e2eDb, template);
    cleanups.unshift(() => dropDatabase(server.adminUrl, e2eDb));
    const mailDir = path.join(ROOT, ".data/test-mail", runId);
    const smtp = await startSmtpReceiver(mailDir);
    cleanups.unshift(async () => {
      await smtp.stop();
      await rm(mailDir, { recursive: true, force: true });
    });
    const port = await findFreePort();
    const baseUrl = `http://localhost:${port}`;
    const app = await step("Start the app for the browser tests", () =>
      startApp(
        {
          DATABASE_URL: databaseUrl(server.adminUrl, e2eDb),
          PORT: String(port),
          APP_URL: baseUrl,
          // What `npm start` serves: production pages on http://localhost, with the demo data the tests sign in with.
          NODE_ENV: "production",
          DEMO_DATA: "1",
          SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
          TRUST_PROXY: "1",
          SIGNIN_MAX_FAILURES_PER_ACCOUNT: "5",
          SIGNIN_MAX_FAILURES_PER_IP: "8",
          OUTBOX_DIR: path.join(mailDir, "outbox"),
        },
        baseUrl,
      ),
    );
    cleanups.unshift(app.stop);
    await step("Browser tests (Playwright)", async () => {
      const status = await run(path.join(ROOT, "node_modules/.bin/playwright"), ["test", ...(mode === "e2e" ? passThrough : [])], {
        CHROMIUM_PATH: chromium,
        BASE_URL: baseUrl,
        MAIL_DIR: mailDir,
        // Tests that change someone make people of their own there (tests/e2e/people.ts).
        E2E_DATABASE_URL: databaseUrl(server.adminUrl, e2eDb),
      });
      if (status !== 0) throw new Error("Playwright failed");
    });
  }
} catch (error) {
  failed = true;
  console.error(`\n✖ ${(error as Error).message}`);
} finally {
  for (const cleanup of cleanups) await cleanup().catch((e: unknown) => console.error("cleanup:", e));
  console.log("\nTimings:");
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(48)} ${(ms / 1000).toFixed(1)} s`);
  console.log(failed ? "\nTests FAILED" : "\nAll tests passed");
}
process.exit(failed ? 1 : 0);

async function startApp(env: Record<string, string>, baseUrl: string) {
  const [node, args] = launcherCommand("start");
  const child = spawn(node, args, {
    cwd: ROOT,
    env: launcherEnv({ ...process.env, ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (process.env.E2E_SERVER_LOG) process.stdout.write(chunk);
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    process.stderr.write(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited while starting:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/login`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app did not start within 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    stop: async () => {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
