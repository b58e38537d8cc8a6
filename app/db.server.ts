// The one Prisma client of the process. PostgreSQL is the only state: what the process keeps in memory (figures,
// app/data-versions.server.ts) is kept only while PostgreSQL says the data it came from is unchanged.
// The pool has a connect timeout, a statement timeout and an idle-in-transaction timeout (issue 16 §2): a
// stopped or frozen database fails a request within seconds (answered 503, app/outcome-responses.ts)
// instead of hanging it, and a transaction the app forgot cannot hold its locks for ever.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { config } from "./config.server";
import { PLANNED_AT_EACH_RUN, statementNamer } from "./statement-names.server";

import { Prisma } from "./generated/prisma/client";

export { Prisma };
export type * from "./generated/prisma/client";

/**
 * PostgreSQL refuses to run a prepared statement whose result columns changed type since it was prepared ("cached plan
 * must not change result type"): after a migration that changes a column's type, applied by a newer instance while
 * this one runs. Its prepared statements (named: app/statement-names.server.ts) then fail on that connection until it
 * is closed. pg's pool closes a connection whose statement failed outside a transaction; one that failed inside a
 * transaction is returned to the pool as if sound, so it is marked here and closed when it is released. Each
 * connection so fails one statement at most, and the next ones run on fresh connections.
 */
const STALE_PLAN = { code: "0A000", message: "cached plan must not change result type" };

export class StatementsClient extends pg.Client {
  stalePlans = false;
  constructor(settings?: pg.ClientConfig) {
    super(settings);
    this.connection.on("errorMessage", (error: { code?: string; message?: string }) => {
      if (error.code === STALE_PLAN.code && error.message === STALE_PLAN.message) this.stalePlans = true;
    });
  }
}

let client: PrismaClient | undefined;
let pool: pg.Pool | undefined;
/** The connections that keep one plan per statement (readRows' `planned: "once"`). */
let planOncePool: pg.Pool | undefined;
let queries = 0;

function createPool(settingsOfItsOwn = "", max = config().DB_POOL_MAX) {
  const settings = config();
  const created = new pg.Pool({
    connectionString: settings.DATABASE_URL,
    max,
    connectionTimeoutMillis: settings.DB_CONNECT_TIMEOUT_MS,
    // Enforced by the server (it cancels the statement) ...
    statement_timeout: settings.DB_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: settings.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    // ... and by the client, for a server that cannot answer at all (frozen, unreachable).
    query_timeout: settings.DB_STATEMENT_TIMEOUT_MS + 2000,
    idleTimeoutMillis: 30_000,
    // A page's statements are short, and requests already run side by side: PostgreSQL's parallel workers (started
    // for each statement the planner deems large) cost more than they save under load (the members page's
    // statement took 41–53 ms with one worker, 16–24 ms without, at the scale data on two cores).
    // PostgreSQL's default cost of reading a page out of order (4, against 1 in sequence) is that of a spinning disk;
    // this database is read from memory (its working set is in shared buffers, or on SSD). With 4, the calendar's
    // week joined its 300 occurrences with their events by hashing all 20,000 events (10 of its 12 ms at the scale
    // data) rather than reading 300 by key (12 → 6 ms). DB_RANDOM_PAGE_COST sets it (1.1, as advised for SSDs).
    Client: StatementsClient,
    // Times are written and read in UTC whatever the server's zone: Prisma's adapter binds and reads a timestamptz
    // without its offset, readRows with it; both agree only when the connection's zone is UTC.
    options: `-c max_parallel_workers_per_gather=${settings.DB_PARALLEL_WORKERS} -c random_page_cost=${settings.DB_RANDOM_PAGE_COST} -c TimeZone=UTC${settingsOfItsOwn}`,
  });
  // A connection that breaks while idle in the pool (server restarted) is dropped by the pool; nothing to do.
  created.on("error", () => {});
  // Released with an error, the pool closes it itself; one with stale statements is closed here (ended before the
  // pool decides, so it leaves the pool).
  created.on("release", (error, released) => {
    if (!error && released instanceof StatementsClient && released.stalePlans) void released.end().catch(() => undefined);
  });
  return created;
}

/**
 * The connections that keep one plan per statement (readRows' `planned: "once"`): a quarter of DB_POOL_MAX more, at
 * least 2 (3 by default), for statements that are short and few.
 */
const planOnceMax = () => Math.max(2, Math.ceil(config().DB_POOL_MAX / 4));

/** The pools' connections now (for /metrics): the app's pool, and the "once" pool's as `once_…`. */
export function poolStats() {
  if (!pool) return null;
  const once = planOncePool;
  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: config().DB_POOL_MAX,
    once_total: once?.totalCount ?? 0,
    once_idle: once?.idleCount ?? 0,
    once_waiting: once?.waitingCount ?? 0,
    once_max: planOnceMax(),
  };
}

/** In a statement whose best plan depends on its values (a text search), to have it planned at each run. */
export const plannedAtEachRun = Prisma.raw(PLANNED_AT_EACH_RUN);

/** Whether a statement carries plannedAtEachRun. */
export const isPlannedAtEachRun = (statement: Prisma.Sql) => statement.strings.some((s) => s.includes(PLANNED_AT_EACH_RUN));

/**
 * How readRows has a statement planned. "as PostgreSQL decides": for a named statement, for its values five times,
 * then one plan for any values if PostgreSQL deems it no dearer, which it seldom does for a statement of several
 * reads (the search's reads of group spaces and the library were planned at every run: 2.1 ms of their 2.6 ms of
 * PostgreSQL's CPU, against 0.5 ms with one plan). "once": on connections of their own, which keep one plan per
 * statement whatever its values (plan_cache_mode=force_generic_plan), for a statement whose values do not change
 * which plan is best. Not for one marked plannedAtEachRun.
 */
export type Planning = "as PostgreSQL decides" | "once";

let namer: ((query: { sql: string }) => string) | undefined;
/** The name of a statement's text, shared by Prisma's statements and those of readRows. */
function statementName(text: string): string {
  // Distinct statement texts named (app/statement-names.server.ts): a full load benchmark sends 145.
  namer ??= statementNamer(config().DB_NAMED_STATEMENTS);
  return namer({ sql: text });
}

function createClient() {
  pool ??= createPool();
  const adapter = new PrismaPg(pool, { statementNameGenerator: ({ sql }) => statementName(sql) });
  // Benchmarks count the SQL statements a request runs (DB_COUNT_QUERIES=1); the app itself does not.
  if (process.env.DB_COUNT_QUERIES === "1") {
    const counted = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
    counted.$on("query", (event) => countStatement(event.query));
    return counted as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter });
}

/** A write refused by a unique index (Prisma's P2002): the caller turns it into a message on the field. */
export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** SQL statements run so far by this process (only counted with DB_COUNT_QUERIES=1). */
export function queryCount() {
  return queries;
}

const statementWatchers = new Set<(text: string) => void>();

/** One statement run, Prisma's or readRows' (only with DB_COUNT_QUERIES=1). */
function countStatement(text: string) {
  queries += 1;
  for (const watcher of statementWatchers) watcher(text);
}

/** Gives `watcher` the text of each SQL statement run until the returned function is called (only with DB_COUNT_QUERIES=1). */
export function watchStatements(watcher: (text: string) => void): () => void {
  statementWatchers.add(watcher);
  return () => statementWatchers.delete(watcher);
}

/**
 * How readRows reads a column, as Prisma's $queryRaw reads it where pg's default differs: a 64-bit integer as a
 * BigInt (pg: a string), a numeric as a Decimal (a string), a date and a timestamp without time zone in UTC (pg: in
 * the process's zone). Every other type of SAME_IN_PG is read alike by both: text, integers, booleans, uuid, JSON,
 * timestamptz, doubles, their arrays, and the database's own enums (their label).
 */
const AS_PRISMA: Record<number, (text: string) => unknown> = {
  20: (text) => BigInt(text),
  1700: (text) => new Prisma.Decimal(text),
  1082: (text) => new Date(`${text}T00:00:00Z`),
  1114: (text) => new Date(`${text.replace(" ", "T")}Z`),
};
const SAME_IN_PG = new Set([
  ...[16, 21, 23, 25, 114, 700, 701, 1042, 1043, 1184, 2950, 3802], // bool, int2, int4, text, json, float4/8, char, varchar, timestamptz, uuid, jsonb
  ...[1000, 1005, 1007, 1009, 1014, 1015, 1021, 1022, 1185, 2951], // their arrays
]);
const FIRST_USER_TYPE = 16384;
const PRISMA_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    AS_PRISMA[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A value bound as Prisma binds it: a time as its UTC instant (pg would write it in the process's zone). */
const asParameter = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map(asParameter) : value;

/**
 * The rows of a statement sent straight to the pool, not through Prisma's engine: the same statement costs the
 * process about a third of the CPU (45 against 125–140 µs for a small read, issue 17), which every page pays for
 * its session, its bell and its reads. Named as Prisma names its statements, counted as they are, with the same
 * timeouts, and its values read as $queryRaw reads them (AS_PRISMA). Not in a transaction: it takes any connection
 * of the pool (in one, use the transaction's $queryRaw). A column of a type neither list names (an interval, an
 * array of dates…) fails the read, so that no caller gets a value Prisma would have given otherwise; the statement has
 * run by then, so a statement that writes must not return one. An array of an enum comes as its text, '{A,B}', from
 * both (no statement reads one).
 */
export async function readRows<T>(statement: Prisma.Sql, planned: Planning = "as PostgreSQL decides"): Promise<T[]> {
  if (planned === "once" && isPlannedAtEachRun(statement))
    throw new Error("readRows: a statement marked to be planned at each run cannot be planned once");
  const name = statementName(statement.text);
  // An unnamed statement (DB_NAMED_STATEMENTS=0, or past it) would be planned at each run all the same, without its
  // values: it goes to the app's pool, planned for them.
  const connections =
    planned === "once" && name
      ? (planOncePool ??= createPool(" -c plan_cache_mode=force_generic_plan", planOnceMax()))
      : (pool ??= createPool());
  if (process.env.DB_COUNT_QUERIES === "1") countStatement(statement.text);
  const result = await connections.query({
    ...(name ? { name } : {}),
    text: statement.text,
    values: statement.values.map(asParameter),
    types: PRISMA_TYPES,
  });
  for (const field of result.fields) {
    const type = field.dataTypeID;
    if (type < FIRST_USER_TYPE && !SAME_IN_PG.has(type) && !AS_PRISMA[type])
      throw new Error(`readRows: column "${field.name}" is of type ${type}, which pg reads otherwise than Prisma; cast it`);
  }
  return result.rows as T[];
}

/** Created on first use, so the environment (DATABASE_URL) can be set before. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    client ??= createClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDb() {
  await client?.$disconnect();
  client = undefined;
  await pool?.end().catch(() => undefined);
  pool = undefined;
  await planOncePool?.end().catch(() => undefined);
  planOncePool = undefined;
}
