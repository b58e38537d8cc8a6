// `npm start`: build when needed, start PostgreSQL (embedded under .data/ unless DATABASE_URL is set),
// apply migrations, seed the demo on first run, serve the app. Ctrl-C stops everything cleanly.
import { existsSync } from "node:fs";
import path from "node:path";
import { startDatabase } from "./lib/postgres.ts";
import { migrate } from "./lib/migrate.ts";
import { ensureBuild, ensurePrismaClient, ROOT } from "./lib/prepare.ts";

if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
process.env.NODE_ENV ??= "development";
const port = Number(process.env.PORT ?? 3000);
const production = process.env.NODE_ENV === "production";
if (production && !process.env.APP_URL) {
  console.error("In production, set APP_URL to the site's public https address (links in mail and the Origin check use it).");
  process.exit(1);
}
process.env.APP_URL ??= `http://localhost:${port}`;

const started = Date.now();
ensurePrismaClient();
ensureBuild();

const database = await startDatabase({
  dataDir: process.env.EMBEDDED_POSTGRES_DIR ?? path.join(ROOT, ".data/postgres"),
  port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 5433),
});
process.env.DATABASE_URL = database.url;
console.log(database.embedded ? `PostgreSQL (embedded) running, data in .data/postgres` : "Using the PostgreSQL of DATABASE_URL");

await migrate(database.url, (line) => console.log(line));

// Imported only now: these modules read DATABASE_URL.
const { seedIfEmpty } = await import("../prisma/seed.ts");
const seeded = await seedIfEmpty({ demoAccounts: !production, log: (line) => console.log(line) });

const { startHttpServer, closeHttpServer } = await import("./lib/http-server.ts");
const server = await startHttpServer({
  port,
  host: process.env.HOST,
  trustProxy: process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true",
  appUrl: process.env.APP_URL,
  production,
  databaseUrl: database.url,
});

console.log(`\nCoordination Platform is running at ${process.env.APP_URL} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (seeded.demoAccounts.length) {
  console.log(`\nDemo accounts (password: ${seeded.demoPassword}):`);
  for (const account of seeded.demoAccounts) console.log(`  ${account.email.padEnd(26)} ${account.description}`);
}
console.log("\nPress Ctrl-C to stop.");

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal} received: stopping…`);
  await closeHttpServer(server);
  const { disconnectDb } = await import("../app/db.server.ts");
  await disconnectDb();
  await database.stop();
  console.log("Stopped.");
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
