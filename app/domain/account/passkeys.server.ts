// Passkeys and security keys (WebAuthn, through @simplewebauthn/server) as a second factor beside the authenticator
// app. The relying party is the site of APP_URL: its host name is the RP ID and its origin the only one accepted, so a
// look-alike site cannot use a key made here. Every ceremony uses a challenge handed to this session only, kept on the
// session row for a few minutes and taken back by one atomic update at its first use (a replayed answer finds none).
// Adding or removing a key needs the account's password again (a stolen session must not plant its own key, nor take
// the owner's away); signing in with a
// key is limited like codes (the attempt is taken before the answer is checked).
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { db } from "~/db.server";
import { config } from "~/config.server";
import type { ActingUser } from "~/auth/guards.server";
import { verifyPassword } from "~/auth/password.server";
import { attemptBudget } from "~/auth/rate-limit.server";
import { raiseSessionAssurance } from "~/auth/session.server";
import { auditBy } from "~/audit.server";
import { sendMail } from "~/mail.server";
import { secondFactorMail } from "~/mail-templates.server";
import { ensure, notFound } from "~/outcomes";
import { mustUseSecondFactorNow, newRecoveryCodesIfNone } from "./second-factor.server";

const RP_NAME = "Coordination Platform";
/** How long a challenge stays good: enough to find and touch a key. */
const CHALLENGE_MINUTES = 5;

type Purpose = "register" | "authenticate";
export type PasskeyError =
  | "twoFactor.passkeyFailed"
  | "twoFactor.passkeyExpired"
  | "twoFactor.tooManyAttempts"
  | "twoFactor.passkeyLastFactor"
  | "auth.wrongCurrentPassword"
  | "account.tooManyPasswordAttempts";

/** The relying party: the site named by APP_URL (its host name, and its whole origin). */
export function relyingParty() {
  const url = new URL(config().APP_URL);
  return { rpID: url.hostname, origin: url.origin };
}

const secondFactorAttempts = () => attemptBudget("second-factor", config().SIGNIN_MAX_FAILURES_PER_ACCOUNT, config().SIGNIN_WINDOW_MINUTES);
const passwordAttempts = () => attemptBudget("password-change", config().SIGNIN_MAX_FAILURES_PER_ACCOUNT, config().SIGNIN_WINDOW_MINUTES);

async function handOutChallenge(sessionHash: string, purpose: Purpose, challenge: string) {
  await db.session.update({
    where: { id: sessionHash },
    data: { webauthnChallenge: `${purpose}:${challenge}`, webauthnChallengeExpiresAt: new Date(Date.now() + CHALLENGE_MINUTES * 60_000) },
  });
}

/** The session's challenge for this purpose, taken back (one use only); null when there is none, or it lapsed. */
async function takeChallenge(sessionHash: string, purpose: Purpose): Promise<string | null> {
  const session = await db.session.findUnique({
    where: { id: sessionHash },
    select: { webauthnChallenge: true, webauthnChallengeExpiresAt: true },
  });
  const stored = session?.webauthnChallenge;
  if (!stored) return null;
  const { count } = await db.session.updateMany({
    where: { id: sessionHash, webauthnChallenge: stored },
    data: { webauthnChallenge: null, webauthnChallengeExpiresAt: null },
  });
  if (count !== 1 || !session.webauthnChallengeExpiresAt || session.webauthnChallengeExpiresAt < new Date()) return null;
  const prefix = `${purpose}:`;
  return stored.startsWith(prefix) ? stored.slice(prefix.length) : null;
}

/** The person's keys, for the account page (never the public keys). */
export async function passkeysOf(userId: string) {
  return db.passkey.findMany({
    where: { userId },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, backedUp: true },
    orderBy: { createdAt: "asc" },
  });
}

export const hasPasskey = async (userId: string) => (await db.passkey.count({ where: { userId } })) > 0;

/**
 * The account's password again, before a key is added or removed (a stolen session must not change the factors).
 * Guesses share the password-change budget; each is taken before it is checked.
 */
async function confirmPassword(actor: ActingUser, password: string): Promise<{ ok: true } | { ok: false; error: PasskeyError }> {
  const attempts = passwordAttempts();
  if ((await attempts.take(actor.id)).blocked) return { ok: false, error: "account.tooManyPasswordAttempts" };
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    await auditBy(actor, db, { action: "account.passkey.refused", subjectType: "User", subjectId: actor.id });
    return { ok: false, error: "auth.wrongCurrentPassword" };
  }
  await attempts.reset(actor.id);
  return { ok: true };
}

/**
 * Step one of adding a key: the account's password again, then the options the browser gives its authenticator (the
 * keys already added are excluded, so one authenticator is not added twice).
 */
export async function passkeyRegistrationOptions(
  actor: ActingUser,
  password: string,
): Promise<{ ok: true; options: PublicKeyCredentialCreationOptionsJSON } | { ok: false; error: PasskeyError }> {
  const confirmed = await confirmPassword(actor, password);
  if (!confirmed.ok) return confirmed;
  const existing = await db.passkey.findMany({ where: { userId: actor.id }, select: { id: true, transports: true } });
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: relyingParty().rpID,
    userName: actor.email,
    userDisplayName: actor.name,
    userID: new TextEncoder().encode(actor.id),
    attestationType: "none",
    excludeCredentials: existing.map((k) => ({ id: k.id, transports: k.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  await handOutChallenge(actor.sessionHash, "register", options.challenge);
  return { ok: true, options };
}

/**
 * Step two: the authenticator's answer, checked against this session's challenge, this site's origin and RP ID. The
 * key is kept under the name the person gave it; someone without any second factor before gets recovery codes.
 */
export async function addPasskey(
  actor: ActingUser,
  input: { name: string; response: unknown },
): Promise<{ ok: true; recoveryCodes: string[] | null } | { ok: false; error: PasskeyError }> {
  const challenge = await takeChallenge(actor.sessionHash, "register");
  if (!challenge) return { ok: false, error: "twoFactor.passkeyExpired" };
  const { rpID, origin } = relyingParty();
  const verification = await verifyRegistrationResponse({
    response: input.response as RegistrationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return { ok: false, error: "twoFactor.passkeyFailed" };
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  const recoveryCodes = await db.$transaction(async (tx) => {
    const created = await tx.passkey.createMany({
      data: [
        {
          id: credential.id,
          userId: actor.id,
          name: input.name,
          publicKey: Buffer.from(credential.publicKey),
          counter: BigInt(credential.counter),
          transports: credential.transports ?? [],
          deviceType: credentialDeviceType,
          backedUp: credentialBackedUp,
        },
      ],
      skipDuplicates: true,
    });
    if (created.count === 0) return undefined;
    const codes = await newRecoveryCodesIfNone(tx, actor.id);
    await auditBy(actor, tx, { action: "account.passkey.added", subjectType: "User", subjectId: actor.id, after: { name: input.name } });
    return codes;
  });
  if (recoveryCodes === undefined) return { ok: false, error: "twoFactor.passkeyFailed" };
  await sendMail(await secondFactorMail({ to: actor.email, name: actor.name, locale: actor.locale, event: "passkeyAdded" }));
  return { ok: true, recoveryCodes };
}

/**
 * Removing a key, after the password again. Someone who must use a second factor keeps at least one (a key or the
 * authenticator app).
 */
export async function removePasskey(
  actor: ActingUser,
  input: { passkeyId: string; password: string },
): Promise<{ ok: true } | { ok: false; error: PasskeyError }> {
  const key = await db.passkey.findFirst({ where: { id: input.passkeyId, userId: actor.id }, select: { id: true, name: true } });
  if (!key) notFound();
  const confirmed = await confirmPassword(actor, input.password);
  if (!confirmed.ok) return confirmed;
  const removed = await db.$transaction(async (tx) => {
    if (mustUseSecondFactorNow(actor)) {
      const [keys, apps] = await Promise.all([
        tx.passkey.count({ where: { userId: actor.id } }),
        tx.totpCredential.count({ where: { userId: actor.id } }),
      ]);
      if (keys + apps <= 1) return false;
    }
    const { count } = await tx.passkey.deleteMany({ where: { id: key.id, userId: actor.id } });
    if (count === 0) notFound();
    const [keysLeft, appsLeft] = [
      await tx.passkey.count({ where: { userId: actor.id } }),
      await tx.totpCredential.count({ where: { userId: actor.id } }),
    ];
    // The last factor gone: its recovery codes go with it (they would be a second factor on their own).
    if (keysLeft + appsLeft === 0) await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await auditBy(actor, tx, { action: "account.passkey.removed", subjectType: "User", subjectId: actor.id, before: { name: key.name } });
    return true;
  });
  if (!removed) return { ok: false, error: "twoFactor.passkeyLastFactor" };
  await sendMail(await secondFactorMail({ to: actor.email, name: actor.name, locale: actor.locale, event: "passkeyRemoved" }));
  return { ok: true };
}

/** The second sign-in step with a key: options naming the person's keys, and a challenge for this session. */
export async function passkeySignInOptions(actor: ActingUser): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const keys = await db.passkey.findMany({ where: { userId: actor.id }, select: { id: true, transports: true } });
  ensure(keys.length > 0, "404");
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: keys.map((k) => ({ id: k.id, transports: k.transports })),
    userVerification: "preferred",
  });
  await handOutChallenge(actor.sessionHash, "authenticate", options.challenge);
  return options;
}

/**
 * The authenticator's answer at the second step: one of this person's keys, this session's challenge, this site. A
 * signature counter that does not grow (when the key keeps one) means a cloned key: refused. On success the session is
 * fully signed in.
 */
export async function verifyPasskeySignIn(
  actor: ActingUser,
  response: unknown,
): Promise<{ ok: true } | { ok: false; error: PasskeyError }> {
  const attempts = secondFactorAttempts();
  if ((await attempts.take(actor.id)).blocked) {
    await auditBy(actor, db, { action: "auth.secondFactor.blocked", subjectType: "User", subjectId: actor.id });
    return { ok: false, error: "twoFactor.tooManyAttempts" };
  }
  const failed = async (error: PasskeyError) => {
    await auditBy(actor, db, { action: "auth.secondFactor.failed", subjectType: "User", subjectId: actor.id });
    return { ok: false as const, error };
  };
  const challenge = await takeChallenge(actor.sessionHash, "authenticate");
  if (!challenge) return failed("twoFactor.passkeyExpired");
  const credentialId = (response as { id?: unknown } | null)?.id;
  if (typeof credentialId !== "string") return failed("twoFactor.passkeyFailed");
  const key = await db.passkey.findFirst({ where: { id: credentialId, userId: actor.id } });
  if (!key) return failed("twoFactor.passkeyFailed");
  const { rpID, origin } = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response: response as AuthenticationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential: {
      id: key.id,
      publicKey: new Uint8Array(key.publicKey),
      counter: Number(key.counter),
      transports: key.transports,
    },
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return failed("twoFactor.passkeyFailed");
  const newCounter = BigInt(verification.authenticationInfo.newCounter);
  // The counter moves forward by one atomic update (two concurrent uses of one answer cannot both pass).
  const { count } = await db.passkey.updateMany({
    where: { id: key.id, counter: key.counter },
    data: { counter: newCounter, lastUsedAt: new Date() },
  });
  if (count !== 1) return failed("twoFactor.passkeyFailed");
  await attempts.reset(actor.id);
  await raiseSessionAssurance(actor.sessionHash);
  await auditBy(actor, db, {
    action: "auth.secondFactor.passkeyUsed",
    subjectType: "User",
    subjectId: actor.id,
    after: { name: key.name },
  });
  return { ok: true };
}
