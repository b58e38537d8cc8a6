// Signing in with email and password. The answer never says whether an email has an account:
// unknown emails, invited-only accounts and wrong passwords all get the same message in the same time.
import { db } from "~/db.server";
import { verifyAgainstNothing, verifyPassword } from "~/auth/password.server";
import { signInAttempts } from "~/auth/rate-limit.server";
import { knownDeviceOf, rememberDevice } from "~/auth/devices.server";
import { sendMail } from "~/mail.server";
import { newDeviceMail } from "~/mail-templates.server";
import type { ActingUser } from "~/auth/guards.server";
import { endSession, startSession, type ClientInfo } from "~/auth/session.server";
import { recordAudit } from "~/audit.server";
import { config } from "~/config.server";
import { mustUseSecondFactor } from "~/auth/policy";

export type SignInResult =
  | { ok: true; userId: string; cookie: string; deviceCookie: string | null; secondFactor: boolean }
  | { ok: false; reason: "invalid" | "suspended" }
  | { ok: false; reason: "rateLimited"; retryAfterMinutes: number };

/**
 * Each attempt is taken from the budgets before the password is checked (atomically in the database), so concurrent
 * guesses cannot all pass a check that is counted later. Wrong passwords from a known device of the account (its
 * device cookie) count against that device only: others' guessing never locks the owner's own browser out.
 */
export async function signIn(email: string, password: string, client: ClientInfo & { deviceToken?: string | null }): Promise<SignInResult> {
  const attempts = signInAttempts();
  const ipKey = client.ip ?? "unknown";
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      passwordHash: true,
      status: true,
      role: true,
      organization: { select: { isAssessmentBody: true } },
    },
  });
  const device = await knownDeviceOf(user?.id, client.deviceToken ?? null);
  const accountKey = device ? `device:${device.id}` : email;
  const taken = await Promise.all([attempts.perAccount.take(accountKey), attempts.perIp.take(ipKey)]);
  const blocked = taken.find((l) => l.blocked);
  if (blocked?.blocked) {
    await recordAudit(db, { actorId: null, action: "auth.signIn.blocked", subjectType: "User", after: { email }, ip: client.ip });
    return { ok: false, reason: "rateLimited", retryAfterMinutes: blocked.retryAfterMinutes };
  }

  const passwordOk =
    user?.passwordHash && user.status !== "INVITED"
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstNothing(password);

  if (!user || !passwordOk) {
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.signIn.failed",
      subjectType: "User",
      subjectId: user?.id,
      after: { email, knownDevice: device !== null },
      ip: client.ip,
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.status === "SUSPENDED") {
    await recordAudit(db, {
      actorId: user.id,
      action: "auth.signIn.refusedSuspended",
      subjectType: "User",
      subjectId: user.id,
      ip: client.ip,
    });
    return { ok: false, reason: "suspended" };
  }

  await Promise.all([attempts.perAccount.reset(accountKey), attempts.perIp.giveBack(ipKey)]);
  const remembered = await rememberDevice(user.id, client.deviceToken ?? null, client.userAgent);
  if (remembered.isNew && !remembered.firstEver)
    await sendMail(
      await newDeviceMail({ to: user.email, name: user.name, locale: user.locale, userAgent: client.userAgent, ip: client.ip }),
    );
  // The password is right. Someone with a second factor, or who must set one up, gets a half-signed-in session that
  // reaches only the second step (app/auth/guards.server.ts); everyone else is signed in.
  const hasSecondFactor =
    (await db.totpCredential.count({ where: { userId: user.id } })) + (await db.passkey.count({ where: { userId: user.id } })) > 0;
  const secondFactor =
    hasSecondFactor ||
    mustUseSecondFactor({ role: user.role, inAssessmentBody: user.organization.isAssessmentBody }, config().MFA_REQUIRED_ROLES);
  const cookie = await startSession(user.id, client, secondFactor ? "PENDING_SECOND_FACTOR" : "PASSWORD");
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit(db, { actorId: user.id, action: "auth.signIn.succeeded", subjectType: "User", subjectId: user.id, ip: client.ip });
  return { ok: true, userId: user.id, cookie, deviceCookie: remembered.cookie, secondFactor };
}

/** Ends the request's session (if any) and records who signed out; returns the cookie that clears it. */
export async function signOut(request: Request, actor: Pick<ActingUser, "id" | "ip"> | null): Promise<string> {
  const cookie = await endSession(request);
  if (actor) await recordAudit(db, { actorId: actor.id, action: "auth.signedOut", subjectType: "User", subjectId: actor.id, ip: actor.ip });
  return cookie;
}
