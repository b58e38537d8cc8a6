// `npm run backup [-- FILE]`: one archive (.tar.gz) with the database and the uploaded files, taken online while
// the app runs (scripts/lib/backup.ts). The database is DATABASE_URL, or the embedded server of `npm start`
// (EMBEDDED_POSTGRES_DIR / EMBEDDED_POSTGRES_PORT), which must be running. Default file:
// BACKUP_DIR (default .data/backups)/coordination-<time>.tar.gz. See README, "Backup and restore".
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { backup } from "./lib/backup.ts";
import { passwordFileOf } from "./lib/postgres.ts";
import { ROOT } from "./lib/prepare.ts";

if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

function embeddedUrl() {
  const dataDir = path.resolve(process.env.EMBEDDED_POSTGRES_DIR ?? path.join(ROOT, ".data/postgres"));
  const passwordFile = passwordFileOf(dataDir);
  if (!existsSync(passwordFile)) {
    console.error(`No embedded database at ${dataDir} (no ${passwordFile}): set DATABASE_URL or EMBEDDED_POSTGRES_DIR.`);
    process.exit(1);
  }
  const password = readFileSync(passwordFile, "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${process.env.EMBEDDED_POSTGRES_PORT ?? 5433}/coordination`;
}

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = path.resolve(
  process.argv[2] ?? path.join(process.env.BACKUP_DIR ?? path.join(ROOT, ".data/backups"), `coordination-${stamp}.tar.gz`),
);
const started = Date.now();
try {
  const manifest = await backup({
    databaseUrl: process.env.DATABASE_URL ?? embeddedUrl(),
    uploadDir: path.resolve(process.env.UPLOAD_DIR ?? path.join(ROOT, ".data/uploads")),
    out,
    log: (line) => console.log(line),
  });
  const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
  console.log(`Backup written to ${out}: ${rows} rows, ${manifest.files} files, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  const { code } = error as { code?: string };
  if (code === "ECONNREFUSED")
    console.error("The database is not running: start the app (npm start) or set DATABASE_URL, then run the backup again.");
  else console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
