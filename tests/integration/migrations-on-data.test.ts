// The newest migrations applied to a database that holds data, as an operator's upgrade applies them: tests and
// `npm start` otherwise only ever migrate an empty database, where a migration that updates rows and then indexes
// the same table in one transaction ("cannot CREATE INDEX … because it has pending trigger events"), adds a NOT
// NULL column without a value, or backfills wrongly, still passes.
//
// How: the demo data is seeded into this file's database (every migration applied). A second database is migrated to
// all but the newest RECENT migrations, and given that data (the columns the two have in common, with triggers and
// foreign-key checks off while copying, as a restore does). The newest migrations are then applied to it, and each
// table must hold exactly the rows of the first database: what a migration fills in for existing rows is what the
// application (or its triggers) writes for new ones.
import { mkdtemp, cp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { migrate, readMigrations } from "../../scripts/lib/migrate.ts";
import { createDatabaseIfMissing, databaseUrl, dropDatabase } from "../../scripts/lib/postgres.ts";
import { seedIfEmpty } from "../../prisma/seed.ts";

/** How many of the newest migrations are applied to data. */
const RECENT = 4;
/** Tables whose rows legitimately differ: the data versions count the transactions that wrote each set. */
const NOT_COMPARED = new Set(["_prisma_migrations", "data_version"]);

const adminUrl = inject("pgAdminUrl");
const olderName = `test_older_${process.pid}_${randomBytes(4).toString("hex")}`;
const olderUrl = databaseUrl(adminUrl, olderName);

afterAll(async () => {
  await dropDatabase(adminUrl, olderName);
});

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type Column = { name: string; generated: boolean; identity: boolean };

async function tablesOf(client: pg.Client): Promise<Map<string, Column[]>> {
  const { rows } = await client.query<{ table_name: string; column_name: string; is_generated: string; is_identity: string }>(
    `SELECT c.table_name, c.column_name, c.is_generated, c.is_identity
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, Column[]>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? [];
    columns.push({ name: row.column_name, generated: row.is_generated === "ALWAYS", identity: row.is_identity === "YES" });
    tables.set(row.table_name, columns);
  }
  return tables;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every row of `table` (the given columns), as sorted JSON texts: an order-free picture of its content. */
async function contentOf(client: pg.Client, table: string, columns: string[]): Promise<string[]> {
  const list = columns.map(quoted).join(", ");
  const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM (SELECT ${list} FROM ${quoted(table)}) t`);
  return rows.map((r) => r.row).sort();
}

describe("the newest migrations, applied to a database holding the demo data", () => {
  it(`apply, and leave every table as the current schema's application writes it (newest ${RECENT})`, async () => {
    await seedIfEmpty({ demoAccounts: true });
    const all = await readMigrations();
    const recent = all.slice(-RECENT).map((m) => m.name);

    // The older database: every migration but the newest few.
    const olderDir = await mkdtemp(path.join(tmpdir(), "migrations-older-"));
    const source = path.resolve(import.meta.dirname, "../../prisma/migrations");
    await cp(source, olderDir, { recursive: true });
    for (const name of recent) await rm(path.join(olderDir, name), { recursive: true });
    await createDatabaseIfMissing(adminUrl, olderName);
    await migrate(olderUrl, () => {}, olderDir);
    await rm(olderDir, { recursive: true, force: true });

    const copied = await withClient(process.env.DATABASE_URL!, async (current) =>
      withClient(olderUrl, async (older) => {
        const currentTables = await tablesOf(current);
        const olderTables = await tablesOf(older);
        // As a restore does: no triggers (the data versions, the derived columns), no foreign-key order.
        await older.query("SET session_replication_role = replica");
        // What the migrations themselves wrote (reference rows) comes again with the data.
        const emptied = [...olderTables.keys()].filter((table) => !NOT_COMPARED.has(table));
        await older.query(`TRUNCATE ${emptied.map(quoted).join(", ")}`);
        const counts = new Map<string, number>();
        for (const [table, olderColumns] of olderTables) {
          if (NOT_COMPARED.has(table)) continue;
          const currentColumns = new Set((currentTables.get(table) ?? []).map((c) => c.name));
          const columns = olderColumns.filter((c) => !c.generated && currentColumns.has(c.name)).map((c) => c.name);
          if (!currentTables.has(table) || columns.length === 0) continue;
          const list = columns.map(quoted).join(", ");
          const { rows } = await current.query<{ rows: unknown[] | null }>(
            `SELECT json_agg(t) AS rows FROM (SELECT ${list} FROM ${quoted(table)}) t`,
          );
          const data = rows[0].rows ?? [];
          counts.set(table, data.length);
          if (data.length === 0) continue;
          const identity = olderColumns.some((c) => c.identity && columns.includes(c.name)) ? " OVERRIDING SYSTEM VALUE" : "";
          await older.query(
            `INSERT INTO ${quoted(table)} (${list})${identity} SELECT ${list} FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`,
            [JSON.stringify(data)],
          );
        }
        await older.query("SET session_replication_role = origin");
        return counts;
      }),
    );
    // The demo data reaches the tables that matter here.
    for (const table of ["user", "organization", "event", "event_occurrence", "project", "activity", "recommendation"])
      expect(copied.get(table), table).toBeGreaterThan(0);

    // The upgrade.
    expect(await migrate(olderUrl)).toEqual(recent);

    // Every table of the current schema, row for row.
    await withClient(process.env.DATABASE_URL!, async (current) =>
      withClient(olderUrl, async (older) => {
        const currentTables = await tablesOf(current);
        const upgradedTables = await tablesOf(older);
        expect([...upgradedTables.keys()].sort()).toEqual([...currentTables.keys()].sort());
        for (const [table, columns] of currentTables) {
          if (NOT_COMPARED.has(table)) continue;
          const names = columns.map((c) => c.name);
          expect(
            upgradedTables
              .get(table)!
              .map((c) => c.name)
              .sort(),
            `the columns of ${table}`,
          ).toEqual([...names].sort());
          expect(await contentOf(older, table, names), `the rows of ${table}`).toEqual(await contentOf(current, table, names));
        }
      }),
    );
  });
});
