// "Forgot your password": a one-time link by mail, valid PASSWORD_RESET_TTL_MINUTES. The request
// answers the same whether or not the email has an account.
import { config } from "~/config.server";
import { db } from "~/db.server";
import { hashPassword } from "~/auth/password.server";
import { resetRequestLimits, signInAttempts } from "~/auth/rate-limit.server";
import { revokeSessionsOf } from "~/auth/session.server";
import { newToken, sha256 } from "~/auth/tokens.server";
import { sendMail } from "~/mail.server";
import { passwordChangedMail } from "~/mail-templates.server";
import { recordAudit } from "~/audit.server";
import { passwordResetMail } from "../../mail-templates.server";

export type ResetRequestResult = { ok: true } | { ok: false; reason: "rateLimited" };

export async function requestPasswordReset(email: string, ip: string | null): Promise<ResetRequestResult> {
  const limits = resetRequestLimits();
  const ipKey = ip ?? "unknown";
  const taken = await Promise.all([limits.perAccount.take(email), limits.perIp.take(ipKey)]);
  if (taken.some((c) => c.blocked)) return { ok: false, reason: "rateLimited" };

  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.status !== "ACTIVE") {
    await recordAudit(db, { actorId: null, action: "auth.passwordReset.requestedUnknown", subjectType: "User", after: { email }, ip });
    return { ok: true };
  }
  const minutes = config().PASSWORD_RESET_TTL_MINUTES;
  const { token, tokenHash } = newToken();
  await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + minutes * 60_000) },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "auth.passwordReset.requested",
      subjectType: "PasswordReset",
      subjectId: reset.id,
      ip,
    });
  });
  await sendMail(await passwordResetMail({ to: user.email, name: user.name, locale: user.locale, token, minutes }));
  return { ok: true };
}

export async function findValidReset(token: string) {
  if (!token || token.length > 100) return null;
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: sha256(token) },
    include: { user: { select: { id: true, email: true, name: true, status: true, locale: true } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date() || reset.user.status !== "ACTIVE") return null;
  return reset;
}

export async function resetPassword(token: string, password: string, ip: string | null): Promise<boolean> {
  const reset = await findValidReset(token);
  if (!reset) return false;
  const passwordHash = await hashPassword(password);
  const done = await db.$transaction(async (tx) => {
    const claim = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claim.count !== 1) return false;
    // Any other outstanding link for this account stops working too.
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: new Date() } });
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: reset.userId,
      action: "auth.passwordReset.completed",
      subjectType: "User",
      subjectId: reset.userId,
      ip,
    });
    return true;
  });
  if (done) {
    await revokeSessionsOf(reset.userId);
    await signInAttempts().perAccount.reset(reset.user.email);
    const { email, name, locale } = reset.user;
    await sendMail(await passwordChangedMail({ to: email, name, locale, how: "reset" }));
  }
  return done;
}
