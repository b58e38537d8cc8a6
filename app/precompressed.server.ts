// Large answers that many clients fetch unchanged (the personal calendar feed: about 1.3 MB, polled by calendar
// apps) are compressed once per version rather than by the compression middleware at every request; an answer
// that already has a Content-Encoding is passed through by the middleware as it is.
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";

const gzipAsync = promisify(gzip);

/** Compressed bodies by the version of what they hold; the oldest go first. */
const compressed = new LRUCache<string, Buffer, string>({
  maxSize: 16 * 1024 * 1024,
  sizeCalculation: (body) => Math.max(body.length, 1),
  // Requests that arrive while a version is being compressed wait for the same compression.
  fetchMethod: async (_version, _stale, { context }) => gzipAsync(context),
});

/** Whether the client takes gzip, as the compression middleware negotiates it (negotiator, RFC 9110: q=0 refuses). */
function acceptsGzip(request: Request): boolean {
  const headers = { "accept-encoding": request.headers.get("Accept-Encoding") ?? undefined };
  return new Negotiator({ headers }).encoding(["gzip", "identity"]) === "gzip";
}

/**
 * The body for this request: gzip-compressed once per `version` when the client takes it (with the headers that
 * say so), as it is otherwise. `version` must name exactly this body (an ETag does).
 */
export async function bodyFor(
  request: Request,
  version: string,
  body: string,
): Promise<{ body: string | Buffer; headers: Record<string, string> }> {
  const vary = { Vary: "Accept-Encoding" };
  if (!acceptsGzip(request)) return { body, headers: vary };
  const zipped = await compressed.fetch(version, { context: body });
  return zipped ? { body: zipped, headers: { ...vary, "Content-Encoding": "gzip" } } : { body, headers: vary };
}
