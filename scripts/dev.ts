// `npm run dev`: for changing the code. Starts the database once (as `npm start` does: embedded unless
// DATABASE_URL is set), migrates and seeds it, then runs Remix's classic compiler in watch mode
// (`remix dev`): after every rebuild it starts the app server (scripts/lib/dev-app-server.ts, our Express
// server in development mode: error pages with stack traces) again on the new build. Reload the page to
// see a change. A change to prisma/schema or a new migration needs a restart of `npm run dev`.
import { spawn } from "node:child_process";
import path from "node:path";
import { forgetProductionBuild, ensurePrismaClient, ROOT } from "./lib/prepare.ts";
import { prepareData, printDemoLogins, readSettings, runLauncher, startAppDatabase } from "./lib/launch.ts";

await runLauncher(async () => {
  process.env.NODE_ENV = "development";
  const settings = readSettings("development");
  const database = await startAppDatabase();
  let remix: ReturnType<typeof spawn> | undefined;
  let stopping = false;
  async function stop(code: number) {
    if (stopping) return;
    stopping = true;
    if (remix && remix.exitCode === null && remix.signalCode === null) {
      const exited = new Promise((resolve) => remix!.once("exit", resolve));
      remix.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await import("../app/db.server.ts").then(({ disconnectDb }) => disconnectDb()).catch(() => undefined);
    await database.stop();
    console.log("Stopped.");
    process.exit(code);
  }
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  ensurePrismaClient();
  const seeded = await prepareData(database, settings);
  // remix dev writes a development build where `npm start` looks for its production build.
  forgetProductionBuild();

  console.log(`\nStarting the compiler in watch mode; the app will be at ${settings.appUrl}, in development mode.`);
  printDemoLogins(seeded);
  console.log("\nEvery change under app/ rebuilds and restarts the app server: reload the page. Press Ctrl-C to stop.\n");
  // `remix dev` runs the command (without a shell) with node_modules/.bin on its PATH, and starts it again
  // after each rebuild; the app server says "[REMIX DEV] <build hash> ready" when it listens.
  remix = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/@remix-run/dev/dist/cli.js"), "dev", "--command", "tsx scripts/lib/dev-app-server.ts"],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: process.env,
    },
  );
  remix.once("exit", (code) => {
    if (!stopping) console.error(`remix dev stopped (exit ${code ?? "signal"}).`);
    void stop(code ?? 1);
  });
});
