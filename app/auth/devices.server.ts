// OWASP's device cookies (Slow Brute Force protection): a browser that signed in with the right password gets a
// random token in a long-lived cookie (the database keeps only its SHA-256, with the person it belongs to). Wrong
// passwords from such a known device of the account count against that device only; wrong passwords from anywhere
// else share the account's budget for unknown devices. Someone guessing can lock out unknown devices, never the
// owner's own browser.
import { servedOverHttps } from "~/config.server";
import { db } from "~/db.server";
import { newToken, sha256 } from "./tokens.server";

const DEVICE_COOKIE_DAYS = 365;
const deviceCookieName = () => (servedOverHttps() ? "__Host-device" : "device");

export function deviceTokenOf(request: Request): string | null {
  for (const part of (request.headers.get("Cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === deviceCookieName() && /^[A-Za-z0-9_-]{20,100}$/.test(value.join("="))) return value.join("=");
  }
  return null;
}

function deviceCookieHeader(token: string) {
  return [
    `${deviceCookieName()}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${DEVICE_COOKIE_DAYS * 24 * 3600}`,
    ...(servedOverHttps() ? ["Secure"] : []),
  ].join("; ");
}

/** The known device of this person the request comes from (by its token), or null. */
export async function knownDeviceOf(userId: string | undefined, token: string | null) {
  if (!userId || !token) return null;
  const device = await db.knownDevice.findUnique({ where: { tokenHash: sha256(token) }, select: { id: true, userId: true } });
  return device?.userId === userId ? device : null;
}

/**
 * After the right password: the device is known from now on (or seen again). Returns the cookie to set and whether
 * the device is new to this person (they are told by mail).
 */
export async function rememberDevice(userId: string, token: string | null, userAgent: string | null) {
  const known = await knownDeviceOf(userId, token);
  if (known && token) {
    await db.knownDevice.update({ where: { id: known.id }, data: { lastSeenAt: new Date() } });
    return { cookie: null, isNew: false, firstEver: false };
  }
  const others = await db.knownDevice.count({ where: { userId } });
  const fresh = newToken();
  await db.knownDevice.create({ data: { userId, tokenHash: fresh.tokenHash, userAgent: userAgent?.slice(0, 300) ?? null } });
  return { cookie: deviceCookieHeader(fresh.token), isNew: true, firstEver: others === 0 };
}
