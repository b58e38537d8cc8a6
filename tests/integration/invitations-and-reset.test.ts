// Invitations and password resets end to end at the domain level, with mail going over real SMTP
// to a receiver started by this test.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { sha256 } from "~/auth/tokens.server";
import { acceptInvitation, findPendingInvitation, inviteUser, resendInvitation, revokeInvitation } from "~/domain/admin/invitations.server";
import { findValidReset, requestPasswordReset, resetPassword } from "~/domain/account/password-reset.server";
import { signIn } from "~/domain/account/sign-in.server";
import { translator } from "~/i18n/i18n.server";
import { actingAs, createUser, organizationByCode, seedReference, TEST_PASSWORD } from "../support/fixtures";
import { firstLink, startSmtpReceiver, waitForMail } from "../support/smtp-receiver";

let mailDir: string;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), "mail-"));
  smtp = await startSmtpReceiver(mailDir);
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  await seedReference();
});
afterAll(() => smtp.stop());

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

describe("invitations", () => {
  it("mails a link that lets the invitee choose a name and password and be signed in", async () => {
    const admin = await actingAs((await createUser({ role: "ADMIN", organization: "UNOCT", name: "Amira Haddad" })).id);
    const norway = await organizationByCode("NOR");
    const since = Date.now();
    const groups = await db.workingGroup.findMany({ where: { number: { in: [3, 7] } } });
    const result = await inviteUser(admin, {
      email: "new.person@example.test",
      name: "New Person",
      organizationId: norway.id,
      role: "FOCAL_POINT",
      groupIds: groups.map((g) => g.id),
    });
    expect(result.ok).toBe(true);

    const mail = await waitForMail(mailDir, "new.person@example.test", { since });
    expect(mail.subject).toBe("Invitation to the Coordination Platform");
    expect(mail.text).toContain("Amira Haddad");
    expect(mail.text).toContain("Norway");
    const link = firstLink(mail);
    expect(link).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(link);

    const stored = await db.invitation.findFirstOrThrow({ where: { user: { email: "new.person@example.test" } } });
    expect(stored.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await db.user.findUniqueOrThrow({ where: { email: "new.person@example.test" } })).status).toBe("INVITED");

    const accepted = await acceptInvitation(
      token,
      { name: "Nora Person", password: "fjords and long winters" },
      { ip: "192.0.2.1", userAgent: null },
    );
    expect(accepted.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "new.person@example.test" } });
    expect(user).toMatchObject({ name: "Nora Person", status: "ACTIVE", organizationId: norway.id });
    // The groups the invitation named: joined as a member.
    const memberships = await db.membership.findMany({ where: { userId: user.id } });
    expect(memberships.map((m) => [m.groupId, m.role]).sort()).toEqual(groups.map((g) => [g.id, "MEMBER"]).sort());
    expect((await signIn("new.person@example.test", "fjords and long winters", { ip: "192.0.2.1", userAgent: null })).ok).toBe(true);

    // A used link does not work twice.
    expect(await findPendingInvitation(token)).toBeNull();
    expect(
      await acceptInvitation(token, { name: "Someone Else", password: "another long passphrase" }, { ip: null, userAgent: null }),
    ).toEqual({ ok: false, reason: "invalidLink" });
    expect(
      await db.auditEvent.count({ where: { action: { in: ["invitation.created", "invitation.accepted"] }, subjectId: stored.id } }),
    ).toBe(2);
  });

  it("writes the invitation in the language the inviter picks, which becomes the invitee's preference", async () => {
    const admin = await actingAs((await createUser({ role: "ADMIN", organization: "UNOCT", name: "Amira Haddad" })).id);
    const norway = await organizationByCode("NOR");
    for (const [language, subject, country] of [
      ["ar", translator("ar")("mail.inviteSubject"), "النرويج"],
      ["ru", translator("ru")("mail.inviteSubject"), "Норвегия"],
    ] as const) {
      const email = `invited-in-${language}@example.test`;
      const since = Date.now();
      expect(
        (await inviteUser(admin, { email, name: "Invited Person", organizationId: norway.id, role: "FOCAL_POINT", locale: language })).ok,
      ).toBe(true);
      const mail = await waitForMail(mailDir, email, { since });
      expect(mail.subject).toBe(subject);
      expect(mail.subject).not.toBe("Invitation to the Coordination Platform");
      expect(mail.text).toContain(country);
      expect((await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe(language);
    }
  });

  it("refuses to invite an email that already has an account, or a pending invitation", async () => {
    const admin = await actingAs((await createUser({ role: "ADMIN", organization: "UNOCT" })).id);
    await createUser({ email: "exists@example.test" });
    const kenya = await organizationByCode("KEN");
    expect(await inviteUser(admin, { email: "exists@example.test", name: "X", organizationId: kenya.id, role: "FOCAL_POINT" })).toEqual({
      ok: false,
      errors: { email: "admin.inviteExists" },
    });
    await inviteUser(admin, { email: "twice@example.test", name: "X", organizationId: kenya.id, role: "FOCAL_POINT" });
    expect(await inviteUser(admin, { email: "twice@example.test", name: "X", organizationId: kenya.id, role: "FOCAL_POINT" })).toEqual({
      ok: false,
      errors: { email: "admin.invitePending" },
    });
  });

  it("resends with a new link (the old one stops working) and revokes", async () => {
    const admin = await actingAs((await createUser({ role: "ADMIN", organization: "UNOCT" })).id);
    const kenya = await organizationByCode("KEN");
    const since = Date.now();
    const invited = await inviteUser(admin, { email: "resend@example.test", name: "R", organizationId: kenya.id, role: "FOCAL_POINT" });
    if (!invited.ok) throw new Error("invite failed");
    const firstToken = tokenOf(firstLink(await waitForMail(mailDir, "resend@example.test", { since })));
    const resentAt = Date.now();
    await resendInvitation(admin, invited.invitationId);
    const secondToken = tokenOf(firstLink(await waitForMail(mailDir, "resend@example.test", { since: resentAt })));
    expect(secondToken).not.toBe(firstToken);
    expect(await findPendingInvitation(firstToken)).toBeNull();
    expect(await findPendingInvitation(secondToken)).not.toBeNull();
    await revokeInvitation(admin, invited.invitationId);
    expect(await findPendingInvitation(secondToken)).toBeNull();
  });

  it("refuses an expired invitation", async () => {
    const admin = await actingAs((await createUser({ role: "ADMIN", organization: "UNOCT" })).id);
    const kenya = await organizationByCode("KEN");
    const since = Date.now();
    const invited = await inviteUser(admin, { email: "late@example.test", name: "L", organizationId: kenya.id, role: "FOCAL_POINT" });
    if (!invited.ok) throw new Error("invite failed");
    const token = tokenOf(firstLink(await waitForMail(mailDir, "late@example.test", { since })));
    await db.invitation.update({ where: { id: invited.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptInvitation(token, { name: "L", password: "a very late passphrase" }, { ip: null, userAgent: null })).toEqual({
      ok: false,
      reason: "invalidLink",
    });
  });

  it("is for the secretariat (focal points only) and ADMIN (every role); never for focal points", async () => {
    const secretariat = await actingAs((await createUser({ role: "SECRETARIAT", organization: "UNOCT" })).id);
    const focalPoint = await actingAs((await createUser({ organization: "KEN" })).id);
    const kenya = await organizationByCode("KEN");
    expect(await inviteUser(secretariat, { email: "x@example.test", name: "X", organizationId: kenya.id, role: "ADMIN" })).toEqual({
      ok: false,
      errors: { role: "admin.roleNotYours" },
    });
    expect(
      await inviteUser(secretariat, { email: "y@example.test", name: "Y", organizationId: kenya.id, role: "FOCAL_POINT" }),
    ).toMatchObject({ ok: true });
    await expect(
      inviteUser(focalPoint, { email: "z@example.test", name: "Z", organizationId: kenya.id, role: "FOCAL_POINT" }),
    ).rejects.toMatchObject({ outcome: "forbidden" });
  });
});

describe("password reset", () => {
  it("mails a one-time link; the new password works, the old one and every session stop", async () => {
    const user = await createUser({ email: "forgot@example.test" });
    const session = await signIn("forgot@example.test", TEST_PASSWORD, { ip: "192.0.2.2", userAgent: null });
    expect(session.ok).toBe(true);
    const since = Date.now();
    expect(await requestPasswordReset("forgot@example.test", "192.0.2.2")).toEqual({ ok: true });
    const mail = await waitForMail(mailDir, "forgot@example.test", { since });
    const token = tokenOf(firstLink(mail));
    expect(firstLink(mail)).toMatch(/\/reset-password\//);
    expect((await findValidReset(token))?.userId).toBe(user.id);

    const resetAt = Date.now();
    expect(await resetPassword(token, "a completely new passphrase", "192.0.2.2")).toBe(true);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // The person is told (if it was not them, they act at once).
    const told = await waitForMail(mailDir, "forgot@example.test", { since: resetAt, subject: /Your password was changed/ });
    expect(told.text).toContain("reset through a link sent by mail");
    expect((await signIn("forgot@example.test", TEST_PASSWORD, { ip: "192.0.2.2", userAgent: null })).ok).toBe(false);
    expect((await signIn("forgot@example.test", "a completely new passphrase", { ip: "192.0.2.2", userAgent: null })).ok).toBe(true);
    expect(await resetPassword(token, "yet another new passphrase", "192.0.2.2")).toBe(false);
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const since = Date.now();
    expect(await requestPasswordReset("ghost@example.test", "192.0.2.3")).toEqual({ ok: true });
    await expect(waitForMail(mailDir, "ghost@example.test", { since, timeoutMs: 500 })).rejects.toThrow();
  });

  it("limits requests per account", async () => {
    await createUser({ email: "spammed@example.test" });
    for (let i = 0; i < 3; i++) expect(await requestPasswordReset("spammed@example.test", `192.0.2.${10 + i}`)).toEqual({ ok: true });
    expect(await requestPasswordReset("spammed@example.test", "192.0.2.20")).toEqual({ ok: false, reason: "rateLimited" });
  });

  it("sends at most 3 mails for 20 concurrent requests (each request is counted before anything is sent)", async () => {
    await createUser({ email: "flooded@example.test" });
    const since = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => requestPasswordReset("flooded@example.test", `192.0.2.${60 + i}`)),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(3);
    expect(await db.passwordReset.count({ where: { user: { email: "flooded@example.test" } } })).toBe(3);
    await waitForMail(mailDir, "flooded@example.test", { since });
  });

  it("refuses an expired link", async () => {
    await createUser({ email: "slow@example.test" });
    const since = Date.now();
    await requestPasswordReset("slow@example.test", "192.0.2.30");
    const token = tokenOf(firstLink(await waitForMail(mailDir, "slow@example.test", { since })));
    await db.passwordReset.updateMany({ where: { user: { email: "slow@example.test" } }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await findValidReset(token)).toBeNull();
    expect(await resetPassword(token, "too late for this passphrase", null)).toBe(false);
  });
});
