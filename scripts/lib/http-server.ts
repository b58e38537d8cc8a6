// The HTTP server: Express with Remix's request handler (@remix-run/express), as @remix-run/serve does,
// plus what that CLI cannot give: the client address for rate limits and the audit trail, security
// headers with a CSP nonce, the Origin check on every non-GET request, and a clean shutdown.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { installGlobals, type ServerBuild } from "@remix-run/node";
import express from "express";
import helmet from "helmet";
import { isSameOriginRequest } from "../../app/auth/origin-check.ts";
import { ROOT } from "./prepare.ts";

installGlobals({ nativeFetch: true });

export type HttpServerOptions = { port: number; host?: string; trustProxy: boolean; appUrl: string; production: boolean };

export async function startHttpServer(options: HttpServerOptions): Promise<Server> {
  const build = (await import(pathToFileURL(path.join(ROOT, "build/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer, the client address comes from X-Forwarded-For (README: "Several instances").
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
          "upgrade-insecure-requests": options.production ? [] : null,
        },
      },
      strictTransportSecurity: options.production ? { maxAge: 31536000, includeSubDomains: true } : false,
      // Pages with a token in their address (invitation, reset) never leak it to another site; "no-referrer"
      // would be stricter but makes browsers send "Origin: null" on our own forms, failing the Origin check.
      referrerPolicy: { policy: "same-origin" },
      crossOriginEmbedderPolicy: false,
    }),
  );

  // CSRF: a state-changing request must come from one of our own pages.
  const appHost = new URL(options.appUrl).host;
  app.use((req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const allowedHosts = [appHost, req.get("x-forwarded-host") && options.trustProxy ? req.get("x-forwarded-host")! : req.get("host") ?? ""];
    if (isSameOriginRequest({ origin: req.get("origin"), secFetchSite: req.get("sec-fetch-site") }, allowedHosts)) return next();
    res.status(403).type("text/plain").send("Forbidden: this request did not come from a page of this site.");
  });

  app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y", index: false }));
  app.use(express.static(path.join(ROOT, "public"), { maxAge: "1h", index: false }));
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: options.production ? "production" : "development",
      getLoadContext: (req, res) => ({ clientIp: req.ip ?? null, cspNonce: res.locals.cspNonce as string }),
    }),
  );

  return new Promise((resolve, reject) => {
    const server = app.listen(options.port, options.host ?? "0.0.0.0", () => resolve(server));
    server.once("error", reject);
  });
}

export function closeHttpServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  });
}
