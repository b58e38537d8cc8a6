// The second factor of signing in: an authenticator app (TOTP, RFC 6238, through otplib) and ten single-use
// recovery codes. Passkeys and security keys are the other kind of second factor (./passkeys.server.ts). Who must use one is the policy's rule (mustUseSecondFactor); the guard keeps a half-signed-in
// session away from everything else (app/auth/guards.server.ts). Every code is accepted once: an app's code by its
// time step (a later step only, taken by one atomic update), a recovery code by one atomic update of its row.
// Wrong codes are limited like passwords, per account, and the limit is taken before the code is checked.
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { db } from "~/db.server";
import { config } from "~/config.server";
import type { ActingUser } from "~/auth/guards.server";
import { canResetSecondFactorOf, mustUseSecondFactor } from "~/auth/policy";
import { attemptBudget } from "~/auth/rate-limit.server";
import { raiseSessionAssurance, revokeOtherSessions, revokeSessionsOf } from "~/auth/session.server";
import { sha256 } from "~/auth/tokens.server";
import { auditBy } from "~/audit.server";
import { sendMail } from "~/mail.server";
import { secondFactorMail } from "~/mail-templates.server";
import { ensure, notFound } from "~/outcomes";

export const RECOVERY_CODE_COUNT = 10;
const TOTP_ISSUER = "Coordination Platform";
/** One time step (30 s) either side of now: the clocks of a phone and a server differ a little. */
const CLOCK_TOLERANCE_SECONDS = 30;

export type CodeError = "twoFactor.wrongCode" | "twoFactor.tooManyAttempts" | "twoFactor.noSetup" | "twoFactor.alreadySetUp";
export type CodeResult = { ok: true } | { ok: false; error: CodeError };
export type RecoveryCodesResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: CodeError };

const secondFactorAttempts = () => attemptBudget("second-factor", config().SIGNIN_MAX_FAILURES_PER_ACCOUNT, config().SIGNIN_WINDOW_MINUTES);

/** Six digits (spaces allowed) are an app's code; anything else is taken as a recovery code. */
const appCode = (code: string) => {
  const digits = code.replace(/\s+/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
};

/** Recovery codes are shown as XXXX-XXXX-XXXX and accepted in any case, with or without the dashes and spaces. */
const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, "");
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // 32 signs, none that looks like another

function newRecoveryCode() {
  const bytes = randomBytes(12);
  const signs = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % 32]).join(""); // 12 × 5 bits = 60 bits
  return `${signs.slice(0, 4)}-${signs.slice(4, 8)}-${signs.slice(8, 12)}`;
}

export function mustUseSecondFactorNow(actor: ActingUser) {
  return mustUseSecondFactor(actor, config().MFA_REQUIRED_ROLES);
}

/** What the person has set up. */
export async function secondFactorState(actor: ActingUser) {
  const [totp, recoveryCodesLeft, passkeys] = await Promise.all([
    db.totpCredential.findUnique({ where: { userId: actor.id }, select: { createdAt: true } }),
    db.recoveryCode.count({ where: { userId: actor.id, usedAt: null } }),
    db.passkey.count({ where: { userId: actor.id } }),
  ]);
  return { totp: totp !== null, since: totp?.createdAt ?? null, passkeys, recoveryCodesLeft, required: mustUseSecondFactorNow(actor) };
}

/**
 * The key offered to this session's authenticator app until the person confirms it with a code: made once per
 * session (reloading the page keeps it), shown as a QR code and as text for entering by hand.
 */
export async function totpSetupOffer(actor: ActingUser) {
  await db.session.updateMany({ where: { id: actor.sessionHash, totpSetupSecret: null }, data: { totpSetupSecret: generateSecret() } });
  const session = await db.session.findUnique({ where: { id: actor.sessionHash }, select: { totpSetupSecret: true } });
  const secret = session?.totpSetupSecret;
  if (!secret) notFound();
  const uri = generateURI({ issuer: TOTP_ISSUER, label: actor.email, secret });
  const qrImage = await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 220 });
  return { secret, secretGroups: secret.match(/.{1,4}/g)?.join(" ") ?? secret, qrImage };
}

/** The time step of an app's code that is right now and later than the last accepted one, or null. */
async function acceptedStep(secret: string, code: string, afterStep: number | null) {
  const result = await verify({
    secret,
    token: code,
    epochTolerance: CLOCK_TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  // A TOTP answer carries the time step the code belongs to.
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** Takes one attempt from the account's budget first (so concurrent guesses cannot all get through), then checks. */
async function withAttempt(actor: ActingUser, check: () => Promise<boolean>): Promise<CodeResult> {
  const attempts = secondFactorAttempts();
  if ((await attempts.take(actor.id)).blocked) {
    await auditBy(actor, db, { action: "auth.secondFactor.blocked", subjectType: "User", subjectId: actor.id });
    return { ok: false, error: "twoFactor.tooManyAttempts" };
  }
  if (!(await check())) {
    await auditBy(actor, db, { action: "auth.secondFactor.failed", subjectType: "User", subjectId: actor.id });
    return { ok: false, error: "twoFactor.wrongCode" };
  }
  await attempts.reset(actor.id);
  return { ok: true };
}

/** An app's code of the person's own authenticator, accepted at most once (its time step is used up). */
async function useAppCode(userId: string, code: string) {
  const credential = await db.totpCredential.findUnique({ where: { userId } });
  if (!credential) return false;
  const step = await acceptedStep(credential.secret, code, credential.lastUsedStep);
  if (step === null) return false;
  const { count } = await db.totpCredential.updateMany({ where: { userId, lastUsedStep: { lt: step } }, data: { lastUsedStep: step } });
  return count === 1;
}

async function useRecoveryCode(userId: string, code: string) {
  const codeHash = sha256(normalizeRecoveryCode(code));
  const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

/** The second step of signing in: an app's code or a recovery code. On success the session is fully signed in. */
export async function verifySecondFactor(actor: ActingUser, code: string): Promise<CodeResult> {
  const used = { recoveryCode: false };
  const result = await withAttempt(actor, async () => {
    const digits = appCode(code);
    if (digits) return useAppCode(actor.id, digits);
    used.recoveryCode = await useRecoveryCode(actor.id, code);
    return used.recoveryCode;
  });
  if (!result.ok) return result;
  await raiseSessionAssurance(actor.sessionHash);
  await auditBy(actor, db, {
    action: used.recoveryCode ? "auth.secondFactor.recoveryCodeUsed" : "auth.secondFactor.succeeded",
    subjectType: "User",
    subjectId: actor.id,
  });
  return result;
}

async function replaceRecoveryCodes(tx: Pick<typeof db, "recoveryCode">, userId: string) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: sha256(normalizeRecoveryCode(c)) })) });
  return codes;
}

/** Ten recovery codes for someone who has none yet (their first passkey): null when they have some already. */
export async function newRecoveryCodesIfNone(tx: Pick<typeof db, "recoveryCode">, userId: string) {
  if ((await tx.recoveryCode.count({ where: { userId } })) > 0) return null;
  return replaceRecoveryCodes(tx, userId);
}

/**
 * The person confirms the offered key with a code from their app: the app becomes their second factor, they get ten
 * recovery codes (shown once), this session is fully signed in and every other session of theirs ends.
 */
export async function confirmTotpSetup(actor: ActingUser, code: string): Promise<RecoveryCodesResult> {
  const session = await db.session.findUnique({ where: { id: actor.sessionHash }, select: { totpSetupSecret: true } });
  const secret = session?.totpSetupSecret;
  if (!secret) return { ok: false, error: "twoFactor.noSetup" };
  if (await db.totpCredential.findUnique({ where: { userId: actor.id }, select: { userId: true } }))
    return { ok: false, error: "twoFactor.alreadySetUp" };
  const accepted = { step: 0 };
  const checked = await withAttempt(actor, async () => {
    const digits = appCode(code);
    const step = digits ? await acceptedStep(secret, digits, null) : null;
    if (step !== null) accepted.step = step;
    return step !== null;
  });
  if (!checked.ok) return checked;
  const lastUsedStep = accepted.step;
  const recoveryCodes = await db.$transaction(async (tx) => {
    // The primary key on user_id lets only one of two concurrent set-ups through.
    const created = await tx.totpCredential.createMany({ data: [{ userId: actor.id, secret, lastUsedStep }], skipDuplicates: true });
    if (created.count === 0) return null;
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await auditBy(actor, tx, { action: "account.secondFactor.added", subjectType: "User", subjectId: actor.id });
    return codes;
  });
  if (!recoveryCodes) return { ok: false, error: "twoFactor.alreadySetUp" };
  await raiseSessionAssurance(actor.sessionHash);
  await revokeOtherSessions(actor.id, actor.sessionHash);
  await sendMail(await secondFactorMail({ to: actor.email, name: actor.name, locale: actor.locale, event: "added" }));
  return { ok: true, recoveryCodes };
}

/** New recovery codes (the old ones stop working), after a fresh code from the app. */
export async function regenerateRecoveryCodes(actor: ActingUser, code: string): Promise<RecoveryCodesResult> {
  const checked = await withAttempt(actor, async () => {
    const digits = appCode(code);
    return digits ? useAppCode(actor.id, digits) : false;
  });
  if (!checked.ok) return checked;
  const recoveryCodes = await db.$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, actor.id);
    await auditBy(actor, tx, { action: "account.secondFactor.recoveryCodesRenewed", subjectType: "User", subjectId: actor.id });
    return codes;
  });
  return { ok: true, recoveryCodes };
}

/** Turning the second factor off, after a fresh code: only for people who need none. */
export async function turnOffSecondFactor(actor: ActingUser, code: string): Promise<CodeResult> {
  ensure(!mustUseSecondFactorNow(actor), "403");
  const checked = await withAttempt(actor, async () => {
    const digits = appCode(code);
    return digits ? useAppCode(actor.id, digits) : useRecoveryCode(actor.id, code);
  });
  if (!checked.ok) return checked;
  await db.$transaction(async (tx) => {
    await tx.totpCredential.deleteMany({ where: { userId: actor.id } });
    // Recovery codes stay while a passkey is left (they stand in for it too).
    if ((await tx.passkey.count({ where: { userId: actor.id } })) === 0) await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await auditBy(actor, tx, { action: "account.secondFactor.removed", subjectType: "User", subjectId: actor.id });
  });
  await db.session.updateMany({ where: { id: actor.sessionHash }, data: { assurance: "PASSWORD" } });
  await sendMail(await secondFactorMail({ to: actor.email, name: actor.name, locale: actor.locale, event: "removed" }));
  return { ok: true };
}

/**
 * An administrator resets a person's second factor (a lost phone and lost recovery codes): the app, the recovery
 * codes and every session of theirs go; at the next sign-in they set up a new one. They are told by mail.
 */
export async function resetSecondFactorOf(actor: ActingUser, userId: string) {
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, locale: true } });
  if (!target) notFound();
  ensure(canResetSecondFactorOf(actor, target), "403");
  await db.$transaction(async (tx) => {
    const removed = await tx.totpCredential.deleteMany({ where: { userId } });
    const codes = await tx.recoveryCode.deleteMany({ where: { userId } });
    const keys = await tx.passkey.deleteMany({ where: { userId } });
    await auditBy(actor, tx, {
      action: "user.secondFactorReset",
      subjectType: "User",
      subjectId: userId,
      before: { authenticatorApp: removed.count > 0, recoveryCodes: codes.count, passkeys: keys.count },
    });
  });
  await revokeSessionsOf(userId);
  await sendMail(await secondFactorMail({ to: target.email, name: target.name, locale: target.locale, event: "reset" }));
  return { name: target.name };
}

/** The second sign-in step: give a code, or (nothing set up yet) set up an authenticator app first. */
export async function secondFactorStepPage(actor: ActingUser) {
  const state = await secondFactorState(actor);
  const factors = { totp: state.totp, passkeys: state.passkeys > 0 };
  if (state.totp || state.passkeys > 0) return { mode: "verify" as const, required: state.required, offer: null, ...factors };
  return { mode: "enrol" as const, required: state.required, offer: await totpSetupOffer(actor), ...factors };
}

/** The account's two-factor page: what is set up, and the offer of a key when nothing is. */
export async function twoFactorAccountPage(actor: ActingUser) {
  const state = await secondFactorState(actor);
  return { ...state, offer: state.totp ? null : await totpSetupOffer(actor) };
}
