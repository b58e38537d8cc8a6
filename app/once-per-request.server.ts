// What several loaders of one page would each read (the session, a group's summary), read once per page load.
// Remix gives each loader its own copy of the Request (it strips its own search parameters), but the same load
// context (built once per request by scripts/lib/http-server.ts), so a page's loaders and its rendering share one
// read through the context. Only for reads: after a form's action (which may have changed what was read) the
// loaders read again. Nothing is kept once the request is gone.
import type { AppLoadContext } from "@remix-run/node";

export type RequestArgs = { request: Request; context?: AppLoadContext };

const reads = new WeakMap<object, Map<string, Promise<unknown>>>();

/** `read()`'s answer, asked once per page load for each `name` (its failure too: the page fails as one). */
export function oncePerRequest<T>({ request, context }: RequestArgs, name: string, read: () => Promise<T>): Promise<T> {
  const key = context && (request.method === "GET" || request.method === "HEAD") ? context : request;
  let kept = reads.get(key);
  if (!kept) reads.set(key, (kept = new Map()));
  let pending = kept.get(name) as Promise<T> | undefined;
  if (!pending) {
    pending = read();
    kept.set(name, pending);
  }
  return pending;
}
