// Signing in, sessions and their expiry, and the attempt limits, against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { validateRequestSession, revokeSessionsOf } from "~/auth/session.server";
import { sha256 } from "~/auth/tokens.server";
import { signIn } from "~/domain/account/sign-in.server";
import { changePassword, signOutOtherSessions } from "~/domain/account/settings.server";
import { changeAccount } from "~/domain/admin/users.server";
import { actingAs, createUser, seedReference, TEST_PASSWORD } from "../support/fixtures";

const client = (ip: string) => ({ ip, userAgent: "vitest" });
const cookieRequest = (setCookie: string) => new Request("http://localhost:3000/", { headers: { Cookie: setCookie.split(";")[0] } });

beforeAll(seedReference);

describe("signing in", () => {
  it("starts a session whose id is stored only as its SHA-256", async () => {
    const user = await createUser({ email: "fp1@example.test" });
    const result = await signIn("fp1@example.test", TEST_PASSWORD, client("198.51.100.1"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.cookie).toMatch(/HttpOnly/i);
    expect(result.cookie).toMatch(/SameSite=Lax/i);
    const browserId = result.cookie.split(";")[0].split("=")[1];
    const stored = await db.session.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].id).toBe(sha256(browserId));
    expect(stored[0].id).not.toContain(browserId);
    const session = await validateRequestSession(cookieRequest(result.cookie));
    expect(session?.user).toMatchObject({ id: user.id, email: "fp1@example.test", organizationKind: "MEMBER_STATE" });
  });

  it("creates a new session at every sign-in", async () => {
    await createUser({ email: "fp2@example.test" });
    const first = await signIn("fp2@example.test", TEST_PASSWORD, client("198.51.100.2"));
    const second = await signIn("fp2@example.test", TEST_PASSWORD, client("198.51.100.2"));
    expect(first.ok && second.ok && first.cookie !== second.cookie).toBe(true);
  });

  it("gives the same answer for an unknown email, an invited account and a wrong password, and audits each", async () => {
    await createUser({ email: "invited@example.test", status: "INVITED" });
    await createUser({ email: "fp3@example.test" });
    const unknown = await signIn("nobody@example.test", TEST_PASSWORD, client("198.51.100.3"));
    const invited = await signIn("invited@example.test", TEST_PASSWORD, client("198.51.100.3"));
    const wrong = await signIn("fp3@example.test", "not the password at all", client("198.51.100.3"));
    expect([unknown, invited, wrong]).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    const failures = await db.auditEvent.findMany({ where: { action: "auth.signIn.failed", ip: "198.51.100.3" } });
    expect(failures).toHaveLength(3);
    const trail = JSON.stringify(await db.auditEvent.findMany());
    expect(trail).not.toContain("not the password at all");
    expect(trail).not.toContain(TEST_PASSWORD);
  });

  it("refuses a suspended account even with the right password", async () => {
    await createUser({ email: "suspended@example.test", status: "SUSPENDED" });
    expect(await signIn("suspended@example.test", TEST_PASSWORD, client("198.51.100.4"))).toEqual({ ok: false, reason: "suspended" });
  });
});

describe("attempt limits (counted in the database)", () => {
  it("blocks an account after 5 failures, whatever the address, and says for how long", async () => {
    await createUser({ email: "target@example.test" });
    for (let i = 0; i < 5; i++) {
      expect(await signIn("target@example.test", `wrong ${i}`, client(`203.0.113.${i + 1}`))).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await signIn("target@example.test", TEST_PASSWORD, client("203.0.113.99"));
    expect(blocked).toMatchObject({ ok: false, reason: "rateLimited" });
    expect(blocked.ok === false && blocked.reason === "rateLimited" && blocked.retryAfterMinutes).toBeGreaterThanOrEqual(1);
    const row = await db.rateLimiterFlexible.findUnique({ where: { key: "signin-account:target@example.test" } });
    expect(row?.points).toBeGreaterThanOrEqual(5);
    expect(await db.auditEvent.count({ where: { action: "auth.signIn.blocked" } })).toBeGreaterThan(0);
  });

  it("blocks an address after 30 failures across accounts, while other addresses still sign in", async () => {
    await createUser({ email: "bystander@example.test" });
    for (let i = 0; i < 30; i++) await signIn(`probe${i}@example.test`, "guess", client("203.0.113.200"));
    expect(await signIn("bystander@example.test", TEST_PASSWORD, client("203.0.113.200"))).toMatchObject({ reason: "rateLimited" });
    expect((await signIn("bystander@example.test", TEST_PASSWORD, client("203.0.113.201"))).ok).toBe(true);
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    await createUser({ email: "forgetful@example.test" });
    for (let i = 0; i < 4; i++) await signIn("forgetful@example.test", "wrong", client("203.0.113.50"));
    expect((await signIn("forgetful@example.test", TEST_PASSWORD, client("203.0.113.50"))).ok).toBe(true);
    expect(await db.rateLimiterFlexible.findUnique({ where: { key: "signin-account:forgetful@example.test" } })).toBeNull();
  });
});

describe("device cookies (OWASP): others' guessing never locks the owner's own browser out", () => {
  const deviceTokenFrom = (result: Awaited<ReturnType<typeof signIn>>) => {
    expect(result.ok).toBe(true);
    const cookie = result.ok ? result.deviceCookie : null;
    expect(cookie).toMatch(/^device=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=31536000$/);
    return cookie!.split(";")[0].split("=")[1];
  };

  it("keeps a known device of the owner signing in while unknown devices are blocked, and stores only the token's hash", async () => {
    const owner = await createUser({ email: "owner@example.test" });
    const token = deviceTokenFrom(await signIn(owner.email, TEST_PASSWORD, client("198.51.100.1")));
    expect(await db.knownDevice.findFirst({ where: { userId: owner.id } })).toMatchObject({ tokenHash: sha256(token) });
    for (let i = 0; i < 5; i++) await signIn(owner.email, `guess ${i}`, client(`198.51.100.${10 + i}`));
    expect(await signIn(owner.email, TEST_PASSWORD, client("198.51.100.30"))).toMatchObject({ ok: false, reason: "rateLimited" });
    const fromOwnBrowser = await signIn(owner.email, TEST_PASSWORD, { ...client("198.51.100.1"), deviceToken: token });
    expect(fromOwnBrowser).toMatchObject({ ok: true, deviceCookie: null });
  });

  it("counts failures from a known device against that device only; a device token of another person counts for nothing", async () => {
    const owner = await createUser({ email: "careless@example.test" });
    const other = await createUser({ email: "other-person@example.test" });
    const token = deviceTokenFrom(await signIn(owner.email, TEST_PASSWORD, client("198.51.100.40")));
    const otherToken = deviceTokenFrom(await signIn(other.email, TEST_PASSWORD, client("198.51.100.41")));
    for (let i = 0; i < 5; i++) await signIn(owner.email, `typo ${i}`, { ...client("198.51.100.40"), deviceToken: token });
    expect(await signIn(owner.email, TEST_PASSWORD, { ...client("198.51.100.40"), deviceToken: token })).toMatchObject({
      reason: "rateLimited",
    });
    // The account's budget for unknown devices is untouched.
    expect((await signIn(owner.email, TEST_PASSWORD, client("198.51.100.42"))).ok).toBe(true);
    // Someone else's device cookie is an unknown device for this account.
    for (let i = 0; i < 5; i++) await signIn(owner.email, `guess ${i}`, { ...client("198.51.100.43"), deviceToken: otherToken });
    expect(await signIn(owner.email, TEST_PASSWORD, client("198.51.100.44"))).toMatchObject({ reason: "rateLimited" });
  });

  it("takes each attempt before checking it: of 24 concurrent wrong passwords only 5 are checked, and the right one then waits", async () => {
    const target = await createUser({ email: "concurrent@example.test" });
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) => signIn(target.email, `wrong ${i}`, client(`192.0.2.${100 + i}`))),
    );
    expect(answers.filter((a) => !a.ok && a.reason === "invalid")).toHaveLength(5);
    expect(answers.filter((a) => !a.ok && a.reason === "rateLimited")).toHaveLength(19);
    expect(await signIn(target.email, TEST_PASSWORD, client("192.0.2.200"))).toMatchObject({ reason: "rateLimited" });
  });

  it("counts only failures against an address: successes give their attempt back", async () => {
    const regular = await createUser({ email: "regular@example.test" });
    const deviceToken = deviceTokenFrom(await signIn(regular.email, TEST_PASSWORD, client("198.51.100.99")));
    for (let i = 0; i < 32; i++)
      expect((await signIn(regular.email, TEST_PASSWORD, { ...client("198.51.100.99"), deviceToken })).ok).toBe(true);
  });
});

describe("the current-password check on the account page", () => {
  it("is limited like sign-ins: after 5 wrong guesses even the right password waits", async () => {
    const user = await createUser({ email: "guessed-session@example.test" });
    const actor = await actingAs(user.id);
    const input = (currentPassword: string) => ({ currentPassword, password: "a brand new passphrase for me" });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => changePassword(actor, input(`guess ${i}`), "vitest")));
    const messages = answers.map((a) => (a.ok ? "ok" : a.errors.currentPassword));
    expect(messages.filter((m) => m === "auth.wrongCurrentPassword")).toHaveLength(5);
    expect(messages.filter((m) => m === "account.tooManyPasswordAttempts")).toHaveLength(3);
    expect(await changePassword(actor, input(TEST_PASSWORD), "vitest")).toMatchObject({
      ok: false,
      errors: { currentPassword: "account.tooManyPasswordAttempts" },
    });
  });
});

describe("session lifetime and revocation", () => {
  it("ends a session past its idle expiry", async () => {
    await createUser({ email: "idle@example.test" });
    const result = await signIn("idle@example.test", TEST_PASSWORD, client("198.51.100.9"));
    if (!result.ok) throw new Error("sign-in failed");
    await db.session.updateMany({ where: { user: { email: "idle@example.test" } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await validateRequestSession(cookieRequest(result.cookie))).toBeNull();
  });

  it("ends a session past its absolute lifetime, however active", async () => {
    await createUser({ email: "longday@example.test" });
    const result = await signIn("longday@example.test", TEST_PASSWORD, client("198.51.100.10"));
    if (!result.ok) throw new Error("sign-in failed");
    await db.session.updateMany({
      where: { user: { email: "longday@example.test" } },
      data: { createdAt: new Date(Date.now() - 13 * 3600_000) },
    });
    expect(await validateRequestSession(cookieRequest(result.cookie))).toBeNull();
    expect(await db.session.count({ where: { user: { email: "longday@example.test" } } })).toBe(0);
  });

  it("ends every session when an admin suspends the user", async () => {
    const admin = await createUser({ role: "ADMIN", organization: "UNOCT" });
    const user = await createUser({ email: "tobesuspended@example.test" });
    const result = await signIn("tobesuspended@example.test", TEST_PASSWORD, client("198.51.100.11"));
    if (!result.ok) throw new Error("sign-in failed");
    expect(await validateRequestSession(cookieRequest(result.cookie))).not.toBeNull();
    await changeAccount(await actingAs(admin.id), user.id, { intent: "suspend" });
    expect(await validateRequestSession(cookieRequest(result.cookie))).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { action: "user.suspended", subjectId: user.id } })).toMatchObject({
      actorId: admin.id,
      before: { status: "ACTIVE" },
      after: { status: "SUSPENDED" },
    });
  });

  it("ends every other session on a password change, which needs the current password", async () => {
    const user = await createUser({ email: "changer@example.test" });
    const elsewhere = await signIn("changer@example.test", TEST_PASSWORD, client("198.51.100.12"));
    if (!elsewhere.ok) throw new Error("sign-in failed");
    const actor = await actingAs(user.id);
    expect(await changePassword(actor, { currentPassword: "wrong", password: "a brand new passphrase" }, null)).toEqual({
      ok: false,
      errors: { currentPassword: "auth.wrongCurrentPassword" },
    });
    const changed = await changePassword(actor, { currentPassword: TEST_PASSWORD, password: "a brand new passphrase" }, null);
    expect(changed.ok).toBe(true);
    expect(await validateRequestSession(cookieRequest(elsewhere.cookie))).toBeNull();
    if (changed.ok) expect(await validateRequestSession(cookieRequest(changed.cookie))).not.toBeNull();
    expect((await signIn("changer@example.test", "a brand new passphrase", client("198.51.100.12"))).ok).toBe(true);
  });

  it("lets a user sign out their other sessions and keep this one", async () => {
    const user = await createUser({ email: "many@example.test" });
    const here = await signIn("many@example.test", TEST_PASSWORD, client("198.51.100.13"));
    const there = await signIn("many@example.test", TEST_PASSWORD, client("198.51.100.14"));
    if (!here.ok || !there.ok) throw new Error("sign-in failed");
    const current = await validateRequestSession(cookieRequest(here.cookie));
    const actor = { ...(await actingAs(user.id)), sessionHash: current!.sessionHash };
    expect(await signOutOtherSessions(actor)).toBe(1);
    expect(await validateRequestSession(cookieRequest(here.cookie))).not.toBeNull();
    expect(await validateRequestSession(cookieRequest(there.cookie))).toBeNull();
    await revokeSessionsOf(user.id);
    expect(await validateRequestSession(cookieRequest(here.cookie))).toBeNull();
  });
});
