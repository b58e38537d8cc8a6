// Benchmark helpers: run a request-shaped function many times in this process and report the median,
// p95 and the SQL statements per call (Prisma's query events). Quote ratios from one run: this machine
// is noisy, absolute times are not comparable between runs.
import { queryCount } from "../../app/db.server.ts";

export type BenchResult = { name: string; runs: number; p50: number; p95: number; max: number; queriesPerCall: number };

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function bench(
  name: string,
  fn: () => Promise<unknown>,
  options: { runs?: number; warmup?: number } = {},
): Promise<BenchResult> {
  const runs = options.runs ?? 50;
  for (let i = 0; i < (options.warmup ?? 5); i++) await fn();
  const times: number[] = [];
  const before = queryCount();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  const queriesPerCall = (queryCount() - before) / runs;
  times.sort((a, b) => a - b);
  return { name, runs, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], queriesPerCall };
}

export function printResults(results: BenchResult[]) {
  const rows = results.map(
    (r) =>
      `${r.name.padEnd(56)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)} ${r.queriesPerCall.toFixed(1).padStart(8)}`,
  );
  console.log(`${"case".padEnd(56)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)} ${"queries".padStart(8)}`);
  for (const row of rows) console.log(row);
}

/** Benchmarks need DATABASE_URL (a database filled by `npm run seed:scale`) and count queries. */
export function requireBenchEnvironment() {
  if (!process.env.DATABASE_URL) {
    console.error('Set DATABASE_URL to a database filled by `npm run seed:scale` (see README, "Scale").');
    process.exit(1);
  }
  process.env.DB_COUNT_QUERIES = "1";
  process.env.NODE_ENV ??= "production";
}
