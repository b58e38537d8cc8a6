// `npm start`: start PostgreSQL (embedded under .data/ unless DATABASE_URL is set), build when needed,
// apply migrations, seed the demo on first run, serve the production build with production error pages.
// Ctrl-C stops everything cleanly. `npm run dev` (scripts/dev.ts) is the same with rebuilds on every change.
import type { RunningHttpServer } from "./lib/http-server.ts";
import { ensureBuild, ensurePrismaClient } from "./lib/prepare.ts";
import { prepareData, printDemoLogins, readSettings, runLauncher, startAppDatabase } from "./lib/launch.ts";
import { LaunchError } from "./lib/postgres.ts";

await runLauncher(async () => {
  const started = Date.now();
  const settings = readSettings("production");
  const database = await startAppDatabase();

  let server: RunningHttpServer | undefined;
  let stopping = false;
  async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping…`);
    if (server) {
      const { closeHttpServer } = await import("./lib/http-server.ts");
      await closeHttpServer(server);
    }
    await import("../app/db.server.ts").then(({ disconnectDb }) => disconnectDb()).catch(() => undefined);
    await database.stop();
    console.log("Stopped.");
    process.exit(0);
  }
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  ensurePrismaClient();
  ensureBuild();
  const seeded = await prepareData(database, settings);

  const { startHttpServer } = await import("./lib/http-server.ts");
  server = await startHttpServer({
    port: settings.port,
    host: settings.host,
    trustProxy: settings.trustProxy,
    appUrl: settings.appUrl,
    production: settings.production,
    databaseUrl: database.url,
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
