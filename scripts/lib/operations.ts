// Operations around the app (scripts/lib/http-server.ts mounts this first): a request id (X-Request-Id), one
// JSON log line and one histogram sample per request, the count of requests in flight (for the drain at
// SIGTERM), and /healthz, /readyz, /metrics. Health checks and metrics use a pool of their own.
import { randomUUID, timingSafeEqual } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { ServerBuild } from "@remix-run/node";
import { matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import express from "express";
import pg from "pg";
import { logger } from "../../app/log.server.ts";
import { Metrics, type PoolStats } from "./metrics.ts";
import { readMigrations } from "./migrate.ts";
import { locals, type Locals } from "./request-locals.ts";
import type { TrustProxy } from "./trust-proxy.ts";

const REQUEST_ID = /^[\w.:-]{1,100}$/;

export type OperationsOptions = {
  databaseUrl: string;
  trustProxy: TrustProxy;
  /** Bearer token that opens /metrics to other hosts than loopback (METRICS_TOKEN). */
  metricsToken?: string;
  /** Extra figures for /metrics (the job queue's depth). */
  collectMetrics?: (metrics: Metrics) => Promise<void>;
};

export async function operationsOf(build: ServerBuild, options: OperationsOptions) {
  const routeTree = routeTreeOf(build);
  // Health checks and metrics have a connection of their own, so a full app pool never makes /readyz lie.
  const probe = new pg.Pool({ connectionString: options.databaseUrl, max: 2, connectionTimeoutMillis: 2000, query_timeout: 2000 });
  probe.on("error", () => {});
  const expectedMigrations = (await readMigrations()).map((m) => m.name);
  // The build bundles its own copy of app/: its database pool is reached through what entry.server exports.
  const appModule = build.entry.module as unknown as { poolStats?: () => PoolStats; disconnectDb?: () => Promise<void> };
  const metrics = new Metrics(() => appModule.poolStats?.() ?? null);
  const state = { draining: false, inFlight: 0 };
  const middleware = express.Router();
  // Request id, in-flight count, one log line and one histogram sample per request.
  middleware.use((req, res, next) => {
    const started = process.hrtime.bigint();
    state.inFlight += 1;
    const incoming = req.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) && options.trustProxy !== false ? incoming : randomUUID();
    Object.assign(res.locals, { requestId, requestLog: { userId: null }, route: routeOf(routeTree, req.path) } satisfies Partial<Locals>);
    res.set("X-Request-Id", requestId);
    if (state.draining) res.set("Connection", "close");
    let counted = false;
    const done = () => {
      if (counted) return;
      counted = true;
      state.inFlight -= 1;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const { route, requestLog } = locals(res);
      const status = res.headersSent ? res.statusCode : 499; // 499: the client went away first
      metrics.observeRequest(req.method, route, status, seconds);
      const line = {
        reqId: requestId,
        method: req.method,
        route,
        // Token pages (invitation, reset, calendar feed) are logged by their route only.
        path: /\$token|feed\.\$/.test(route) ? undefined : req.path,
        status,
        ms: Math.round(seconds * 10000) / 10,
        userId: requestLog.userId,
        ip: req.ip,
      };
      if (route === "static") logger.debug(line, "request");
      else logger.info(line, "request");
    };
    res.once("finish", done);
    res.once("close", done);
    next();
  });

  // Operations: process alive; ready to serve (database reachable, every migration applied, not draining); metrics.
  middleware.get("/healthz", (_req, res) => void res.type("text/plain").set("Cache-Control", "no-store").send("ok"));
  middleware.get("/readyz", async (_req, res) => {
    res.type("text/plain").set("Cache-Control", "no-store");
    if (state.draining) return void res.status(503).send("stopping");
    try {
      const { rows } = await probe.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const applied = new Set(rows.map((r) => r.name));
      if (expectedMigrations.some((name) => !applied.has(name))) return void res.status(503).send("migrations pending");
      res.send("ready");
    } catch {
      res.status(503).send("database unavailable");
    }
  });
  middleware.get("/metrics", async (req, res) => {
    if (!mayReadMetrics(req, options.metricsToken)) return void res.status(404).type("text/plain").send("Not Found");
    metrics.setInFlight(state.inFlight);
    await metrics.collectDatabase(probe);
    await options.collectMetrics?.(metrics).catch(() => undefined);
    res
      .type(metrics.contentType)
      .set("Cache-Control", "no-store")
      .send(await metrics.render());
  });

  return {
    middleware,
    state,
    /** For express.static: a file is logged at debug level only, and counted under one route label. */
    markStatic,
    /** Closes the probe pool and the app's own database pool (after the drain). */
    async close() {
      await probe.end().catch(() => undefined);
      await appModule.disconnectDb?.().catch(() => undefined);
    },
  };
}

/** A file served by express.static: logged at debug level only, and counted under one route label. */
function markStatic(res: ServerResponse) {
  (res as express.Response).locals.route = "static";
}

function mayReadMetrics(req: express.Request, token: string | undefined) {
  const peer = req.socket.remoteAddress ?? "";
  if (peer === "::1" || peer.startsWith("127.") || peer.startsWith("::ffff:127.")) return true;
  const given = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1];
  if (!token || !given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The build's routes as a tree, to name the route of a request in logs and metrics (few distinct values). */
function routeTreeOf(build: ServerBuild): AgnosticRouteObject[] {
  const all = Object.values(build.routes);
  const childrenOf = (parentId: string | undefined): AgnosticRouteObject[] =>
    all
      .filter((r) => r.parentId === parentId)
      .map((r) =>
        r.index
          ? { id: r.id, path: r.path, index: true as const, caseSensitive: r.caseSensitive }
          : { id: r.id, path: r.path, caseSensitive: r.caseSensitive, children: childrenOf(r.id) },
      );
  return childrenOf(undefined);
}

function routeOf(tree: AgnosticRouteObject[], pathname: string): string {
  if (pathname === "/healthz" || pathname === "/readyz" || pathname === "/metrics") return pathname;
  // Single Fetch's data requests: /x.data is /x, /_root.data is /.
  const page = pathname === "/_root.data" ? "/" : pathname.replace(/\.data$/, "");
  return matchRoutes(tree, page)?.at(-1)?.route.id ?? "unmatched";
}
