// The migration runner: applies in order, is idempotent, refuses edited or half-applied history.
import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../scripts/lib/migrate.ts";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("the migration runner", () => {
  it("has nothing to do on a database that is up to date", async () => {
    expect(await migrate(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("uses SHA-256 of the file as Prisma's checksum", async () => {
    const [first] = await readMigrations();
    expect(first.checksum).toMatch(/^[0-9a-f]{64}$/);
    const { createHash } = await import("node:crypto");
    expect(first.checksum).toBe(createHash("sha256").update(first.sql).digest("hex"));
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const [first] = await readMigrations();
    await query(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, ["0".repeat(64), first.name]);
    await expect(migrate(process.env.DATABASE_URL!)).rejects.toThrow(/edited after it was applied/);
    await query(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [first.checksum, first.name]);
  });

  it("rolls a failing migration back whole and leaves no record of it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(path.resolve(import.meta.dirname, "../../prisma/migrations"), dir, { recursive: true });
    const broken = path.join(dir, "29991231000000_broken");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(broken);
    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n`);
    const { migrate: migrateFrom } = await import("../../scripts/lib/migrate.ts");
    await expect(migrateFrom(process.env.DATABASE_URL!, () => {}, dir)).rejects.toThrow(/failed and was rolled back/);
    expect(await query(`SELECT to_regclass('public.half_done') AS t`)).toEqual([{ t: null }]);
    expect(await query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`)).toEqual([]);
  });
});
