// What the HTTP server (scripts/lib/http-server.ts) hands to every loader and action.
import "@remix-run/node";

declare module "@remix-run/node" {
  // Single Fetch is on (remix.config.js): loaders' data keeps its types (Dates stay Dates).
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    /** The client's address (from the socket, or X-Forwarded-For when TRUST_PROXY is set). */
    clientIp: string | null;
    /** Nonce of this response's Content-Security-Policy, for the scripts Remix renders. */
    cspNonce: string;
    /** The request's id (X-Request-Id), for log lines about it. */
    requestId?: string;
    /** Filled while the request is handled, written to its log line: who made it. */
    requestLog?: { userId: string | null };
    /** For a page loaded in full: its drawings' data, kept for rendering it only (app/drawn-in-document.server.ts). */
    drawings?: Map<number, unknown>;
  }
}

export {};
