// Figures counted from whole tables (the chart and summary pages of readers who see every row), kept in the
// process while the data they were counted from is unchanged. PostgreSQL keeps a version number per set of
// tables, bumped as each transaction that changed one of them commits (migration 20261225000000_data_versions);
// a request reads the versions (one primary-key query) and reuses the figures computed under the same versions.
//
// Why this is never stale: the versions are read before the figures are computed, so anything committed before
// that read is in the figures, and anything committed after it has bumped a version, which the next request
// sees. Every instance reads the same versions, so an edit on one is seen on all. MAX_AGE_MS bounds how long
// an entry lives whatever happens (a restored backup with lower versions, say).
import { db } from "~/db.server";

export type DataSet = "recommendations" | "activities" | "projects";

const MAX_AGE_MS = 5 * 60_000;
const MAX_ENTRIES = 200;

type Entry = { stamp: string; at: number; value: Promise<unknown> };
const entries = new Map<string, Entry>();

async function stampOf(sets: readonly DataSet[]): Promise<string> {
  const rows = await db.dataVersion.findMany({ where: { name: { in: [...sets] } }, select: { name: true, version: true } });
  const versions = new Map(rows.map((r) => [r.name, r.version.toString()]));
  return sets.map((set) => `${set}:${versions.get(set) ?? "none"}`).join(",");
}

/**
 * `compute()`'s result, computed at most once per process for each `key` and versions of `sets`: the tables it
 * reads must all be among those that bump `sets` (see the migration). Requests that arrive while it is computed
 * wait for the same answer; a failure is not kept.
 */
export async function figuresFor<T>(sets: readonly DataSet[], key: string, compute: () => Promise<T>): Promise<T> {
  const stamp = await stampOf(sets);
  const name = `${sets.join("+")}|${key}`;
  const found = entries.get(name);
  if (found && found.stamp === stamp && Date.now() - found.at < MAX_AGE_MS) return found.value as Promise<T>;
  const value = compute();
  entries.delete(name);
  entries.set(name, { stamp, at: Date.now(), value });
  // The oldest entry goes first (a Map keeps insertion order).
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => {
    if (entries.get(name)?.value === value) entries.delete(name);
  });
  return value;
}
