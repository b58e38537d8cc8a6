// Password hashing (argon2id, OWASP parameters) and the rules a new password must meet.
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// m=19456 KiB, t=2, p=1: the OWASP minimum for argon2id (and the library's defaults), said explicitly.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string) {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when an account does not exist keeps the answer time the same,
// so timing does not reveal whether an email has an account.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string) {
  dummyHash ??= hashPassword("not-a-real-password-for-timing-only");
  await verifyPassword(await dummyHash, password);
  return false;
}

let strength: ZxcvbnFactory | undefined;
/** zxcvbn score 0–4; 3 and above is accepted. Dictionaries of common passwords, names and words included. */
export function passwordScore(password: string, personalInputs: string[] = []) {
  strength ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  // Words of the person's email and name count as guessable ("wanjiru.kamau@…" → "wanjiru", "kamau").
  const words = personalInputs.flatMap((input) => input.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  return strength.check(password.slice(0, 100), [...personalInputs, ...words]).score;
}

const squash = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The person's email name or full name, in any case and with any separators, inside the password. */
export function containsPersonalData(password: string, personalInputs: string[]) {
  const squashed = squash(password);
  return personalInputs.map((input) => squash(input.split("@")[0])).some((token) => token.length >= 4 && squashed.includes(token));
}

/** Error codes are translation keys (auth.passwordRules.*), so the page shows them in the reader's language. */
export function newPasswordSchema(personalInputs: () => string[] = () => []) {
  return z
    .string()
    .min(PASSWORD_MIN_LENGTH, "auth.passwordRules.tooShort")
    .max(PASSWORD_MAX_LENGTH, "auth.passwordRules.tooLong")
    .refine((p) => !containsPersonalData(p, personalInputs()), "auth.passwordRules.personal")
    .refine((p) => passwordScore(p, personalInputs()) >= 3, "auth.passwordRules.tooCommon");
}

/** New password + confirmation, as used by the invitation, reset and change forms. */
export function passwordPairSchema(personalInputs: () => string[] = () => []) {
  return z
    .object({ password: newPasswordSchema(personalInputs), confirmPassword: z.string() })
    .refine((v) => v.password === v.confirmPassword, { message: "auth.passwordRules.mismatch", path: ["confirmPassword"] });
}
