// `npm start`: start PostgreSQL (embedded under .data/ unless DATABASE_URL is set), build when needed,
// apply migrations, seed the demo on first run, run the scheduled jobs, serve the production build.
// `npm run dev` (scripts/dev.ts) is the same with rebuilds on every change.
//
// Signals (SIGTERM from a supervisor, SIGINT from Ctrl-C): stop accepting connections (/readyz answers 503),
// let the requests in flight finish (up to SHUTDOWN_GRACE_SECONDS, default 20), stop the job worker, close
// the database pools, stop the embedded PostgreSQL last, exit 0. This process owns its children: run it
// directly under a supervisor: `node build/launcher/start.mjs`, this file compiled by `npm run build` (which is what
// `npm start` runs after building when the sources changed; scripts/lib/prepare.ts says why it is compiled).
import { logger } from "../app/log.server.ts";
import type { RunningHttpServer } from "./lib/http-server.ts";
import type { JobWorker } from "./lib/jobs.ts";
import { ensureBuild, ensurePrismaClient } from "./lib/prepare.ts";
import { prepareData, printDemoLogins, readSettings, runLauncher, startAppDatabase } from "./lib/launch.ts";
import { LaunchError, type RunningDatabase } from "./lib/postgres.ts";

await runLauncher(async () => {
  const started = Date.now();
  const settings = readSettings("production");

  let database: RunningDatabase | undefined;
  let server: RunningHttpServer | undefined;
  let worker: JobWorker | undefined;
  let stopping = false;
  async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    const inFlight = server?.inFlight() ?? 0;
    console.log(
      `\n${signal} received: finishing ${inFlight} request(s) in flight (up to ${settings.shutdownGraceMs / 1000} s), then stopping…`,
    );
    if (server) {
      const { unfinished } = await server.close(settings.shutdownGraceMs);
      logger.info({ signal, inFlightAtSignal: inFlight, unfinished }, "http server drained");
    }
    await worker?.stop().catch(() => undefined);
    await database?.stop();
    console.log("Stopped.");
    process.exit(0);
  }
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // Started through a wrapper that dies without passing the signal on (npm, a shell): its death is the signal.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop("parent process exited");
  }, 500).unref();

  database = await startAppDatabase();
  ensurePrismaClient();
  ensureBuild();
  const seeded = await prepareData(database, settings);
  if (stopping) return;

  const { startJobWorker } = await import("./lib/jobs.ts");
  worker = await startJobWorker(database.url, settings);
  const { startHttpServer } = await import("./lib/http-server.ts");
  server = await startHttpServer({
    port: settings.port,
    host: settings.host,
    trustProxy: settings.trustProxy,
    appUrl: settings.appUrl,
    production: settings.production,
    databaseUrl: database.url,
    metricsToken: settings.metricsToken,
    collectMetrics: (metrics) => worker!.collectMetrics(metrics),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EADDRINUSE") throw error;
    throw new LaunchError(
      `Port ${settings.port} is already in use, so the app cannot listen there: stop whatever listens there, or choose another port with PORT.`,
    );
  });

  const mode = settings.production ? "" : ` in ${process.env.NODE_ENV} mode`;
  console.log(`\nCoordination Platform is running${mode} at ${settings.appUrl} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  printDemoLogins(seeded);
  console.log("\nPress Ctrl-C to stop.");
});
