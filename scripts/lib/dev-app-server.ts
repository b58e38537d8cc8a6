// The app server of `npm run dev`: `remix dev` starts it after every rebuild (and stops the previous one).
// It is the same Express server as `npm start`'s (http-server.ts), in development mode, on the database
// scripts/dev.ts started (DATABASE_URL, APP_URL and the rest come from its environment).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { logDevReady, type ServerBuild } from "@remix-run/node";
import { startHttpServer } from "./http-server.ts";
import { ROOT } from "./prepare.ts";
import { parseTrustProxy } from "./trust-proxy.ts";

const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
await startHttpServer({
  port,
  host: process.env.HOST,
  trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
  appUrl,
  production: false,
  databaseUrl: process.env.DATABASE_URL!,
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== "EADDRINUSE") throw error;
  console.error(
    `Port ${port} is already in use, so the app cannot listen there: stop whatever listens there, or choose another port with PORT.`,
  );
  process.exit(1);
});
// The same module http-server.ts loaded (one URL, one instance): tells remix dev which build is being served.
const build = (await import(pathToFileURL(path.join(ROOT, "build/index.js")).href)) as ServerBuild;
logDevReady(build);
console.log(`Serving the new build at ${appUrl}`);
