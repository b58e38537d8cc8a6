// Backup and restore (issue 16 §4): one .tar.gz with the database and the uploaded files, taken online.
//
// The database is read in one REPEATABLE READ, READ ONLY transaction: one consistent snapshot while users
// keep working (no lock beyond ACCESS SHARE). Each table of the schema `public` becomes db/<table>.jsonl, one
// JSON object per row (row_to_json), read through a cursor in batches, so it works with the embedded server,
// which ships no pg_dump, and with any PostgreSQL of DATABASE_URL, without the client and server versions
// having to match. Generated columns are left out (PostgreSQL recomputes them). The job queue (schema
// graphile_worker) is not backed up: the worker recreates its schema, and scheduled jobs run again.
// The uploaded files are copied after the snapshot is taken (UPLOAD_DIR without tmp/): a file uploaded meanwhile
// may be in the archive without its row, which is harmless; files are never changed in place.
//
// Restore: into an empty database (the migrations of the archive are applied first, by the same runner as
// `npm start`), rows inserted in foreign-key order in one transaction (json_populate_recordset), then the files;
// the row and file counts are checked against the archive's manifest.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import pg from "pg";
import * as tar from "tar";
import { migrate, readMigrations } from "./migrate.ts";

const BATCH = 1000;
const FORMAT = 1;

export type Manifest = {
  format: number;
  createdAt: string;
  migrations: string[];
  tables: Record<string, { rows: number; columns: string[] }>;
  files: number;
  fileBytes: number;
};

type Table = { name: string; columns: string[] };

/** Tables of `public` (not Prisma's migration log) with their stored columns, parents before children. */
async function tablesOf(client: pg.Client): Promise<Table[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(
    `SELECT c.table_name AS table, c.column_name AS column
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
        AND c.is_generated = 'NEVER'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT cl.relname AS child, pa.relname AS parent
       FROM pg_constraint co
       JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
       JOIN pg_class pa ON pa.oid = co.confrelid
      WHERE co.contype = 'f' AND n.nspname = 'public' AND cl.oid <> pa.oid`,
  );
  const byName = new Map<string, string[]>();
  for (const { table, column } of columns) byName.set(table, [...(byName.get(table) ?? []), column]);
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const { parent } of references.filter((r) => r.child === name)) if (byName.has(parent)) visit(parent);
    visiting.delete(name);
    ordered.push(name);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered.map((name) => ({ name, columns: byName.get(name)! }));
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === base && entry.name === "tmp") continue;
      found.push(...(await listFiles(full, base)));
    } else if (entry.isFile()) found.push(path.relative(base, full));
  }
  return found;
}

/** Writes the archive; returns its manifest. */
export async function backup(options: {
  databaseUrl: string;
  uploadDir: string;
  out: string;
  log?: (line: string) => void;
}): Promise<Manifest> {
  const log = options.log ?? (() => {});
  const staging = await mkdtemp(path.join(tmpdir(), "coordination-backup-"));
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await mkdir(path.join(staging, "db"));
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: applied } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const tables = await tablesOf(client);
    const manifest: Manifest = {
      format: FORMAT,
      createdAt: new Date().toISOString(),
      migrations: applied.map((m) => m.name),
      tables: {},
      files: 0,
      fileBytes: 0,
    };
    for (const table of tables) {
      const out = createWriteStream(path.join(staging, "db", `${table.name}.jsonl`));
      await client.query(
        `DECLARE rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM (SELECT ${table.columns.map(quoted).join(", ")} FROM ${quoted(table.name)}) t`,
      );
      let count = 0;
      for (;;) {
        const { rows } = await client.query<{ line: string }>(`FETCH ${BATCH} FROM rows`);
        if (!rows.length) break;
        count += rows.length;
        if (!out.write(rows.map((r) => r.line).join("\n") + "\n")) await new Promise<void>((r) => out.once("drain", () => r()));
      }
      await client.query("CLOSE rows");
      out.end();
      await finished(out);
      manifest.tables[table.name] = { rows: count, columns: table.columns };
    }
    await client.query("COMMIT");
    log(`database: ${tables.length} tables, ${Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0)} rows`);

    const files = await listFiles(options.uploadDir);
    for (const file of files) manifest.fileBytes += (await stat(path.join(options.uploadDir, file))).size;
    manifest.files = files.length;
    log(`files: ${files.length} (${manifest.fileBytes} bytes)`);
    await writeFile(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2));
    // The files are packed from where they are (no copy): a link in the staging folder, followed by tar.
    await symlink(path.resolve(options.uploadDir), path.join(staging, "files"));
    await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
    await tar.c(
      {
        gzip: true,
        file: options.out,
        cwd: staging,
        follow: true,
        portable: true,
        filter: (entry) => !/^files\/tmp(\/|$)/.test(entry),
      },
      ["manifest.json", "db", ...files.map((f) => path.join("files", f))],
    );
    return manifest;
  } finally {
    await client.end().catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
  }
}

/** Restores an archive into an empty database and an empty (or missing) upload folder. */
export async function restore(options: {
  archive: string;
  databaseUrl: string;
  uploadDir: string;
  log?: (line: string) => void;
}): Promise<Manifest> {
  const log = options.log ?? (() => {});
  const staging = await mkdtemp(path.join(tmpdir(), "coordination-restore-"));
  try {
    await tar.x({ file: options.archive, cwd: staging, strict: true });
    const manifest = JSON.parse(await readFile(path.join(staging, "manifest.json"), "utf8")) as Manifest;
    if (manifest.format !== FORMAT) throw new Error(`This archive has format ${manifest.format}; this version reads format ${FORMAT}.`);
    const known = new Set((await readMigrations()).map((m) => m.name));
    const unknown = manifest.migrations.filter((m) => !known.has(m));
    if (unknown.length)
      throw new Error(`The archive comes from a newer version (migrations ${unknown.join(", ")}): restore it with that version.`);
    const existing = await listFiles(options.uploadDir);
    if (existing.length) throw new Error(`${options.uploadDir} already holds files: restore into an empty folder.`);

    await migrate(options.databaseUrl, log);
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      const tables = await tablesOf(client);
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "user"`);
      if (Number(rows[0].n) > 0) throw new Error("The database already holds data: restore into an empty database.");
      await client.query("BEGIN");
      // Rows the seed may have put in an empty database would clash: the archive's are the truth.
      for (const table of [...tables].reverse()) await client.query(`DELETE FROM ${quoted(table.name)}`);
      for (const table of tables) {
        const saved = manifest.tables[table.name];
        if (!saved) continue;
        // Columns of the archive that the table still has; a column added since takes its default.
        const columns = saved.columns
          .filter((c) => table.columns.includes(c))
          .map(quoted)
          .join(", ");
        const insert = async (batch: string[]) => {
          await client.query(
            `INSERT INTO ${quoted(table.name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quoted(table.name)}, $1::json)`,
            [`[${batch.join(",")}]`],
          );
        };
        let batch: string[] = [];
        const lines = createInterface({ input: createReadStream(path.join(staging, "db", `${table.name}.jsonl`)), crlfDelay: Infinity });
        for await (const line of lines) {
          if (!line) continue;
          batch.push(line);
          if (batch.length >= BATCH) {
            await insert(batch);
            batch = [];
          }
        }
        if (batch.length) await insert(batch);
        const { rows: counted } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoted(table.name)}`);
        if (Number(counted[0].n) !== saved.rows)
          throw new Error(`${table.name}: ${counted[0].n} rows restored, the archive has ${saved.rows}.`);
      }
      // Every data version moves past the archive's (app/data-versions.server.ts), whether or not the restored rows
      // bumped it (a set whose tables are empty in both databases, e.g. a calendar without events, would not): a
      // process that kept figures for the database this one replaces never takes them for the restored data.
      await client.query(`UPDATE data_version SET version = version + 1`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      await client.end().catch(() => undefined);
    }
    log(`database: ${Object.keys(manifest.tables).length} tables restored`);

    const filesDir = path.join(staging, "files");
    const files = await listFiles(filesDir);
    if (files.length !== manifest.files) throw new Error(`The archive holds ${files.length} files, its manifest says ${manifest.files}.`);
    await mkdir(options.uploadDir, { recursive: true });
    if (files.length) await cp(filesDir, options.uploadDir, { recursive: true, errorOnExist: true, force: false });
    log(`files: ${files.length} restored`);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** SHA-256 of a file, for the tests' comparisons. */
export async function sha256Of(file: string) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
