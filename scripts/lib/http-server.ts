// The HTTP server: Express with Remix's request handler, as @remix-run/serve does, plus what that CLI cannot
// give: the client address for rate limits and the audit trail (TRUST_PROXY), security headers with a CSP
// nonce, the Origin check on every non-GET request, body limits before anything is read, one JSON log line
// per request with its id, /healthz, /readyz and /metrics, and a shutdown that drains in-flight requests.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { constants as zlibConstants } from "node:zlib";
import { pathToFileURL } from "node:url";
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  installGlobals,
  writeReadableStreamToWritable,
  type ServerBuild,
} from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { isDatabaseUnavailable } from "../../app/database-unavailable.ts";
import { asksForDocument } from "../../app/drawn-in-document.server.ts";
import { logger } from "../../app/log.server.ts";
import { mappingOutcomes, RETRY_AFTER_SECONDS } from "../../app/outcome-responses.ts";
import { hasSessionCookie, submissionKey, SubmissionStore, type StoredAnswer } from "./idempotency.ts";
import { limitBodies } from "./body-limits.ts";
import type { Metrics } from "./metrics.ts";
import { operationsOf } from "./operations.ts";
import { ROOT } from "./prepare.ts";
import { publicFiles } from "./public-files.ts";
import { servePrecompressed } from "./precompressed-assets.ts";
import { locals } from "./request-locals.ts";
import type { TrustProxy } from "./trust-proxy.ts";

installGlobals({ nativeFetch: true });

export type HttpServerOptions = {
  port: number;
  host?: string;
  trustProxy: TrustProxy;
  appUrl: string;
  production: boolean;
  databaseUrl: string;
  /** Bearer token that opens /metrics to other hosts than loopback (METRICS_TOKEN). */
  metricsToken?: string;
  /** Extra figures for /metrics (the job queue's depth). */
  collectMetrics?: (metrics: Metrics) => Promise<void>;
};
export type RunningHttpServer = {
  server: Server;
  /** Requests being answered now. */
  inFlight(): number;
  /**
   * Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes what is left. /readyz
   * answers 503 from the first moment, so a load balancer sends nothing new.
   */
  close(graceMs?: number): Promise<{ unfinished: number }>;
};

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const build = withOutcomesMapped((await import(pathToFileURL(path.join(ROOT, "build/index.js")).href)) as ServerBuild);
  const submissions = SubmissionStore.connect(options.databaseUrl);
  // Request log, /healthz, /readyz, /metrics and the in-flight count (scripts/lib/operations.ts).
  const ops = await operationsOf(build, options);
  const appOrigin = new URL(options.appUrl).origin;

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy);
  app.use(ops.middleware);

  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  // Pages, data, feeds and scripts compressed (brotli or gzip, as the client accepts) above 1 KB. Brotli's window is
  // 128 KB rather than its default of 4 MB: an encoder allocates its whole window, and at every response that
  // allocation (and the garbage collections that its size provokes) cost more than rendering a list page (the projects
  // list took 13 ms of CPU with 4 MB, 5 ms with 128 KB). Pages fit in 128 KB; the largest script compresses 2% less.
  app.use(compression({ brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4, [zlibConstants.BROTLI_PARAM_LGWIN]: 17 } } }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          "script-src": ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          "style-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
          // Only where the site is served over https (APP_URL): on http://localhost it would break the site.
          "upgrade-insecure-requests": new URL(options.appUrl).protocol === "https:" ? [] : null,
        },
      },
      strictTransportSecurity: new URL(options.appUrl).protocol === "https:" ? { maxAge: 31536000, includeSubDomains: true } : false,
      // Pages with a token in their address (invitation, reset) never leak it to another site; "no-referrer"
      // would be stricter but makes browsers send "Origin: null" on our own forms, failing the Origin check.
      referrerPolicy: { policy: "same-origin" },
      crossOriginEmbedderPolicy: false,
    }),
  );

  // CSRF: a state-changing request must come from one of our own pages: its Origin (scheme, host and port)
  // is APP_URL's, or the one this request was addressed to (X-Forwarded-Proto/-Host only from a trusted proxy).
  app.use((req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    // One-click unsubscribe (RFC 8058) is POSTed by the mail provider, from no page of ours: the token in the
    // address is its only credential (no session cookie is used), so a forged request can do nothing it could not.
    if (/^\/unsubscribe\/[A-Za-z0-9_-]+$/.test(req.path)) return next();
    const origin = req.get("origin");
    const allowed = [appOrigin, requestOrigin(req)];
    const ok = origin ? allowed.includes(normalisedOrigin(origin) ?? "-") : req.get("sec-fetch-site") === "same-origin";
    if (ok) return next();
    res
      .status(403)
      .type("text/plain")
      .send(
        "Forbidden: this request did not come from a page of this site. (Behind a reverse proxy, set APP_URL to the public address, " +
          "or TRUST_PROXY so that X-Forwarded-Host and X-Forwarded-Proto are used.)",
      );
  });

  const assets = express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y", index: false, setHeaders: ops.markStatic });
  // In production the build's scripts go out as compressed when they were built (scripts/lib/precompressed-assets.ts).
  if (options.production) app.use(build.publicPath, servePrecompressed(build.assetsBuildDirectory, assets));
  app.use(build.publicPath, assets);
  app.use(publicFiles(path.join(ROOT, "public"), build.publicPath, ops.markStatic, options.production));

  app.use(limitBodies());

  const handleRequest = createRequestHandler(build, options.production ? "production" : "development");
  // `?_data=` is the data request of Remix before single fetch; with single fetch (`.data` addresses) Remix 2.17 still
  // takes it as one and fails inside (a 500 for any address with that parameter). No page of this app uses it.
  app.use((req, res, next) => {
    if (!new URL(req.originalUrl, "http://any.invalid").searchParams.has("_data")) return next();
    res.status(400).type("text/plain").send("This address does not take a _data parameter.");
  });
  app.all("*", async (req, res, next) => {
    try {
      const request = remixRequest(req, res);
      const loadContext = {
        clientIp: req.ip ?? null,
        cspNonce: locals(res).cspNonce,
        requestId: locals(res).requestId,
        requestLog: locals(res).requestLog,
        drawings: asksForDocument(req.path) ? new Map<number, unknown>() : undefined,
      };
      const signedIn = hasSessionCookie(req.get("cookie"));
      const key = submissionKey({
        method: req.method,
        url: req.originalUrl,
        contentType: req.get("content-type"),
        cookie: req.get("cookie"),
        body: locals(res).body,
      });
      // Without the database no claim can be made: the action runs and answers 503 with the typed values.
      const claim = key
        ? await submissions.claim(key).catch((error: unknown) => (isDatabaseUnavailable(error) ? null : Promise.reject(error)))
        : null;
      if (!key || !claim) return await send(res, await handleRequest(request, loadContext), signedIn);
      if (claim.kind !== "claimed") {
        const answer = claim.kind === "answered" ? claim.answer : await submissions.waitForAnswer(key, 15_000);
        return replay(res, answer, signedIn);
      }
      let response: Response;
      try {
        response = await handleRequest(request, loadContext);
      } catch (error) {
        await submissions.release(key).catch(() => undefined);
        throw error;
      }
      if (response.status >= 400) {
        await submissions.release(key).catch(() => undefined);
        return await send(res, response, signedIn);
      }
      const answer: StoredAnswer = {
        status: response.status,
        headers: [...response.headers.entries()]
          .filter(([name]) => name !== "set-cookie")
          .concat(response.headers.getSetCookie().map((c) => ["set-cookie", c])),
        body: response.body ? Buffer.from(await response.arrayBuffer()) : null,
      };
      // The write is done: if its answer cannot be kept (database gone now), it is still given.
      await submissions.complete(key, answer).catch(() => undefined);
      replay(res, answer, signedIn);
    } catch (error) {
      next(error);
    }
  });

  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent || locals(res).refused) return next(error);
    if (isDatabaseUnavailable(error)) {
      logger.warn({ reqId: locals(res).requestId, err: error }, "database unavailable");
      return void res
        .status(503)
        .set("Retry-After", String(RETRY_AFTER_SECONDS))
        .type("text/plain")
        .send("The platform cannot reach its database right now. Nothing was changed; please try again in a moment.");
    }
    if (error.status && error.status >= 400 && error.status < 500)
      return void res.status(error.status).type("text/plain").send("The request could not be read.");
    logger.error({ reqId: locals(res).requestId, err: error }, "request failed");
    res
      .status(500)
      .type("text/plain")
      .send(`Something went wrong. It has been logged (request ${locals(res).requestId}).`);
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(options.port, options.host ?? "0.0.0.0", () => resolve(listening));
    listening.once("error", reject);
  });

  let closing: Promise<{ unfinished: number }> | undefined;
  return {
    server,
    inFlight: () => ops.state.inFlight,
    close: (graceMs = 20_000) =>
      (closing ??= (async () => {
        ops.state.draining = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = Date.now() + graceMs;
        while (ops.state.inFlight > 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          server.closeIdleConnections();
        }
        const unfinished = ops.state.inFlight;
        server.closeAllConnections();
        await closed;
        await submissions.close().catch(() => undefined);
        await ops.close();
        return { unfinished };
      })()),
  };
}

/** The origin a request was addressed to, as the browser saw it (a trusted proxy's X-Forwarded-* included). */
function requestOrigin(req: express.Request): string | null {
  const forwardedHost = req.get("x-forwarded-host");
  const trusted = (req.app.get("trust proxy fn") as (address: string, hop: number) => boolean)(req.socket.remoteAddress ?? "", 0);
  const host = (forwardedHost && trusted ? forwardedHost.split(",")[0].trim() : req.get("host")) ?? "";
  return host ? normalisedOrigin(`${req.protocol}://${host}`) : null;
}

/** Origins already normalised, by the text they came as: a server sees few (its own names), each at every request. */
const normalisedOrigins = new Map<string, string | null>();
const KEPT_ORIGINS = 64;

function normalisedOrigin(value: string): string | null {
  const kept = normalisedOrigins.get(value);
  if (kept !== undefined) return kept;
  let origin: string | null;
  try {
    const url = new URL(value);
    origin = url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    origin = null;
  }
  // The texts come from request headers: past a few dozen, the oldest is forgotten.
  if (normalisedOrigins.size >= KEPT_ORIGINS) normalisedOrigins.delete(normalisedOrigins.keys().next().value!);
  normalisedOrigins.set(value, origin);
  return origin;
}

/** The server build with every loader and action turning thrown domain outcomes into their responses. */
function withOutcomesMapped(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      const module = { ...route.module };
      if (module.loader) module.loader = mappingOutcomes(module.loader, "loader");
      if (module.action) module.action = mappingOutcomes(module.action, "action");
      return [id, { ...route, module }];
    }),
  );
  return { ...build, routes };
}

/** The Fetch API request Remix handles: as @remix-run/express builds it, but from the body already read. */
function remixRequest(req: express.Request, res: express.Response): Request {
  const url = new URL(req.originalUrl, requestOrigin(req) ?? "http://localhost");
  let controller: AbortController | null = new AbortController();
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value ? [value] : []) headers.append(name, one);
  }
  // The Origin check above is the one that decides; Remix's own (host only) would throw a 500 behind a proxy
  // that rewrites Host, so it is given the host the browser used.
  const origin = normalisedOrigin(req.get("origin") ?? "");
  if (origin) {
    headers.set("host", new URL(origin).host);
    headers.delete("x-forwarded-host");
  }
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    const { body, bodyStream } = locals(res);
    if (body && body.length > 0) init.body = new Uint8Array(body);
    else if (bodyStream) {
      init.body = createReadableStreamFromReadable(bodyStream);
      init.duplex = "half";
    }
  }
  // Loaders and actions see the abort when the client goes away before the answer is written.
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(url.href, init);
}

/** Every answer to a signed-in request is for that person only: never kept by a shared or the browser's cache. */
function privateIfSignedIn(res: express.Response, signedIn: boolean) {
  const setsSession = ([res.getHeader("set-cookie")].flat() as Array<string | undefined>).some((c) =>
    /^(__Host-)?session=[^;]/.test(c ?? ""),
  );
  if (signedIn || setsSession) res.set("Cache-Control", "private, no-store");
}

async function send(res: express.Response, response: Response, signedIn: boolean) {
  if (res.headersSent || locals(res).refused) return;
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) if (name !== "set-cookie") res.append(name, value);
  for (const cookie of response.headers.getSetCookie()) res.append("set-cookie", cookie);
  // A 503 (database away) rendered by an error boundary loses the thrown response's headers: say when to retry.
  if (response.status === 503 && !res.get("retry-after")) res.set("Retry-After", String(RETRY_AFTER_SECONDS));
  privateIfSignedIn(res, signedIn);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

function replay(res: express.Response, answer: StoredAnswer | null, signedIn: boolean) {
  if (res.headersSent) return;
  if (!answer) return void res.status(409).type("text/plain").send("This form is already being saved. Reload the page to see the result.");
  res.status(answer.status);
  for (const [name, value] of answer.headers) res.append(name, value);
  privateIfSignedIn(res, signedIn);
  res.end(answer.body ?? undefined);
}
