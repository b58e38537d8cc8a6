// Figures counted from whole tables (the chart and summary pages of readers who see every row), the counts of
// the lists and the reference lists that label them, kept in the process while the data they were read from is
// unchanged. PostgreSQL keeps a version number per set of
// tables, bumped as each transaction that changed one of them commits (migration 20261225000000_data_versions);
// a request reads the versions (one small query) and reuses the figures computed under the same versions.
//
// Why this is never stale: the versions are read before the figures are computed, so anything committed before
// that read is in the figures, and anything committed after it has bumped a version, which the next request
// sees. Every instance reads the same versions, so an edit on one is seen on all. A restored backup is told apart
// by the transaction that wrote its rows; MAX_AGE_MS bounds how long an entry lives whatever happens.
import { Prisma, readRows } from "~/db.server";
import type { TogetherRead } from "~/read-together.server";

const sql = Prisma.sql;

/**
 * The sets of tables with a version. `reference` is the lists pages label and filter with (organizations,
 * thematic areas, working groups); `people` the accounts and their memberships; the others are what their name
 * says, with the tables their figures read.
 */
export type DataSet = "recommendations" | "activities" | "projects" | "reference" | "calendar" | "people";

const MAX_AGE_MS = 5 * 60_000;

type Entry = { stamp: string; at: number; value: Promise<unknown>; rows: number };

/** Each set's version as PostgreSQL gave it (data_version's rows). */
export type Versions = ReadonlyMap<string, string>;

const stampOf = (sets: readonly DataSet[], versions: Versions) => sets.map((set) => `${set}:${versions.get(set) ?? "none"}`).join(",");
const entryName = (sets: readonly DataSet[], key: string) => `${sets.join("+")}|${key}`;

/**
 * A bounded store of figures (the oldest entry out first), each kept with the versions it was computed under. Bounded
 * by entries and, once their values are in, by rows (an array counts its length, anything else one), so that pages of
 * rows cannot fill memory where counts would not.
 */
export class KeptFigures {
  private readonly entries = new Map<string, Entry>();
  private rows = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxRows = Infinity,
  ) {}

  async get<T>(sets: readonly DataSet[], key: string, compute: () => Promise<T>): Promise<T> {
    const versions = await currentVersions();
    return this.kept<T>(sets, key, versions) ?? this.keep(sets, key, versions, compute());
  }

  /** The value kept for `key` if it was computed under the same versions of `sets` as `versions` (and is not too old). */
  kept<T>(sets: readonly DataSet[], key: string, versions: Versions): Promise<T> | undefined {
    const found = this.entries.get(entryName(sets, key));
    if (found && found.stamp === stampOf(sets, versions) && Date.now() - found.at < MAX_AGE_MS) return found.value as Promise<T>;
    return undefined;
  }

  /** Keeps `value`, computed after `versions` were read, under those versions of `sets`; gives it back. */
  keep<T>(sets: readonly DataSet[], key: string, versions: Versions, value: Promise<T>): Promise<T> {
    const name = entryName(sets, key);
    const entry: Entry = { stamp: stampOf(sets, versions), at: Date.now(), value, rows: 0 };
    this.remove(name);
    this.entries.set(name, entry);
    // The oldest entry goes first (a Map keeps insertion order).
    if (this.entries.size > this.maxEntries) this.remove(this.entries.keys().next().value!);
    value.then(
      (figures) => {
        if (this.entries.get(name) !== entry) return;
        entry.rows = Array.isArray(figures) ? figures.length : 1;
        this.rows += entry.rows;
        while (this.rows > this.maxRows && this.entries.size > 0) this.remove(this.entries.keys().next().value!);
      },
      () => {
        if (this.entries.get(name) === entry) this.remove(name);
      },
    );
    return value;
  }

  /** How many entries and rows are kept (for the tests). */
  get size() {
    return { entries: this.entries.size, rows: this.rows };
  }

  private remove(name: string) {
    const entry = this.entries.get(name);
    if (!entry) return;
    this.rows -= entry.rows;
    this.entries.delete(name);
  }
}

/**
 * The versions, read by one statement for every caller of the same turn of the event loop: the statement is sent
 * after they have all asked (the next turn), so each of them reads versions taken after it asked, and a batch
 * never answers a caller that asked after the statement was sent. A page that keeps several figures (a list's
 * count and its reference lists) reads the versions once.
 */
let batch: Promise<Versions> | null = null;

const VERSIONS = sql`SELECT name, version::text || '.' || xmin::text AS stamp FROM data_version`;

function currentVersions(): Promise<Versions> {
  if (batch) return batch;
  const next: Promise<Versions> = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
    if (batch === next) batch = null;
    // With the row's transaction id: a backup restored under the same versions is still told apart.
    return versionsFrom(await readRows<unknown>(VERSIONS));
  });
  batch = next;
  return next;
}

const figures = new KeptFigures(200);

/**
 * `compute()`'s result, computed at most once per process for each `key` and versions of `sets`: the tables it
 * reads must all be among those that bump `sets` (see the migrations). Requests that arrive while it is computed
 * wait for the same answer; a failure is not kept. What it gives is shared: callers must not change it.
 */
export function figuresFor<T>(sets: readonly DataSet[], key: string, compute: () => Promise<T>): Promise<T> {
  return figures.get(sets, key, compute);
}

/** At most 1,000 statements and 25,000 rows: pages of 25–50 rows of a list, a few KB each at most. */
const statements = new KeptFigures(1000, 25_000);

/**
 * The rows of a small statement (a list's count, totals or one page of rows for one reader's filters, a calendar
 * view's occurrences, a personal feed's version, a reader's networking suggestions), kept the same way, apart from the
 * figures so that the many filter combinations readers try do not push the charts out. Never a whole selection (an
 * export): thousands of rows would push out every page kept (the store counts rows, not bytes). The statement's text and bound values are the key: they hold
 * everything its answer depends on besides the tables of `sets` (the reader's visibility included), so the statement
 * must not read the clock or any other table. The rows are shared by every caller: copy before changing them.
 */
export async function rowsKept<T>(sets: readonly DataSet[], statement: Prisma.Sql): Promise<T[]> {
  return rowsKeptWith(await currentVersions(), sets, statement);
}

/**
 * The versions now, for a page whose kept reads follow one another (the ids of a page, then its people): each read
 * takes them (rowsKeptWith) rather than reading them again. One statement, shared by the callers of a turn.
 */
export const readVersions = (): Promise<Versions> => currentVersions();

/** rowsKept's rows, under versions the caller read (readVersions) before this statement would be sent. */
export function rowsKeptWith<T>(versions: Versions, sets: readonly DataSet[], statement: Prisma.Sql): Promise<T[]> {
  const key = statementKey(statement);
  return statements.kept<T[]>(sets, key, versions) ?? statements.keep(sets, key, versions, readRows<T>(statement));
}

const statementKey = (statement: Prisma.Sql) =>
  `${statement.text}\u0000${JSON.stringify(statement.values, (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value))}`;

/**
 * The versions as one read of a page's own statement (readTogether), for a page that reads them with its other reads
 * rather than by a statement of their own; `versionsFrom` turns its rows into the versions rowsKeptUnder takes.
 */
export const VERSIONS_READ: TogetherRead = { statement: VERSIONS, order: sql`k.name` };

export const versionsFrom = (rows: unknown[]): Versions =>
  new Map((rows as Array<{ name: string; stamp: string }>).map((r) => [r.name, r.stamp]));

/** At most 400 statements and 10,000 rows (the search's kinds: 6 rows each on its page of every kind, 21 on one kind's). */
const answers = new KeptFigures(400, 10_000);

/**
 * Rows kept like rowsKept's, under versions the caller read itself (VERSIONS_READ, in a statement sent before this one
 * would be): the rows kept for `statement` under the same versions, or none (undefined) — then `keepRows` keeps the rows
 * the caller reads for it after that statement. Their store is apart from rowsKept's: the search keeps up to four
 * statements for each word searched, and the many words people try must not push the lists' pages out.
 */
export function rowsKeptUnder<T>(versions: Versions, sets: readonly DataSet[], statement: Prisma.Sql): Promise<T[]> | undefined {
  return answers.kept<T[]>(sets, statementKey(statement), versions);
}

export function keepRows<T>(versions: Versions, sets: readonly DataSet[], statement: Prisma.Sql, rows: Promise<T[]>): Promise<T[]> {
  return answers.keep(sets, statementKey(statement), versions, rows);
}
