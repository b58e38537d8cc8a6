// The retention job (run daily by the job worker, scripts/lib/jobs.ts, once across all instances): removes
// what has expired and is no use to anyone — sessions past their expiry, password-reset links expired or used
// more than a day ago, sign-in limit counters past their window, idempotency claims older than a day,
// temporary upload files left for more than an hour — and, only when AUDIT_RETENTION_DAYS is set, audit
// events and access-record rows older than that, each written first to a JSON-lines export
// (RETENTION_EXPORT_DIR, default .data/retention-exports) that is flushed to disk before anything is deleted.
// Each run is itself recorded in the audit trail (action retention.completed) with what it removed.
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { finished } from "node:stream/promises";
import pg from "pg";
import { uploadTempDir } from "../../app/upload-form.server.ts";

export type RetentionOptions = { auditRetentionDays: number | null; exportDir?: string; tempFileAgeMs?: number; now?: Date };
export type RetentionReport = Record<string, number> & { exportedTo?: never };

const TEMP_FILE_AGE_MS = 60 * 60 * 1000;

export async function runRetention(
  databaseUrl: string,
  options: RetentionOptions,
): Promise<{ removed: Record<string, number>; exports: string[] }> {
  const client = new pg.Client({ connectionString: databaseUrl, statement_timeout: 120_000 });
  await client.connect();
  const removed: Record<string, number> = {};
  const exports: string[] = [];
  try {
    const count = async (name: string, sql: string) => {
      removed[name] = (await client.query(sql)).rowCount ?? 0;
    };
    await count("sessions", `DELETE FROM "session" WHERE expires_at < now()`);
    await count(
      "passwordResets",
      `DELETE FROM "password_reset" WHERE expires_at < now() - interval '1 day' OR used_at < now() - interval '1 day'`,
    );
    await count("rateLimitCounters", `DELETE FROM "rate_limit" WHERE expire < now()`);
    await count("formSubmissions", `DELETE FROM "form_submission" WHERE created_at < now() - interval '1 day'`);
    removed.tempFiles = await removeOldTempFiles(options.tempFileAgeMs ?? TEMP_FILE_AGE_MS);

    if (options.auditRetentionDays !== null) {
      const exportDir = path.resolve(options.exportDir ?? process.env.RETENTION_EXPORT_DIR ?? ".data/retention-exports");
      const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, "-");
      for (const [name, table, column] of [
        ["auditEvents", "audit_event", "created_at"],
        ["accessRecord", "recommendation_view", "viewed_at"],
      ] as const) {
        await client.query("BEGIN");
        try {
          // Rows chosen once, under a lock that keeps them as they are while they are exported and deleted.
          const { rows } = await client.query(
            `SELECT * FROM "${table}" WHERE ${column} < now() - make_interval(days => $1) ORDER BY ${column} FOR UPDATE`,
            [options.auditRetentionDays],
          );
          if (rows.length) {
            await mkdir(exportDir, { recursive: true, mode: 0o700 });
            const file = path.join(exportDir, `${table}-${stamp}.jsonl`);
            const out = createWriteStream(file, { flags: "wx", mode: 0o600 });
            for (const row of rows) out.write(`${JSON.stringify(row)}\n`);
            out.end();
            await finished(out);
            exports.push(file);
            await client.query(`DELETE FROM "${table}" WHERE id = ANY($1::uuid[])`, [rows.map((r: { id: string }) => r.id)]);
          }
          removed[name] = rows.length;
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        }
      }
    }
    await client.query(`INSERT INTO "audit_event" (action, subject_type, after) VALUES ('retention.completed', 'System', $1::jsonb)`, [
      JSON.stringify({ ...removed, exports: exports.map((f) => path.basename(f)) }),
    ]);
    return { removed, exports };
  } finally {
    await client.end();
  }
}

/** Temporary upload files older than `ageMs`: an upload still being read is younger than that. */
async function removeOldTempFiles(ageMs: number): Promise<number> {
  const dir = uploadTempDir();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && Date.now() - info.mtimeMs > ageMs) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
