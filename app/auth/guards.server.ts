// The helpers every loader and action starts with. Access decisions themselves live in policy.ts.
import { redirect, type AppLoadContext } from "@remix-run/node";
import type { SessionAssurance } from "~/enums";
import { config } from "~/config.server";
import type { CurrentUser } from "./actor.server";
import { mustUseSecondFactor } from "./policy";
import { validateRequestSession, type ValidSession } from "./session.server";
import { oncePerRequest, type RequestArgs } from "~/once-per-request.server";

/** The signed-in user of this request, with where the request came from (for the audit trail). */
/** `assurance`: how far this session's sign-in got (absent for actors made outside a request: scripts, benchmarks). */
export type ActingUser = CurrentUser & { ip: string | null; sessionHash: string; assurance?: SessionAssurance };

/** Where a half-signed-in person gives (or sets up) their second factor. */
export const SECOND_FACTOR_PATH = "/two-factor";

/** One session read per request (the page's loaders and its rendering share it; an action's loaders read it again). */
function sessionOf(request: Request, context?: AppLoadContext) {
  return oncePerRequest({ request, context }, "session", () => validateRequestSession(request));
}

export function clientIp(context?: AppLoadContext): string | null {
  return context?.clientIp ?? null;
}

/**
 * A session that is not (yet) a sign-in: the second factor is still to be given, or the person must use one and has
 * not set it up (a session from before it was required, or whose factor an administrator reset). It grants nothing.
 */
export function isHalfSignedIn(session: Pick<ValidSession, "user" | "assurance">): boolean {
  if (session.assurance === "SECOND_FACTOR") return false;
  return session.assurance === "PENDING_SECOND_FACTOR" || mustUseSecondFactor(session.user, config().MFA_REQUIRED_ROLES);
}

function actingUser(session: ValidSession, context?: AppLoadContext): ActingUser {
  if (context?.requestLog) context.requestLog.userId = session.user.id; // the request's log line names its user
  return { ...session.user, ip: clientIp(context), sessionHash: session.sessionHash, assurance: session.assurance };
}

/** The signed-in user, or null: a half-signed-in session counts as nobody. */
export async function optionalUser({ request, context }: RequestArgs): Promise<ActingUser | null> {
  const session = await sessionOf(request, context);
  return session && !isHalfSignedIn(session) ? actingUser(session, context) : null;
}

const backTo = (request: Request) => {
  const url = new URL(request.url);
  return new URLSearchParams({ redirectTo: url.pathname + url.search });
};

/**
 * Every loader and action starts here. Anonymous requests are sent to sign in, and come back here afterwards; a
 * half-signed-in session is sent to give or set up its second factor, and reaches nothing else.
 */
export async function requireUser(args: RequestArgs): Promise<ActingUser> {
  const session = await sessionOf(args.request, args.context);
  if (!session) throw redirect(`/login?${backTo(args.request)}`);
  if (isHalfSignedIn(session)) throw redirect(`${SECOND_FACTOR_PATH}?${backTo(args.request)}`);
  return actingUser(session, args.context);
}

/**
 * The second-factor step: a session that has signed in with its password (nobody else: they go to sign in). Tells
 * whether it is still half-signed-in: the page stays on screen once the step is done (it shows the recovery codes).
 */
export async function requireSignInStep(args: RequestArgs): Promise<{ actor: ActingUser; halfSignedIn: boolean }> {
  const session = await sessionOf(args.request, args.context);
  if (!session) throw redirect("/login");
  return { actor: actingUser(session, args.context), halfSignedIn: isHalfSignedIn(session) };
}

/** Giving a code: only a half-signed-in session (a signed-in one goes where it was going). */
export async function requireHalfSignedIn(args: RequestArgs): Promise<ActingUser> {
  const { actor, halfSignedIn } = await requireSignInStep(args);
  if (!halfSignedIn) throw redirect(safeRedirectPath(new URL(args.request.url).searchParams.get("redirectTo")));
  return actor;
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
