// Prometheus metrics of one app process (prom-client), served at /metrics to loopback or with METRICS_TOKEN:
// request durations per route, requests in flight, the app's database pool, the job queue, and Node's own.
import { getHeapStatistics } from "node:v8";
import client from "prom-client";
import type pg from "pg";

/** The app's pool, and the pool of connections that keep one plan per statement (`once_…`, app/db.server.ts). */
export type PoolStats = {
  total: number;
  idle: number;
  waiting: number;
  max: number;
  once_total: number;
  once_idle: number;
  once_waiting: number;
  once_max: number;
} | null;

export class Metrics {
  readonly registry = new client.Registry();
  private readonly duration = new client.Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer a request, by method, route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly inFlight = new client.Gauge({
    name: "http_requests_in_flight",
    help: "Requests being answered",
    registers: [this.registry],
  });
  private readonly pool = new client.Gauge({
    name: "db_pool_connections",
    help: "The app's PostgreSQL pools: connections by state (total, idle, waiting requests, max; once_…: the connections that keep one plan per statement)",
    labelNames: ["state"],
    registers: [this.registry],
  });
  private readonly databaseUp = new client.Gauge({
    name: "db_up",
    help: "1 when PostgreSQL answered the scrape's probe",
    registers: [this.registry],
  });
  readonly jobQueue = new client.Gauge({
    name: "job_queue_depth",
    help: "Background jobs by state (waiting, running, failed)",
    labelNames: ["state"],
    registers: [this.registry],
  });

  constructor(private readonly poolStats: () => PoolStats = () => null) {
    client.collectDefaultMetrics({ register: this.registry });
    // The limit the process runs with (`npm start` sets the old generation's), beside the heap's size above.
    new client.Gauge({
      name: "nodejs_heap_size_limit_bytes",
      help: "The most V8's heap may hold (old generation limit plus the young generation)",
      registers: [this.registry],
    }).set(getHeapStatistics().heap_size_limit);
  }

  get contentType() {
    return this.registry.contentType;
  }

  observeRequest(method: string, route: string, status: number, seconds: number) {
    this.duration.labels(method, route, String(status)).observe(seconds);
  }

  setInFlight(count: number) {
    this.inFlight.set(count);
  }

  async collectDatabase(probe: pg.Pool) {
    const stats = this.poolStats();
    if (stats) for (const [state, value] of Object.entries(stats)) this.pool.labels(state).set(value);
    try {
      await probe.query("SELECT 1");
      this.databaseUp.set(1);
    } catch {
      this.databaseUp.set(0);
    }
  }

  render() {
    return this.registry.metrics();
  }
}
