// What a signed-in user does to their own account: password, sessions, interface language.
import { db } from "~/db.server";
import type { ActingUser } from "~/auth/guards.server";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { listSessionsOf, revokeOtherSessions, revokeSessionsOf, startSession } from "~/auth/session.server";
import type { Language } from "~/i18n/config";
import { auditBy } from "~/audit.server";
import { config } from "~/config.server";
import { attemptBudget } from "~/auth/rate-limit.server";
import { sendMail } from "~/mail.server";
import { passwordChangedMail } from "~/mail-templates.server";
import { secondFactorState } from "./second-factor.server";

const passwordChangeAttempts = () =>
  attemptBudget("password-change", config().SIGNIN_MAX_FAILURES_PER_ACCOUNT, config().SIGNIN_WINDOW_MINUTES);

export type ChangePasswordResult = { ok: true; cookie: string } | { ok: false; errors: Record<string, string> };

/** Every session of the user ends (a stolen session dies with the old password); this browser gets a new one. */
export async function changePassword(
  actor: ActingUser,
  input: { currentPassword: string; password: string },
  userAgent: string | null,
): Promise<ChangePasswordResult> {
  // Guesses of the current password are limited like sign-ins (a stolen session must not try passwords freely);
  // each attempt is taken before it is checked.
  const attempts = passwordChangeAttempts();
  const limit = await attempts.take(actor.id);
  if (limit.blocked) {
    await auditBy(actor, db, { action: "account.passwordChange.refused", subjectType: "User", subjectId: actor.id });
    return { ok: false, errors: { currentPassword: "account.tooManyPasswordAttempts" } };
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await auditBy(actor, db, { action: "account.passwordChange.refused", subjectType: "User", subjectId: actor.id });
    return { ok: false, errors: { currentPassword: "auth.wrongCurrentPassword" } };
  }
  await attempts.reset(actor.id);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, version: { increment: 1 } } });
    await auditBy(actor, tx, { action: "account.passwordChanged", subjectType: "User", subjectId: actor.id });
  });
  await revokeSessionsOf(actor.id);
  await sendMail(await passwordChangedMail({ to: actor.email, name: actor.name, locale: actor.locale, how: "changed" }));
  // The new session is as far signed in as the one that changed the password.
  return { ok: true, cookie: await startSession(actor.id, { ip: actor.ip, userAgent }, actor.assurance ?? "PASSWORD") };
}

export async function signOutOtherSessions(actor: ActingUser) {
  const count = await revokeOtherSessions(actor.id, actor.sessionHash);
  await auditBy(actor, db, {
    action: "account.otherSessionsEnded",
    subjectType: "User",
    subjectId: actor.id,
    after: { sessionsEnded: count },
  });
  return count;
}

export async function accountSessions(actor: ActingUser) {
  const sessions = await listSessionsOf(actor.id);
  return sessions.map((s) => ({ ...s, current: s.id === actor.sessionHash, id: s.id.slice(0, 8) }));
}

/** The account page: this person's sessions and their two-factor sign-in. */
export async function accountPage(actor: ActingUser) {
  const [sessions, twoFactor] = await Promise.all([accountSessions(actor), secondFactorState(actor)]);
  return { sessions, twoFactor };
}

export async function setPreferredLanguage(actor: ActingUser, language: Language) {
  if (actor.locale === language) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale: language } });
    await auditBy(actor, tx, {
      action: "account.languageChanged",
      subjectType: "User",
      subjectId: actor.id,
      before: { locale: actor.locale },
      after: { locale: language },
    });
  });
}
