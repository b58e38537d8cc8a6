// The helpers every loader and action starts with. Access decisions themselves live in policy.ts.
import { redirect, type AppLoadContext } from "@remix-run/node";
import type { CurrentUser } from "./actor.server";
import { validateRequestSession, type ValidSession } from "./session.server";

/** The signed-in user of this request, with where the request came from (for the audit trail). */
export type ActingUser = CurrentUser & { ip: string | null; sessionHash: string };

type RequestArgs = { request: Request; context?: AppLoadContext };

// Remix hands the same Request to every loader of one navigation; validating once per request
// (not across requests: nothing is kept once the request is gone).
const perRequest = new WeakMap<Request, Promise<ValidSession | null>>();

function sessionOf(request: Request) {
  let pending = perRequest.get(request);
  if (!pending) {
    pending = validateRequestSession(request);
    perRequest.set(request, pending);
  }
  return pending;
}

export function clientIp(context?: AppLoadContext): string | null {
  return context?.clientIp ?? null;
}

export async function optionalUser({ request, context }: RequestArgs): Promise<ActingUser | null> {
  const session = await sessionOf(request);
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

const REDIRECT_BASE = "http://local.invalid";

/**
 * Only a path of this site is accepted as a place to return to (no open redirect). URL parsers drop tabs and line
 * breaks, read a backslash as `/` and resolve dot segments, so `/.//evil.example` or `/\t/evil.example` would become
 * `//evil.example`, which a browser takes as another host: the target is refused when it holds any of those, and
 * checked again after normalisation, where it must still be a path that starts with a single `/`.
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters and white space are what parsers reinterpret
  if (!target.startsWith("/") || /[\u0000-\u0020\u007f\\\s]/.test(target)) return fallback;
  try {
    const url = new URL(target, REDIRECT_BASE);
    const path = url.pathname + url.search + url.hash;
    const isLocalPath = (p: string) => p.startsWith("/") && !p.startsWith("//") && new URL(p, REDIRECT_BASE).origin === REDIRECT_BASE;
    return url.origin === REDIRECT_BASE && isLocalPath(target) && isLocalPath(path) ? path : fallback;
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
