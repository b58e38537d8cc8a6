// `npm run restore -- ARCHIVE`: restores an archive of `npm run backup` into an empty database and an empty
// upload folder (scripts/lib/backup.ts): DATABASE_URL, or a fresh embedded server in EMBEDDED_POSTGRES_DIR
// (started for the restore and stopped after it; `npm start` then serves it). UPLOAD_DIR receives the files.
// See README, "Backup and restore".
import { existsSync } from "node:fs";
import path from "node:path";
import { restore } from "./lib/backup.ts";
import { startAppDatabase } from "./lib/launch.ts";
import { LaunchError } from "./lib/postgres.ts";
import { ROOT } from "./lib/prepare.ts";

if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
const archive = process.argv[2];
if (!archive || !existsSync(archive)) {
  console.error(archive ? `No archive at ${archive}.` : "Name the archive: npm run restore -- path/to/coordination-….tar.gz");
  process.exit(1);
}
const started = Date.now();
let database: Awaited<ReturnType<typeof startAppDatabase>> | undefined;
try {
  database = await startAppDatabase();
  const manifest = await restore({
    archive: path.resolve(archive),
    databaseUrl: database.url,
    uploadDir: path.resolve(process.env.UPLOAD_DIR ?? path.join(ROOT, ".data/uploads")),
    log: (line) => console.log(line),
  });
  const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
  console.log(
    `Restored ${rows} rows and ${manifest.files} files from the backup of ${manifest.createdAt}, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(error instanceof LaunchError ? error.message : `Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database?.stop();
}
