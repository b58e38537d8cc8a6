// prisma/schema/*.prisma and the database built by the hand-written migrations must agree: every model,
// column, type, nullability, default, enum, primary key, unique, index and foreign key, compared
// between Prisma's own DMMF (from its schema WASM) and the migrated database's catalogue.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import wasm from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: Array<{ name: string }> };
type Dmmf = { datamodel: { models: DmmfModel[]; enums: Array<{ name: string; values: Array<{ name: string }> }>; indexes: DmmfIndex[] } };

const schemaDir = path.resolve(import.meta.dirname, "../../prisma/schema");
const schemaFiles = readdirSync(schemaDir)
  .filter((f) => f.endsWith(".prisma"))
  .map((f) => [f, readFileSync(path.join(schemaDir, f), "utf8")]);
const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: schemaFiles }))) as Dmmf;
const models = dmmf.datamodel.models;
const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;
const modelByName = new Map(models.map((m) => [m.name, m]));
const columnName = (modelName: string, fieldName: string) => columnOf(modelByName.get(modelName)!.fields.find((f) => f.name === fieldName)!);

// Columns the migrations add on purpose that Prisma cannot describe (e.g. generated search vectors).
// Each entry says why; anything else in the database that the schema does not know is drift.
const DATABASE_ONLY_COLUMNS: Record<string, string[]> = {};

/** What Postgres reports (information_schema.columns data_type / udt_name) for a Prisma field. */
function expectedType(field: DmmfField): string {
  if (field.isList) return `ARRAY:_${expectedType({ ...field, isList: false }).split(":").pop()}`;
  if (field.kind === "enum") return `USER-DEFINED:${field.type}`;
  const native = field.nativeType?.[0];
  if (native === "Uuid") return "uuid";
  if (native === "Char") return "character";
  if (native === "VarChar") return "character varying";
  if (native === "Timestamptz") return "timestamp with time zone";
  if (native === "Date") return "date";
  if (native === "Citext") return "USER-DEFINED:citext";
  switch (field.type) {
    case "String":
      return "text";
    case "Int":
      return "integer";
    case "BigInt":
      return "bigint";
    case "Boolean":
      return "boolean";
    case "DateTime":
      return "timestamp without time zone";
    case "Json":
      return "jsonb";
    case "Float":
      return "double precision";
    case "Decimal":
      return "numeric";
    case "Bytes":
      return "bytea";
    default:
      throw new Error(`No mapping for Prisma type ${field.type}`);
  }
}

let client: pg.Client;
type Column = { table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: "YES" | "NO"; column_default: string | null };
let columns: Column[];

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  columns = (
    await client.query<Column>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'public'`,
    )
  ).rows;
});
afterAll(() => client.end());

function describeType(c: Column) {
  if (c.data_type === "USER-DEFINED") return `USER-DEFINED:${c.udt_name}`;
  if (c.data_type === "ARRAY") return `ARRAY:${c.udt_name}`;
  return c.data_type;
}

describe("schema.prisma and the migrated database", () => {
  it("have the same tables", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const inDatabase = rows.map((r) => r.table_name).filter((t) => t !== "_prisma_migrations").sort();
    expect(inDatabase).toEqual(models.map(tableOf).sort());
  });

  it("have the same columns with the same types, nullability and defaults", () => {
    for (const model of models) {
      const table = tableOf(model);
      const scalars = model.fields.filter((f) => f.kind !== "object");
      const dbColumns = columns.filter((c) => c.table_name === table);
      const expectedNames = [...scalars.map(columnOf), ...(DATABASE_ONLY_COLUMNS[table] ?? [])].sort();
      expect(dbColumns.map((c) => c.column_name).sort(), `columns of ${table}`).toEqual(expectedNames);
      for (const field of scalars) {
        const column = dbColumns.find((c) => c.column_name === columnOf(field))!;
        const where = `${table}.${column.column_name}`;
        expect(describeType(column), `type of ${where}`).toBe(expectedType(field));
        // Prisma creates scalar lists without NOT NULL; every other required field is NOT NULL.
        expect(column.is_nullable, `nullability of ${where}`).toBe(field.isRequired && !field.isList ? "NO" : "YES");
        expect(column.column_default !== null, `default of ${where}`).toBe(field.hasDefaultValue);
      }
    }
  });

  it("have the same enums, with values in the same order", async () => {
    const { rows } = await client.query<{ name: string; value: string }>(
      `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
    );
    const inDatabase: Record<string, string[]> = {};
    for (const row of rows) (inDatabase[row.name] ??= []).push(row.value);
    const inSchema = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(inDatabase).toEqual(inSchema);
  });

  it("have the same primary keys, unique constraints and indexes", async () => {
    const { rows } = await client.query<{ table: string; columns: string[]; is_unique: boolean; is_primary: boolean }>(
      `SELECT c.relname AS table, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class c ON c.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
       WHERE c.relname <> '_prisma_migrations'
       GROUP BY c.relname, i.relname, ix.indisunique, ix.indisprimary`,
    );
    const key = (table: string, kind: string, cols: string[]) => `${table}:${kind}:${cols.join(",")}`;
    const inDatabase = rows.map((r) => key(r.table, r.is_primary ? "id" : r.is_unique ? "unique" : "normal", r.columns)).sort();
    const inSchema = dmmf.datamodel.indexes
      .map((ix) => key(tableOf(modelByName.get(ix.model)!), ix.type, ix.fields.map((f) => columnName(ix.model, f.name))))
      .sort();
    expect(inDatabase).toEqual(inSchema);
  });

  it("have the same foreign keys with the same delete rules", async () => {
    const { rows } = await client.query<{ table: string; columns: string[]; ref_table: string; ref_columns: string[]; on_delete: string }>(
      `SELECT c.relname AS table, r.relname AS ref_table,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS columns,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS ref_columns,
              con.confdeltype AS on_delete
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_class r ON r.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE con.contype = 'f'`,
    );
    const DELETE_RULE: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };
    const inDatabase = rows.map((r) => `${r.table}(${r.columns.join(",")}) -> ${r.ref_table}(${r.ref_columns.join(",")}) ${DELETE_RULE[r.on_delete]}`).sort();
    const inSchema = models
      .flatMap((model) =>
        model.fields
          .filter((f) => f.kind === "object" && f.relationFromFields && f.relationFromFields.length > 0)
          .map((f) => {
            const target = modelByName.get(f.type)!;
            const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
            return `${tableOf(model)}(${f.relationFromFields!.map((n) => columnName(model.name, n)).join(",")}) -> ${tableOf(target)}(${f.relationToFields!.map((n) => columnName(target.name, n)).join(",")}) ${onDelete}`;
          }),
      )
      .sort();
    expect(inDatabase).toEqual(inSchema);
  });

  it("records every migration in _prisma_migrations as Prisma Migrate does", async () => {
    const { readMigrations } = await import("../../scripts/lib/migrate.ts");
    const migrations = await readMigrations();
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });
});
