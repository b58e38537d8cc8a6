// The embedded PostgreSQL as operations staff meet it (issue 16 §1, issue 12 §5): a random superuser
// password kept in a file only the app's user reads; a server killed with kill -9 is started again and the
// app's queries work again without a restart; a server left running by a launcher that was killed is
// stopped at the next start instead of failing on "port in use".
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort, passwordFileOf, startEmbeddedPostgres, type RunningDatabase } from "../../scripts/lib/postgres.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
const wantedDir = () => {
  const dir = path.join(ROOT, ".data", `test-supervision-${randomBytes(4).toString("hex")}`);
  dirs.push(dir);
  return dir;
};

afterAll(async () => {
  for (const dir of dirs) {
    await rm(dir, { recursive: true, force: true });
    await rm(passwordFileOf(dir), { force: true });
  }
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function until<T>(what: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await what();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe("the embedded PostgreSQL", () => {
  it("has a random superuser password, kept in a file only the app's user can read", async () => {
    const db = await startEmbeddedPostgres({ dataDir: wantedDir(), port: await findFreePort(), database: "coordination" });
    try {
      const file = passwordFileOf(db.dataDir!);
      const password = readFileSync(file, "utf8").trim();
      expect(password).not.toBe("postgres");
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(file).uid).toBe(process.getuid!());
      expect(await query(db.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      const withOldPassword = db.url.replace(encodeURIComponent(password), "postgres");
      await expect(query(withOldPassword, "SELECT 1")).rejects.toThrow(/password authentication failed/);
    } finally {
      await db.stop();
    }
  });

  it("runs with glibc's malloc kept from trimming its heap after every statement, unless the environment says otherwise", async () => {
    const environmentOf = (pid: number) => readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
    const db = await startEmbeddedPostgres({ dataDir: wantedDir(), port: await findFreePort(), database: "coordination" });
    try {
      expect(environmentOf(db.pid()!)).toEqual(
        expect.arrayContaining(["MALLOC_MMAP_THRESHOLD_=8388608", "MALLOC_TRIM_THRESHOLD_=33554432"]),
      );
    } finally {
      await db.stop();
    }
    process.env.MALLOC_TRIM_THRESHOLD_ = "1048576";
    const told = await startEmbeddedPostgres({ dataDir: wantedDir(), port: await findFreePort(), database: "coordination" });
    try {
      expect(environmentOf(told.pid()!)).toEqual(
        expect.arrayContaining(["MALLOC_MMAP_THRESHOLD_=8388608", "MALLOC_TRIM_THRESHOLD_=1048576"]),
      );
    } finally {
      delete process.env.MALLOC_TRIM_THRESHOLD_;
      await told.stop();
    }
  });

  it("replaces the former constant password of an existing cluster at its next start", async () => {
    const dir = wantedDir();
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir: dir, port, database: "coordination" });
    await query(first.adminUrl, "ALTER ROLE postgres PASSWORD 'postgres'");
    await first.stop();
    await rm(passwordFileOf(first.dataDir!));
    const second = await startEmbeddedPostgres({ dataDir: dir, port, database: "coordination" });
    try {
      expect(readFileSync(passwordFileOf(second.dataDir!), "utf8").trim()).not.toBe("postgres");
      expect(await query(second.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await second.stop();
    }
  });

  it("is started again after kill -9, and a pool recovers without a restart", async () => {
    const db: RunningDatabase = await startEmbeddedPostgres({ dataDir: wantedDir(), port: await findFreePort(), database: "coordination" });
    const pool = new pg.Pool({ connectionString: db.url, connectionTimeoutMillis: 1000, max: 2 });
    pool.on("error", () => {});
    try {
      expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      const before = db.pid()!;
      const killedAt = Date.now();
      process.kill(before, "SIGKILL");
      // Backends outlive their killed postmaster for a moment: recovered means a new server answers.
      await until(async () => {
        if (db.pid() === null || db.pid() === before) throw new Error("not restarted yet");
        await pool.query("SELECT 1");
        await query(db.url, "SELECT 1");
      }, 30_000);
      const recoveryMs = Date.now() - killedAt;
      console.log(`recovery after kill -9 of the embedded PostgreSQL: ${recoveryMs} ms`);
      expect(recoveryMs).toBeLessThan(15_000);
    } finally {
      await pool.end();
      await db.stop();
    }
  });

  it("stops a server left running by a launcher that was killed, and starts", async () => {
    const dir = wantedDir();
    const port = await findFreePort();
    // A launcher in its own process, killed with kill -9 once its server runs: PostgreSQL is left behind.
    const script = `
      import { startEmbeddedPostgres } from ${JSON.stringify(path.join(ROOT, "scripts/lib/postgres.ts"))};
      const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)}, port: ${port}, database: "coordination" });
      console.log("ready " + db.pid());
      setInterval(() => {}, 1000);
    `;
    const launcher = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--input-type=module", "-e", script], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const orphanPid = await new Promise<number>((resolve, reject) => {
      let out = "";
      launcher.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /ready (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      launcher.once("exit", (code) => reject(new Error(`launcher exited ${code}: ${out}`)));
    });
    process.kill(launcher.pid!, "SIGKILL");
    // tsx runs the script in a child node process: kill that one too, as kill -9 of "node" would.
    for (const line of readFileSync(`/proc/${orphanPid}/stat`, "utf8").split(" ").slice(3, 4)) {
      const parent = Number(line);
      if (parent > 1) process.kill(parent, "SIGKILL");
    }
    await until(async () => {
      const parent = Number(readFileSync(`/proc/${orphanPid}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      if (readFileSync(`/proc/${parent}/cmdline`, "utf8").includes("node")) throw new Error("launcher still alive");
    }, 10_000);
    const db = await startEmbeddedPostgres({ dataDir: dir, port, database: "coordination" });
    try {
      expect(db.pid()).not.toBe(orphanPid);
      expect(await query(db.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await db.stop();
    }
  });
});
