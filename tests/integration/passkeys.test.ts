/// <reference types="vite/client" />
// Passkeys and security keys against the real routes and database, with a software authenticator (a P-256 key made
// here, answering as a browser's authenticator would): adding a key needs the password and this session's challenge;
// answers for another site, another challenge, a replayed answer or another person's key are refused; the second
// sign-in step accepts the key once; removing needs the password and keeps a required person's last factor; an administrator's reset
// removes them. Each change is in the audit trail.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { isoCBOR } from "@simplewebauthn/server/helpers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { resetSecondFactorOf } from "~/domain/account/second-factor.server";
import * as login from "~/routes/_auth.login";
import * as twoFactor from "~/routes/_auth.two-factor";
import * as accountTwoFactor from "~/routes/_app.account_.two-factor";
import { actingAs, callRoute, createUser, seedReference, sessionCookie, TEST_PASSWORD } from "../support/fixtures";
import { startSmtpReceiver } from "../support/smtp-receiver";

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
beforeAll(async () => {
  smtp = await startSmtpReceiver(await mkdtemp(path.join(tmpdir(), "mail-")));
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  await seedReference();
});
afterAll(() => smtp.stop());

const SITE = "http://localhost:3000"; // APP_URL of the tests
const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString("base64url");
const sha = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

/** A software authenticator holding one P-256 key, with a signature counter. */
function softwareKey(rpId = "localhost") {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const id = randomBytes(32);
  let counter = 0;
  const jwk = publicKey.export({ format: "jwk" }) as { x: string; y: string };
  const cose = new Map<number, number | Uint8Array>([
    [1, 2], // kty: EC2
    [3, -7], // alg: ES256
    [-1, 1], // crv: P-256
    [-2, Buffer.from(jwk.x, "base64url")],
    [-3, Buffer.from(jwk.y, "base64url")],
  ]);
  const authData = (flags: number, attested?: Uint8Array) => {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha(rpId), Buffer.from([flags]), count, ...(attested ? [attested] : [])]);
  };
  return {
    id: b64url(id),
    /** The answer to navigator.credentials.create(): attestation "none". */
    register(challenge: string, origin = SITE) {
      const clientData = Buffer.from(JSON.stringify({ type: "webauthn.create", challenge, origin, crossOrigin: false }));
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(id.length);
      const attested = Buffer.concat([Buffer.alloc(16), idLength, id, Buffer.from(isoCBOR.encode(cose))]);
      const attestationObject = isoCBOR.encode(
        new Map<string, unknown>([
          ["fmt", "none"],
          ["attStmt", new Map()],
          ["authData", authData(0x45, attested)], // user present, user verified, attested credential data
        ]) as never,
      );
      return {
        id: b64url(id),
        rawId: b64url(id),
        type: "public-key",
        clientExtensionResults: {},
        response: { clientDataJSON: b64url(clientData), attestationObject: b64url(attestationObject), transports: ["internal"] },
      };
    },
    /** The answer to navigator.credentials.get(), signed with the key. */
    authenticate(challenge: string, origin = SITE, signWith: KeyObject = privateKey) {
      counter += 1;
      const clientData = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin, crossOrigin: false }));
      const data = authData(0x05);
      const signature = sign("sha256", Buffer.concat([data, sha(clientData)]), signWith);
      return {
        id: b64url(id),
        rawId: b64url(id),
        type: "public-key",
        clientExtensionResults: {},
        response: { clientDataJSON: b64url(clientData), authenticatorData: b64url(data), signature: b64url(signature) },
      };
    },
  };
}

const account = (cookie: string, form: Record<string, string>) =>
  callRoute(accountTwoFactor.action, { url: "/account/two-factor", cookie, form });
const step = (cookie: string, form: Record<string, string>) =>
  callRoute(twoFactor.action, { url: "/two-factor?redirectTo=%2Fdirectory", cookie, form });

async function registrationChallenge(cookie: string) {
  const options = await account(cookie, { intent: "passkeyOptions", name: "Laptop", password: TEST_PASSWORD });
  expect(options.status).toBe(200);
  return (options.data as { passkeyOptions: { challenge: string; rp: { id: string } } }).passkeyOptions;
}

async function addKey(cookie: string, key: ReturnType<typeof softwareKey>, name = "Laptop") {
  const { challenge } = await registrationChallenge(cookie);
  const added = await account(cookie, { intent: "addPasskey", name, response: JSON.stringify(key.register(challenge)) });
  expect(added.status, JSON.stringify(added.data)).toBe(200);
  return added;
}

async function passwordStep(email: string) {
  const outcome = await callRoute(login.action, { url: "/login", form: { email, password: TEST_PASSWORD, redirectTo: "/directory" } });
  expect(outcome.location).toBe("/two-factor?redirectTo=%2Fdirectory");
  return outcome.headers.get("Set-Cookie")!.split(";")[0];
}

async function signInChallenge(cookie: string) {
  const options = await step(cookie, { intent: "passkeyOptions" });
  expect(options.status).toBe(200);
  return (options.data as { passkeyOptions: { challenge: string; allowCredentials: Array<{ id: string }> } }).passkeyOptions;
}

describe("adding a passkey", () => {
  it("needs the password again, then an answer to this session's challenge from this site", async () => {
    const me = await createUser({ email: "keys-add@example.test" });
    const cookie = await sessionCookie(me.id);
    const key = softwareKey();

    const wrongPassword = await account(cookie, { intent: "passkeyOptions", name: "Laptop", password: "not my password at all" });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.data).toMatchObject({ errors: { password: "auth.wrongCurrentPassword" } });
    expect(await db.auditEvent.count({ where: { action: "account.passkey.refused", actorId: me.id } })).toBe(1);

    // Without any challenge handed out: refused.
    const unasked = await account(cookie, {
      intent: "addPasskey",
      name: "Laptop",
      response: JSON.stringify(key.register(b64url(randomBytes(32)))),
    });
    expect(unasked.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyExpired" } });

    const options = await registrationChallenge(cookie);
    expect(options.rp.id).toBe("localhost");
    // Another challenge than the one handed out: refused (and the handed-out one is spent).
    const wrongChallenge = await account(cookie, {
      intent: "addPasskey",
      name: "Laptop",
      response: JSON.stringify(key.register(b64url(randomBytes(32)))),
    });
    expect(wrongChallenge.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyFailed" } });
    const spent = await account(cookie, {
      intent: "addPasskey",
      name: "Laptop",
      response: JSON.stringify(key.register(options.challenge)),
    });
    expect(spent.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyExpired" } });

    // Another site (a look-alike page relaying our challenge): refused.
    const relayed = await registrationChallenge(cookie);
    const otherSite = await account(cookie, {
      intent: "addPasskey",
      name: "Laptop",
      response: JSON.stringify(key.register(relayed.challenge, "https://localhost.evil.example")),
    });
    expect(otherSite.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyFailed" } });
    // A key for another relying party: refused.
    const otherRp = softwareKey("evil.example");
    const otherRpChallenge = await registrationChallenge(cookie);
    const wrongRp = await account(cookie, {
      intent: "addPasskey",
      name: "Laptop",
      response: JSON.stringify(otherRp.register(otherRpChallenge.challenge)),
    });
    expect(wrongRp.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyFailed" } });
    // Not JSON, or not an object: a 400 that says so, never a 500.
    for (const response of ["{not json", "[1,2]", "null", "x".repeat(20_000)]) {
      const bad = await account(cookie, { intent: "addPasskey", name: "Laptop", response });
      expect(bad.status).toBe(400);
    }
    expect(await db.passkey.count({ where: { userId: me.id } })).toBe(0);

    // The right answer: kept under its name; the first factor of this person brings ten recovery codes.
    const added = await addKey(cookie, key, "Office laptop");
    expect((added.data as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    const stored = await db.passkey.findFirstOrThrow({ where: { userId: me.id } });
    expect(stored).toMatchObject({ id: key.id, name: "Office laptop", counter: 0n });
    expect(await db.auditEvent.count({ where: { action: "account.passkey.added", actorId: me.id } })).toBe(1);
    // The page lists it (never its public key).
    const page = await callRoute(accountTwoFactor.loader, { url: "/account/two-factor", cookie });
    expect((page.data as { passkeys: unknown[] }).passkeys).toEqual([expect.objectContaining({ id: key.id, name: "Office laptop" })]);
    expect(JSON.stringify(page.data)).not.toContain("publicKey");
  });
});

describe("signing in with a passkey", () => {
  it("accepts an answer of the person's key for this session's challenge from this site, once", async () => {
    const me = await createUser({ email: "keys-sign-in@example.test" });
    const key = softwareKey();
    await addKey(await sessionCookie(me.id), key);

    const cookie = await passwordStep(me.email);
    const page = await callRoute(twoFactor.loader, { url: "/two-factor", cookie });
    expect(page.data).toMatchObject({ mode: "verify", passkeys: true, totp: false });

    // Another site's answer, an answer to another challenge, a signature by another key, another person's key.
    const relayed = await signInChallenge(cookie);
    expect(relayed.allowCredentials.map((c) => c.id)).toEqual([key.id]);
    const otherSite = await step(cookie, {
      intent: "passkey",
      response: JSON.stringify(key.authenticate(relayed.challenge, "http://evil.example")),
    });
    expect(otherSite.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyFailed" } });
    await signInChallenge(cookie);
    const wrongChallenge = await step(cookie, { intent: "passkey", response: JSON.stringify(key.authenticate(b64url(randomBytes(32)))) });
    expect(wrongChallenge.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyFailed" } });
    const forged = await signInChallenge(cookie);
    const stranger = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    const badSignature = await step(cookie, {
      intent: "passkey",
      response: JSON.stringify(key.authenticate(forged.challenge, SITE, stranger)),
    });
    expect(badSignature.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyFailed" } });
    const someoneElse = await createUser({ email: "keys-other@example.test" });
    const theirKey = softwareKey();
    await addKey(await sessionCookie(someoneElse.id), theirKey);
    const notMine = await signInChallenge(cookie);
    const borrowed = await step(cookie, { intent: "passkey", response: JSON.stringify(theirKey.authenticate(notMine.challenge)) });
    expect(borrowed.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyFailed" } });
    expect(await db.session.count({ where: { userId: me.id, assurance: "SECOND_FACTOR" } })).toBe(1); // the one that added the key

    // The right answer signs in; the same answer again finds no challenge.
    const { challenge } = await signInChallenge(cookie);
    const answer = JSON.stringify(key.authenticate(challenge));
    const done = await step(cookie, { intent: "passkey", response: answer, redirectTo: "/directory" });
    expect(done.status).toBe(302);
    expect(done.location).toBe("/directory");
    expect(await db.session.count({ where: { userId: me.id, assurance: "SECOND_FACTOR" } })).toBe(2);
    const used = await db.passkey.findUniqueOrThrow({ where: { id: key.id } });
    expect(used.counter).toBe(BigInt(4)); // the software key counted every answer it gave
    expect(used.lastUsedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.secondFactor.passkeyUsed", actorId: me.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "auth.secondFactor.failed", actorId: me.id } })).toBe(4);

    const again = await passwordStep(me.email);
    await signInChallenge(again);
    const replayed = await step(again, { intent: "passkey", response: answer });
    expect(replayed.data).toMatchObject({ errors: { passkey: "twoFactor.passkeyFailed" } });
  });
});

describe("removing passkeys", () => {
  it("removes a key of one's own after the password again; a person who must use a second factor keeps the last one", async () => {
    const secretariat = await createUser({ role: "SECRETARIAT", organization: "UNOCT", email: "keys-secretariat@example.test" });
    const cookie = await sessionCookie(secretariat.id);
    const first = softwareKey();
    const second = softwareKey();
    await addKey(cookie, first, "First");
    await addKey(cookie, second, "Second");

    const someoneElse = await createUser({ email: "keys-not-theirs@example.test" });
    const notTheirs = await account(await sessionCookie(someoneElse.id), {
      intent: "removePasskey",
      passkeyId: first.id,
      password: TEST_PASSWORD,
    });
    expect(notTheirs.status).toBe(404);

    // The password again: a wrong one removes nothing.
    const wrongPassword = await account(cookie, { intent: "removePasskey", passkeyId: first.id, password: "not my password at all" });
    expect(wrongPassword.data).toMatchObject({ errors: { removePassword: "auth.wrongCurrentPassword" } });
    const noPassword = await account(cookie, { intent: "removePasskey", passkeyId: first.id });
    expect(noPassword.status).toBe(400);
    expect(await db.passkey.count({ where: { userId: secretariat.id } })).toBe(2);

    const removed = await account(cookie, { intent: "removePasskey", passkeyId: first.id, password: TEST_PASSWORD });
    expect(removed.status).toBe(302);
    const last = await account(cookie, { intent: "removePasskey", passkeyId: second.id, password: TEST_PASSWORD });
    expect(last.data).toMatchObject({ errors: { passkeyId: "twoFactor.passkeyLastFactor" } });
    expect(await db.passkey.count({ where: { userId: secretariat.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "account.passkey.removed", actorId: secretariat.id } })).toBe(1);
  });

  it("an administrator's reset removes the person's passkeys with the rest", async () => {
    const me = await createUser({ email: "keys-reset@example.test" });
    await addKey(await sessionCookie(me.id), softwareKey());
    const admin = await createUser({ role: "ADMIN", organization: "UNOCT" });
    await resetSecondFactorOf(await actingAs(admin.id), me.id);
    expect(await db.passkey.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: me.id } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.secondFactorReset", subjectId: me.id } });
    expect(event.before).toMatchObject({ passkeys: 1 });
  });
});
