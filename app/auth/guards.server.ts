// The helpers every loader and action starts with. Access decisions themselves live in policy.ts.
import { redirect, type AppLoadContext } from "@remix-run/node";
import type { CurrentUser } from "./actor.server";
import { validateRequestSession, type ValidSession } from "./session.server";

/** The signed-in user of this request, with where the request came from (for the audit trail). */
export type ActingUser = CurrentUser & { ip: string | null; sessionHash: string };

type RequestArgs = { request: Request; context?: AppLoadContext };

// One session read per request. Remix gives each loader its own copy of the Request (it strips its own
// search parameters), but the same load context (built once per request by scripts/lib/http-server.ts),
// so a page's loaders and its rendering share one validation through the context. Only for reads: after a
// form's action (which may sign out or change the session) the loaders validate again. Nothing is kept
// once the request is gone.
const perRequest = new WeakMap<object, Promise<ValidSession | null>>();

function sessionOf(request: Request, context?: AppLoadContext) {
  const key = context && (request.method === "GET" || request.method === "HEAD") ? context : request;
  let pending = perRequest.get(key);
  if (!pending) {
    pending = validateRequestSession(request);
    perRequest.set(key, pending);
  }
  return pending;
}

export function clientIp(context?: AppLoadContext): string | null {
  return context?.clientIp ?? null;
}

export async function optionalUser({ request, context }: RequestArgs): Promise<ActingUser | null> {
  const session = await sessionOf(request, context);
  return session ? { ...session.user, ip: clientIp(context), sessionHash: session.sessionHash } : null;
}

/** Anonymous requests are sent to sign in, and come back here afterwards. */
export async function requireUser(args: RequestArgs): Promise<ActingUser> {
  const user = await optionalUser(args);
  if (!user) {
    const url = new URL(args.request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
  }
  return user;
}

export async function requireAnonymous(args: RequestArgs) {
  if (await optionalUser(args)) throw redirect("/");
}

// Refusals (404 for what the user may not read, 403 for what they may not do) are the domain's outcomes,
// mapped to HTTP in one place (app/outcome-responses.ts); routes use the same ones.
import { notFound } from "~/outcomes";

export { ensure, forbidden, notFound } from "~/outcomes";

/** Only a local path is accepted as a place to return to (no open redirect). */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return fallback;
  }
  try {
    const url = new URL(target, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

/** A route parameter that must be a UUID; anything else is a record that does not exist (404). */
export function uuidParam(params: Record<string, string | undefined>, name: string): string {
  const value = params[name];
  if (!value || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) notFound();
  return value.toLowerCase();
}

/** An ISO 3166 alpha-3 country code in the address (any case); anything else means the page does not exist. */
export function iso3Param(params: Record<string, string | undefined>, name: string): string {
  const value = params[name];
  if (!value || !/^[A-Za-z]{3}$/.test(value)) notFound();
  return value.toUpperCase();
}

/** A required route parameter (a slug); missing or oversized means the page does not exist. */
export function stringParam(params: Record<string, string | undefined>, name: string): string {
  const value = params[name];
  if (!value || value.length > 200) notFound();
  return value;
}
