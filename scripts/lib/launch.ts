// What `npm start` and `npm run dev` share: reading the settings, starting the database once, migrating,
// seeding the demo, the banner, and turning a LaunchError into one printed sentence.
import { existsSync } from "node:fs";
import path from "node:path";
import { demoDataWanted } from "../../prisma/seed/demo-data.ts";
import { migrate } from "./migrate.ts";
import { LaunchError, startDatabase, type RunningDatabase } from "./postgres.ts";
import { ROOT } from "./prepare.ts";
import { parseTrustProxy, type TrustProxy } from "./trust-proxy.ts";

export type Settings = {
  port: number;
  host: string | undefined;
  trustProxy: TrustProxy;
  appUrl: string;
  /** NODE_ENV=production: production error pages (no stack traces, no database errors), HSTS. */
  production: boolean;
  /** No DATABASE_URL: the embedded PostgreSQL. */
  embedded: boolean;
  demoData: boolean;
};

/**
 * Reads .env and the environment. `npm start` defaults NODE_ENV to production, `npm run dev` to development.
 * Decided values are written back into process.env, for the modules and child processes that read it.
 */
export function readSettings(defaultNodeEnv: "production" | "development"): Settings {
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  process.env.NODE_ENV ??= defaultNodeEnv;
  const production = process.env.NODE_ENV === "production";
  const embedded = !process.env.DATABASE_URL;
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new LaunchError(`PORT is "${process.env.PORT}": set it to a port number, or leave it unset for 3000.`);
  if (production && !embedded && !process.env.APP_URL) {
    throw new LaunchError(
      "With NODE_ENV=production and a DATABASE_URL, set APP_URL to the site's public https address (links in mail and the Origin check use it).",
    );
  }
  process.env.APP_URL ??= `http://localhost:${port}`;
  let demoData: boolean;
  try {
    demoData = demoDataWanted(embedded);
  } catch (error) {
    throw new LaunchError((error as Error).message);
  }
  process.env.DEMO_DATA = demoData ? "1" : "0";
  return {
    port,
    host: process.env.HOST,
    trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
    appUrl: process.env.APP_URL,
    production,
    embedded,
    demoData,
  };
}

/** The database (started once), with DATABASE_URL pointing to it from now on. */
export async function startAppDatabase(): Promise<RunningDatabase> {
  const chosenDir = process.env.EMBEDDED_POSTGRES_DIR;
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 5433);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LaunchError(
      `EMBEDDED_POSTGRES_PORT is "${process.env.EMBEDDED_POSTGRES_PORT}": set it to a port number, or leave it unset for 5433.`,
    );
  }
  const wantedDir = chosenDir ? path.resolve(chosenDir) : path.join(ROOT, ".data/postgres");
  const database = await startDatabase({
    dataDir: wantedDir,
    dataDirSetting: chosenDir ? "EMBEDDED_POSTGRES_DIR" : undefined,
    port,
  });
  process.env.DATABASE_URL = database.url;
  if (database.dataDir) {
    const shown = database.dataDir.startsWith(ROOT + path.sep) ? path.relative(ROOT, database.dataDir) : database.dataDir;
    const why = database.dataDir === wantedDir ? "" : ` (the "postgres" user it runs as cannot enter ${path.dirname(wantedDir)})`;
    console.log(`PostgreSQL (embedded) running on 127.0.0.1:${port}, data in ${shown}${why}`);
  } else {
    console.log("Using the PostgreSQL of DATABASE_URL");
  }
  return database;
}

/** Pending migrations, then reference and demo data on an empty database; returns the demo logins to show. */
export async function prepareData(database: RunningDatabase, settings: Settings) {
  await migrate(database.url, (line) => console.log(line));
  // Imported only now: these modules read DATABASE_URL.
  const { seedIfEmpty } = await import("../../prisma/seed.ts");
  const seeded = await seedIfEmpty({ demoAccounts: settings.demoData, log: (line) => console.log(line) });
  if (!settings.demoData) console.log("Demo data is off (DEMO_DATA=0, or a DATABASE_URL without DEMO_DATA=1).");
  return seeded;
}

export function printDemoLogins(seeded: { demoPassword: string; demoAccounts: Array<{ email: string; description: string }> }) {
  if (!seeded.demoAccounts.length) return;
  console.log(`\nDemo accounts (password: ${seeded.demoPassword}):`);
  for (const account of seeded.demoAccounts) console.log(`  ${account.email.padEnd(26)} ${account.description}`);
}

/** Runs a launcher; what the person must fix (a LaunchError) is printed as one sentence, without a stack trace. */
export async function runLauncher(main: () => Promise<void>) {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof LaunchError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
