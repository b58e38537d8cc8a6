// Sessions (Lucia v3 over our hashed-id adapter).
// Idle expiry: a session lapses SESSION_IDLE_MINUTES after it was last extended; Lucia extends it on a
// request once half of that has passed (so 1–2 h of inactivity end it, with the default of 120 min).
// Absolute expiry: SESSION_ABSOLUTE_HOURS after sign-in, whatever the activity (default 12 h).
// The cookie is a browser-session cookie (no Max-Age, no Expires): it ends when the browser session does, and
// the database alone decides expiry before that. (Lucia's own cookie with `expires: false` carries a Max-Age of
// 400 days, so the cookie is written here.)
import { Lucia, TimeSpan } from "lucia";
import { config, servedOverHttps } from "~/config.server";
import { db } from "~/db.server";
import { hashedSessionAdapter, type SessionAttributes } from "./session-adapter.server";
import { toCurrentUser, type ActorAttributes, type CurrentUser } from "./actor.server";
import { sha256 } from "./tokens.server";
import type { SessionAssurance } from "~/enums";

function createLucia() {
  return new Lucia(hashedSessionAdapter, {
    sessionExpiresIn: new TimeSpan(config().SESSION_IDLE_MINUTES, "m"),
    sessionCookie: {
      // Over https (APP_URL), the __Host- prefix binds the cookie to this exact origin (requires Secure, Path=/,
      // no Domain). Over http (http://localhost), browsers would refuse a Secure cookie: a plain one then.
      name: sessionCookieName(),
      expires: false,
      attributes: { secure: servedOverHttps(), sameSite: "lax" },
    },
    getSessionAttributes: (attributes) => attributes,
    getUserAttributes: (attributes) => attributes,
  });
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    DatabaseSessionAttributes: SessionAttributes;
    DatabaseUserAttributes: ActorAttributes;
    UserId: string;
  }
}

const sessionCookieName = () => (servedOverHttps() ? "__Host-session" : "session");

/** `HttpOnly`, `SameSite=Lax`, `Path=/`, and over https `Secure` (with the `__Host-` prefix); never a lifetime. */
function sessionCookieHeader(value: string, clear = false) {
  return [
    `${sessionCookieName()}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    ...(servedOverHttps() ? ["Secure"] : []),
    ...(clear ? ["Max-Age=0"] : []),
  ].join("; ");
}

let lucia: ReturnType<typeof createLucia> | undefined;
const auth = () => (lucia ??= createLucia());

export type ClientInfo = { ip: string | null; userAgent: string | null };

/**
 * A new session at every sign-in (never reuse one: no session fixation). Returns the Set-Cookie value. `assurance`
 * says how far the sign-in got: PENDING_SECOND_FACTOR (the password only, a second factor still to be given or set
 * up: it grants nothing), PASSWORD (enough for people who need no second factor) or SECOND_FACTOR.
 */
export async function startSession(userId: string, client: ClientInfo, assurance: SessionAssurance): Promise<string> {
  const session = await auth().createSession(userId, {
    createdAt: new Date(),
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
    assurance,
  });
  return sessionCookieHeader(session.id);
}

/** The second factor was given (or set up): the session now counts as fully signed in. */
export async function raiseSessionAssurance(sessionHash: string) {
  await db.session.updateMany({ where: { id: sessionHash }, data: { assurance: "SECOND_FACTOR", totpSetupSecret: null } });
}

export type ValidSession = { user: CurrentUser; sessionId: string; sessionHash: string; assurance: SessionAssurance; createdAt: Date };

export async function validateRequestSession(request: Request): Promise<ValidSession | null> {
  const sessionId = auth().readSessionCookie(request.headers.get("Cookie") ?? "");
  if (!sessionId) return null;
  const { session, user } = await auth().validateSession(sessionId);
  if (!session || !user) return null;
  const absoluteLimit = session.createdAt.getTime() + config().SESSION_ABSOLUTE_HOURS * 3600_000;
  if (Date.now() >= absoluteLimit || user.status !== "ACTIVE") {
    await auth().invalidateSession(session.id);
    return null;
  }
  return {
    user: toCurrentUser(user.id, user),
    sessionId: session.id,
    sessionHash: sha256(session.id),
    assurance: session.assurance,
    createdAt: session.createdAt,
  };
}

/** The request carries a session cookie (valid or not): its answers are for this person only. */
export function hasSessionCookie(request: Request): boolean {
  return auth().readSessionCookie(request.headers.get("Cookie") ?? "") !== null;
}

export async function endSession(request: Request): Promise<string> {
  const sessionId = auth().readSessionCookie(request.headers.get("Cookie") ?? "");
  if (sessionId) await auth().invalidateSession(sessionId);
  return sessionCookieHeader("", true);
}

export function blankSessionCookie(): string {
  return sessionCookieHeader("", true);
}

/** On password change, reset or suspension: every session of the user ends at once. */
export async function revokeSessionsOf(userId: string) {
  await db.session.deleteMany({ where: { userId } });
}

export async function revokeOtherSessions(userId: string, keepSessionHash: string) {
  const { count } = await db.session.deleteMany({ where: { userId, id: { not: keepSessionHash } } });
  return count;
}

export async function listSessionsOf(userId: string) {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, ip: true, userAgent: true },
  });
}
