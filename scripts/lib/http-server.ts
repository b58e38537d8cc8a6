// The HTTP server: Express with Remix's request handler (@remix-run/express), as @remix-run/serve does,
// plus what that CLI cannot give: the client address for rate limits and the audit trail, security
// headers with a CSP nonce, the Origin check on every non-GET request, and a clean shutdown.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  installGlobals,
  writeReadableStreamToWritable,
  type ServerBuild,
} from "@remix-run/node";
import express from "express";
import helmet from "helmet";
import { isSameOriginRequest } from "../../app/auth/origin-check.ts";
import { mappingOutcomes } from "../../app/outcome-responses.ts";
import { submissionKey, SubmissionStore, type StoredAnswer } from "./idempotency.ts";
import { ROOT } from "./prepare.ts";
import type { TrustProxy } from "./trust-proxy.ts";

installGlobals({ nativeFetch: true });

export type HttpServerOptions = {
  port: number;
  host?: string;
  trustProxy: TrustProxy;
  appUrl: string;
  production: boolean;
  databaseUrl: string;
};
export type RunningHttpServer = { server: Server; submissions: SubmissionStore };

/** The largest request body other than an upload: forms are far below it. */
const FORM_BODY_LIMIT = Number(process.env.FORM_MAX_KB ?? 1024) * 1024;
const uploadBodyLimit = () => (Number(process.env.UPLOAD_MAX_MB ?? 25) + 1) * 1024 * 1024;
const isMultipart = (req: express.Request) => /^multipart\/form-data\b/i.test(req.get("content-type") ?? "");

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const build = withOutcomesMapped((await import(pathToFileURL(path.join(ROOT, "build/index.js")).href)) as ServerBuild);
  const submissions = SubmissionStore.connect(options.databaseUrl);
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer, the client address comes from X-Forwarded-For, as far as the trusted hops go
  // (TRUST_PROXY: a hop count or the proxies' addresses, never every hop; see trust-proxy.ts).
  app.set("trust proxy", options.trustProxy);

  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
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

  // CSRF: a state-changing request must come from one of our own pages.
  // Whole origins are compared (scheme, host and port): APP_URL's, and the one this request was addressed to.
  const appOrigin = new URL(options.appUrl).origin;
  app.use((req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const host = req.get("x-forwarded-host") && options.trustProxy !== false ? req.get("x-forwarded-host")! : (req.get("host") ?? "");
    const allowedOrigins = [appOrigin, `${req.protocol}://${host}`];
    if (isSameOriginRequest({ origin: req.get("origin"), secFetchSite: req.get("sec-fetch-site") }, allowedOrigins)) return next();
    res.status(403).type("text/plain").send("Forbidden: this request did not come from a page of this site.");
  });

  app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y", index: false }));
  app.use(express.static(path.join(ROOT, "public"), { maxAge: "1h", index: false }));
  // Bodies are limited before they are read: a form's body is read whole (up to FORM_BODY_LIMIT), an
  // upload is streamed to the app and refused at once when it announces more than the upload limit.
  app.use((req, res, next) => {
    if (!isMultipart(req)) return next();
    const announced = Number(req.get("content-length") ?? 0);
    if (announced > uploadBodyLimit())
      return void res.status(413).set("Connection", "close").type("text/plain").send("The file is larger than the upload limit.");
    next();
  });
  app.use(express.raw({ type: (req) => !isMultipart(req as express.Request), limit: FORM_BODY_LIMIT }));

  const handleRequest = createRequestHandler(build, options.production ? "production" : "development");
  app.all("*", async (req, res, next) => {
    try {
      const request = remixRequest(req, res);
      const loadContext = { clientIp: req.ip ?? null, cspNonce: res.locals.cspNonce as string };
      const key = submissionKey({
        method: req.method,
        url: req.originalUrl,
        contentType: req.get("content-type"),
        cookie: req.get("cookie"),
        body: bodyOf(req),
      });
      if (!key) return await sendRemixResponse(res, await handleRequest(request, loadContext));
      const claim = await submissions.claim(key);
      if (claim.kind !== "claimed") {
        const answer = claim.kind === "answered" ? claim.answer : await submissions.waitForAnswer(key, 15_000);
        return replay(res, answer);
      }
      let response: Response;
      try {
        response = await handleRequest(request, loadContext);
      } catch (error) {
        await submissions.release(key);
        throw error;
      }
      if (response.status >= 400) {
        await submissions.release(key);
        return await sendRemixResponse(res, response);
      }
      const answer: StoredAnswer = {
        status: response.status,
        headers: [...response.headers.entries()]
          .filter(([name]) => name !== "set-cookie")
          .concat(response.headers.getSetCookie().map((c) => ["set-cookie", c])),
        body: response.body ? Buffer.from(await response.arrayBuffer()) : null,
      };
      await submissions.complete(key, answer);
      replay(res, answer);
    } catch (error) {
      next(error);
    }
  });

  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === "entity.too.large")
      return void res.status(413).set("Connection", "close").type("text/plain").send("The request is too large.");
    if (error.status && error.status >= 400 && error.status < 500)
      return void res.status(error.status).type("text/plain").send("The request could not be read.");
    next(error);
  });

  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, options.host ?? "0.0.0.0", () => resolve({ server, submissions }));
    server.once("error", reject);
  });
}

/** The server build with every loader and action turning thrown domain outcomes into their responses. */
function withOutcomesMapped(build: ServerBuild): ServerBuild {
  const routes = Object.fromEntries(
    Object.entries(build.routes).map(([id, route]) => {
      const module = { ...route.module };
      if (module.loader) module.loader = mappingOutcomes(module.loader);
      if (module.action) module.action = mappingOutcomes(module.action);
      return [id, { ...route, module }];
    }),
  );
  return { ...build, routes };
}

/** The body Express read (forms), or undefined when the request streams (uploads) or has none. */
function bodyOf(req: express.Request): Buffer | undefined {
  return Buffer.isBuffer(req.body) && req.body.length > 0 ? req.body : undefined;
}

/** The Fetch API request Remix handles: as @remix-run/express builds it, but from the body already read. */
function remixRequest(req: express.Request, res: express.Response): Request {
  // The host as Express resolves it (X-Forwarded-Host only when the proxy is trusted), with its port.
  const port = (req.get("x-forwarded-host") && req.app.get("trust proxy") ? req.get("x-forwarded-host") : req.get("host"))?.split(":")[1];
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  let controller: AbortController | null = new AbortController();
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value ? [value] : []) headers.append(name, one);
  }
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    const body = bodyOf(req);
    if (body) init.body = new Uint8Array(body);
    else if (isMultipart(req)) {
      init.body = createReadableStreamFromReadable(req);
      init.duplex = "half";
    }
  }
  // Loaders and actions see the abort when the client goes away before the answer is written.
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(url.href, init);
}

async function sendRemixResponse(res: express.Response, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) if (name !== "set-cookie") res.append(name, value);
  for (const cookie of response.headers.getSetCookie()) res.append("set-cookie", cookie);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

function replay(res: express.Response, answer: StoredAnswer | null) {
  if (!answer) return void res.status(409).type("text/plain").send("This form is already being saved. Reload the page to see the result.");
  res.status(answer.status);
  for (const [name, value] of answer.headers) res.append(name, value);
  res.end(answer.body ?? undefined);
}

export async function closeHttpServer({ server, submissions }: RunningHttpServer): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  });
  await submissions.close();
}
