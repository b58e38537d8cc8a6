// The one mapping from domain outcomes (app/outcomes.ts) to HTTP, applied to every loader and action of the
// server build (scripts/lib/http-server.ts) and by the route tests (tests/support/fixtures.ts). A database
// that cannot be reached (stopped, restarting, frozen) is answered 503, never a blank 500: a page with a
// retry link for a loader; for an action, the form again with what was typed and "could not save, try again".
import { data } from "@remix-run/node";
import { isDatabaseUnavailable } from "./database-unavailable";
import { formToObject, typedValues } from "./form-values";
import { isDomainOutcome, type OutcomeKind } from "./outcomes";

const STATUS: Record<OutcomeKind, [number, string]> = {
  notFound: [404, "Not Found"],
  forbidden: [403, "Forbidden"],
  conflict: [409, "Conflict"],
};

/** Seconds a client is asked to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** The response a thrown outcome stands for; anything else is passed on unchanged. */
export function outcomeAsResponse(error: unknown): unknown {
  if (isDatabaseUnavailable(error)) {
    return new Response("Service Unavailable", {
      status: 503,
      statusText: "Service Unavailable",
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
    });
  }
  if (!isDomainOutcome(error)) return error;
  const [status, statusText] = STATUS[error.outcome];
  return new Response(statusText, { status, statusText });
}

type RouteFunction = (args: never) => unknown;

const isUrlEncoded = (request: Request) => /^application\/x-www-form-urlencoded\b/i.test(request.headers.get("content-type") ?? "");

/**
 * A loader or action whose thrown outcomes become their responses. A reading whose client has gone away
 * (request.signal aborted: the server aborts it when the connection closes) is not started: under load,
 * requests wait for a database connection, and nobody would receive their answer.
 */
export function mappingOutcomes<F extends RouteFunction>(fn: F, kind: "loader" | "action" = "loader"): F {
  return (async (args: never) => {
    const { request } = args as { request?: Request };
    if (request?.signal.aborted && (request.method === "GET" || request.method === "HEAD")) throw request.signal.reason;
    // A form's body is small and already read by the server: a copy lets a failed save give back what was typed.
    const copy = kind === "action" && request && isUrlEncoded(request) ? request.clone() : null;
    try {
      return await fn(args);
    } catch (error) {
      if (kind === "action" && isDatabaseUnavailable(error)) return await couldNotSave(copy);
      throw outcomeAsResponse(error);
    }
  }) as F;
}

/** The action's answer when the database is away: the form's page again, with what was typed and a message. */
async function couldNotSave(copy: Request | null) {
  const formData = copy ? await copy.formData().catch(() => null) : null;
  return data(
    {
      ok: false as const,
      errors: { form: "common.couldNotSave" },
      values: formData ? typedValues(formData) : {},
      formValues: formData ? formToObject(formData) : {},
    },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
}
