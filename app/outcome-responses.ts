// The one mapping from domain outcomes (app/outcomes.ts) to HTTP, applied to every loader and action of the
// server build (scripts/lib/http-server.ts) and by the route tests (tests/support/fixtures.ts).
import { isDomainOutcome, type OutcomeKind } from "./outcomes";

const STATUS: Record<OutcomeKind, [number, string]> = {
  notFound: [404, "Not Found"],
  forbidden: [403, "Forbidden"],
  conflict: [409, "Conflict"],
};

/** The response a thrown outcome stands for; anything else is passed on unchanged. */
export function outcomeAsResponse(error: unknown): unknown {
  if (!isDomainOutcome(error)) return error;
  const [status, statusText] = STATUS[error.outcome];
  return new Response(statusText, { status, statusText });
}

type RouteFunction = (args: never) => unknown;

/**
 * A loader or action whose thrown outcomes become their responses. A reading whose client has gone away
 * (request.signal aborted: the server aborts it when the connection closes) is not started: under load,
 * requests wait for a database connection, and nobody would receive their answer.
 */
export function mappingOutcomes<F extends RouteFunction>(fn: F): F {
  return (async (args: never) => {
    const request = (args as { request?: Request }).request;
    if (request?.signal.aborted && (request.method === "GET" || request.method === "HEAD")) throw request.signal.reason;
    try {
      return await fn(args);
    } catch (error) {
      throw outcomeAsResponse(error);
    }
  }) as F;
}
