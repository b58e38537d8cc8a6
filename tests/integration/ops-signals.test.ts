// Restarting the app loses no one's work (issue 16 §1): SIGTERM while 12 requests are in flight (8 pages,
// 4 form posts), held there by a lock on the session table; every one of them is answered, every
// acknowledged post is stored, the process exits 0 and stops its embedded PostgreSQL last. Then `npm start`
// itself: SIGTERM to npm (which does not pass it on) still stops the app and its database.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/auth/password.server";
import { findFreePort, isPortFree, passwordFileOf, startEmbeddedPostgres } from "../../scripts/lib/postgres.ts";
import { formKeyOf, ROOT, scratchDir, signInOver, startAppProcess, type AppProcess } from "../support/app-process";

const PASSWORD = "a perfectly fine test passphrase";
let app: AppProcess;
let databaseUrl: string;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  app = await startAppProcess({ SHUTDOWN_GRACE_SECONDS: "20" }, { embedded: true });
  const password = readFileSync(passwordFileOf(app.dataDir!), "utf8").trim();
  const port = /running on 127\.0\.0\.1:(\d+)/.exec(app.output())![1];
  databaseUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/coordination`;
  const [kenya] = await sql<{ id: string }>(`SELECT id FROM organization WHERE iso3 = 'KEN'`);
  await sql(
    `INSERT INTO "user" (email, name, role, status, organization_id, password_hash) VALUES ('drain@example.test', 'Drain Test', 'FOCAL_POINT', 'ACTIVE', $1, $2)`,
    [kenya.id, await hashPassword(PASSWORD)],
  );
}, 240_000);

afterAll(async () => {
  await app?.cleanUp();
});

describe("SIGTERM with requests in flight", () => {
  it("answers all 12, stores every acknowledged post, exits 0 and stops PostgreSQL last", async () => {
    const cookie = await signInOver(app.baseUrl, "drain@example.test", PASSWORD);
    const pages = ["/", "/directory", "/calendar", "/projects", "/resources", "/network", "/profile", "/organizations"];
    const keys = await Promise.all([1, 2, 3, 4].map(() => formKeyOf(app.baseUrl, "/calendar/new", cookie)));
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

    // Every request of a signed-in user reads the session table first: locked, they all wait in flight.
    const locker = new pg.Client({ connectionString: databaseUrl });
    await locker.connect();
    await locker.query(`BEGIN; LOCK TABLE "session" IN ACCESS EXCLUSIVE MODE`);
    const started = [
      ...pages.map((page) => fetch(`${app.baseUrl}${page}`, { headers: { cookie } })),
      ...keys.map((key, i) =>
        fetch(`${app.baseUrl}/calendar/new`, {
          method: "POST",
          redirect: "manual",
          headers: { cookie, origin: app.baseUrl, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            _formKey: key,
            title: `Drain test meeting ${i + 1}`,
            kind: "MEETING",
            startDate: day,
            startTime: "09:00",
            endDate: day,
            endTime: "10:00",
            timeZone: "Europe/Vienna",
          }),
        }),
      ),
    ].map((p) =>
      p.then(
        (r) => ({ status: r.status }),
        (e: Error) => ({ status: 0, error: e.message }),
      ),
    );

    // All 12 are in the server (the scrape itself is the 13th).
    for (let i = 0; ; i++) {
      const metrics = await fetch(`${app.baseUrl}/metrics`).then((r) => r.text());
      if (Number(/^http_requests_in_flight (\d+)/m.exec(metrics)?.[1] ?? 0) >= 13) break;
      if (i > 200) throw new Error("the requests never were in flight together");
      await new Promise((r) => setTimeout(r, 50));
    }
    app.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    // It accepts nothing new meanwhile.
    await expect(fetch(`${app.baseUrl}/healthz`)).rejects.toThrow();
    await locker.query("COMMIT");
    await locker.end();

    const answers = await Promise.all(started);
    const answered = answers.filter((a) => a.status > 0).length;
    console.log(`in flight at SIGTERM: 12, answered: ${answered} (${answers.map((a) => a.status).join(" ")})`);
    expect(answers.slice(0, 8).map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(answers.slice(8).map((a) => a.status)).toEqual([302, 302, 302, 302]);
    // On a wrong exit code, the app's own last words say why.
    expect(await app.exited, app.output().slice(-4000)).toBe(0);
    expect(app.output()).toContain("Stopped.");
    const dbPort = Number(/running on 127\.0\.0\.1:(\d+)/.exec(app.output())![1]);
    expect(await isPortFree(dbPort)).toBe(true);

    // Every acknowledged post is in the database.
    const again = await startEmbeddedPostgres({ dataDir: app.dataDir!, port: dbPort, database: "coordination" });
    try {
      databaseUrl = again.url;
      const stored = await sql<{ title: string }>(`SELECT title FROM event WHERE title LIKE 'Drain test meeting %' ORDER BY title`);
      expect(stored.map((r) => r.title)).toEqual([1, 2, 3, 4].map((i) => `Drain test meeting ${i}`));
    } finally {
      await again.stop();
    }
  }, 120_000);
});

describe("npm start under a supervisor", () => {
  it("stops the app and its PostgreSQL when npm gets SIGTERM (npm does not pass it on)", async () => {
    const scratch = await scratchDir("npm");
    const [port, dbPort] = [await findFreePort(), await findFreePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      APP_URL: `http://localhost:${port}`,
      EMBEDDED_POSTGRES_DIR: `${scratch}/pg`,
      EMBEDDED_POSTGRES_PORT: String(dbPort),
      UPLOAD_DIR: `${scratch}/uploads`,
      DEMO_DATA: "0",
    };
    delete env.DATABASE_URL;
    const npm = spawn("npm", ["start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    npm.stdout.on("data", (c: Buffer) => (output += c.toString()));
    npm.stderr.on("data", (c: Buffer) => (output += c.toString()));
    try {
      for (
        let i = 0;
        !(await fetch(`http://localhost:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        ));
        i++
      ) {
        if (i > 600) throw new Error(`not ready:\n${output}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      npm.kill("SIGTERM");
      const deadline = Date.now() + 30_000;
      while (!((await isPortFree(port)) && (await isPortFree(dbPort))) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect(await isPortFree(port)).toBe(true);
      expect(await isPortFree(dbPort)).toBe(true);
    } finally {
      npm.kill("SIGKILL");
      const { rm } = await import("node:fs/promises");
      await rm(scratch, { recursive: true, force: true });
      await rm(passwordFileOf(`${scratch}/pg`), { force: true });
    }
  }, 240_000);
});
