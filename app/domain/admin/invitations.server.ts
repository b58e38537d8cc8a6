// Invitations: the only way into the platform. The secretariat invites focal points (ADMIN also invites
// secretariat and admin accounts); an invitation may name working groups, which the person joins on
// accepting. The invitee follows the emailed link, chooses a name and password, and is signed in.
// Tokens are stored as SHA-256 only.
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { config } from "~/config.server";
import { db, type Prisma } from "~/db.server";
import { canAdminister, canInviteWithRole, canReadDirectory } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { hashPassword, passwordPairSchema } from "~/auth/password.server";
import { revokeSessionsOf, startSession, type ClientInfo } from "~/auth/session.server";
import { newToken, sha256 } from "~/auth/tokens.server";
import { sendMail } from "~/mail.server";
import { auditBy, recordAudit } from "~/audit.server";
import { emailField, nameField, platformRoleField, uuidField } from "../../fields";
import { invitationMail } from "../../mail-templates.server";
import { localName } from "../../names";
import { isLanguage, supportedLanguages, type Language } from "../../i18n/config";
import { organizationOptions } from "./organizations.server";
import { workingGroupChoices } from "../groups/spaces.server";
import { notify } from "../notifications/notify.server";

export const InviteInput = z.object({
  email: emailField,
  name: nameField,
  organizationId: uuidField,
  role: platformRoleField.default("FOCAL_POINT"),
  groupIds: z.array(z.uuid("errors.chooseOption")).max(20, "errors.invalidField").default([]),
  /** The language the inviter picks for the invitation mail; it becomes the person's preference until they choose. */
  locale: z.enum(supportedLanguages, "errors.chooseOption").optional(),
});
export const INVITE_ARRAY_FIELDS = ["groupIds"] as const;
/** What an invitation needs; the working groups are optional. */
export type InviteInput = Omit<z.infer<typeof InviteInput>, "groupIds" | "locale"> & { groupIds?: string[]; locale?: Language };

export type InviteResult = { ok: true; invitationId: string; userId: string } | { ok: false; errors: Record<string, string> };

function expiry() {
  return new Date(Date.now() + config().INVITATION_TTL_DAYS * 86400_000);
}

export async function mailInvitation(invitationId: string, token: string) {
  const invitation = await db.invitation.findUniqueOrThrow({
    where: { id: invitationId },
    include: { user: true, organization: true, invitedBy: { select: { name: true } } },
  });
  await sendMail(
    await invitationMail({
      to: invitation.user.email,
      name: invitation.user.name,
      locale: invitation.user.locale,
      inviterName: invitation.invitedBy?.name ?? null,
      organizationName: localName(invitation.organization, isLanguage(invitation.user.locale) ? invitation.user.locale : "en"),
      token,
      expiresAt: invitation.expiresAt,
    }),
  );
}

export async function inviteUser(actor: ActingUser, input: InviteInput): Promise<InviteResult> {
  ensure(canAdminister(actor, "users.invite"), "403");
  if (!canInviteWithRole(actor, input.role)) return { ok: false, errors: { role: "admin.roleNotYours" } };
  const organization = await db.organization.findUnique({ where: { id: input.organizationId } });
  if (!organization) return { ok: false, errors: { organizationId: "errors.chooseOption" } };
  const groupIds = [...new Set(input.groupIds ?? [])];
  if ((await db.workingGroup.count({ where: { id: { in: groupIds } } })) !== groupIds.length)
    return { ok: false, errors: { groupIds: "errors.chooseOption" } };

  const existing = await db.user.findUnique({
    where: { email: input.email },
    include: { invitations: { where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } } },
  });
  if (existing && existing.status !== "INVITED") return { ok: false, errors: { email: "admin.inviteExists" } };
  if (existing && existing.invitations.length > 0) return { ok: false, errors: { email: "admin.invitePending" } };

  const result = await db.$transaction((tx) => createInvitation(tx, actor, { ...input, groupIds }, existing));
  await mailInvitation(result.invitationId, result.token);
  return { ok: true, invitationId: result.invitationId, userId: result.userId };
}

/** What an invitation gives the invited account besides its name: its title and the end of its designation (nominations). */
type InvitationDetails = { title?: string | null; designationEndsOn?: Date | null };

/**
 * Writes an invitation (and the INVITED account it is for, or updates the one `existing` names) inside the caller's
 * transaction, with its audit event. The caller has checked the address and the groups; it mails the token after commit.
 */
export async function createInvitation(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  input: InviteInput & InvitationDetails,
  existing: { id: string } | null,
): Promise<{ invitationId: string; userId: string; token: string }> {
  const groupIds = [...new Set(input.groupIds ?? [])];
  const { token, tokenHash } = newToken();
  const details = {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.designationEndsOn !== undefined ? { designationEndsOn: input.designationEndsOn } : {}),
  };
  const user = existing
    ? await tx.user.update({
        where: { id: existing.id },
        data: {
          name: input.name,
          organizationId: input.organizationId,
          role: input.role,
          ...(input.locale ? { locale: input.locale } : {}),
          ...details,
        },
      })
    : await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          organizationId: input.organizationId,
          role: input.role,
          status: "INVITED",
          locale: input.locale ?? null,
          ...details,
        },
      });
  const invitation = await tx.invitation.create({
    data: {
      userId: user.id,
      organizationId: input.organizationId,
      role: input.role,
      tokenHash,
      expiresAt: expiry(),
      invitedById: actor.id,
      groups: { create: groupIds.map((groupId) => ({ groupId })) },
    },
  });
  await auditBy(actor, tx, {
    action: "invitation.created",
    subjectType: "Invitation",
    subjectId: invitation.id,
    after: {
      email: user.email,
      name: user.name,
      organizationId: input.organizationId,
      role: input.role,
      groupIds,
      expiresAt: invitation.expiresAt,
    },
  });
  return { invitationId: invitation.id, userId: user.id, token };
}

/** A pending invitation for this token, or null when it is unknown, used, revoked or expired. */
export async function findPendingInvitation(token: string) {
  if (!token || token.length > 100) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: sha256(token) },
    include: {
      user: { select: { id: true, email: true, name: true, status: true } },
      organization: { select: { ...LOCAL_NAMES, acronym: true } },
    },
  });
  if (
    !invitation ||
    invitation.acceptedAt ||
    invitation.revokedAt ||
    invitation.expiresAt <= new Date() ||
    invitation.user.status !== "INVITED"
  )
    return null;
  return invitation;
}

export const AcceptInvitationInput = z.intersection(z.object({ name: nameField }), passwordPairSchema());

export type AcceptResult = { ok: true; cookie: string } | { ok: false; reason: "invalidLink" };

export async function acceptInvitation(
  token: string,
  input: { name: string; password: string },
  client: ClientInfo,
): Promise<AcceptResult> {
  const invitation = await findPendingInvitation(token);
  if (!invitation) return { ok: false, reason: "invalidLink" };
  const passwordHash = await hashPassword(input.password);
  const accepted = await db.$transaction(async (tx) => {
    // Claim the invitation first; a second tab submitting the same link at once finds it taken.
    const claim = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claim.count !== 1) return false;
    await tx.user.update({
      where: { id: invitation.userId },
      data: {
        name: input.name,
        passwordHash,
        status: "ACTIVE",
        role: invitation.role,
        organizationId: invitation.organizationId,
        version: { increment: 1 },
      },
    });
    const groups = await tx.invitationGroup.findMany({ where: { invitationId: invitation.id }, select: { groupId: true } });
    await tx.membership.createMany({
      data: groups.map((g) => ({ userId: invitation.userId, groupId: g.groupId, role: "MEMBER" as const })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actorId: invitation.userId,
      action: "invitation.accepted",
      subjectType: "Invitation",
      subjectId: invitation.id,
      after: { name: input.name, groupIds: groups.map((g) => g.groupId) },
      ip: client.ip,
    });
    // The inviter hears that the person joined; the new person's directory entry is what every user may read.
    const sent = await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { invitedById: true } });
    if (sent.invitedById)
      await notify(tx, {
        kind: "INVITATION_ACCEPTED",
        recipients: [sent.invitedById],
        actorId: invitation.userId,
        subject: { type: "User", id: invitation.userId },
        title: input.name,
        href: `/directory/${invitation.userId}`,
        mayRead: canReadDirectory,
      });
    return true;
  });
  if (!accepted) return { ok: false, reason: "invalidLink" };
  await revokeSessionsOf(invitation.userId);
  // Someone who must use a second factor is sent to set it up by the guard before anything else.
  return { ok: true, cookie: await startSession(invitation.userId, client, "PASSWORD") };
}

export async function listPendingInvitations(actor: ActingUser) {
  ensure(canAdminister(actor, "invitations.read"), "403");
  const invitations = await db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: { lastSentAt: "desc" },
    include: {
      user: { select: { id: true, email: true, name: true } },
      organization: {
        select: { id: true, ...LOCAL_NAMES, acronym: true },
      },
      invitedBy: { select: { name: true } },
      groups: {
        select: {
          group: { select: { id: true, number: true, ...LOCAL_NAMES } },
        },
      },
    },
    take: 500,
  });
  return invitations.map((i) => ({ ...i, groups: i.groups.map((g) => g.group), canManage: canInviteWithRole(actor, i.role) }));
}

async function pendingInvitation(actor: ActingUser, id: string) {
  const invitation = await db.invitation.findFirst({ where: { id, acceptedAt: null, revokedAt: null }, include: { user: true } });
  if (!invitation) notFound();
  ensure(canInviteWithRole(actor, invitation.role), "403");
  return invitation;
}

export async function resendInvitation(actor: ActingUser, invitationId: string) {
  ensure(canAdminister(actor, "invitations.write"), "403");
  const invitation = await pendingInvitation(actor, invitationId);
  const { token, tokenHash } = newToken();
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.invitation.update({
      where: { id: invitation.id },
      data: { tokenHash, expiresAt: expiry(), lastSentAt: new Date(), sentCount: { increment: 1 } },
    });
    await auditBy(actor, tx, {
      action: "invitation.resent",
      subjectType: "Invitation",
      subjectId: invitation.id,
      before: { expiresAt: invitation.expiresAt, sentCount: invitation.sentCount },
      after: { expiresAt: row.expiresAt, sentCount: row.sentCount },
    });
    return row;
  });
  await mailInvitation(updated.id, token);
  return { email: invitation.user.email };
}

export async function revokeInvitation(actor: ActingUser, invitationId: string) {
  ensure(canAdminister(actor, "invitations.write"), "403");
  const invitation = await pendingInvitation(actor, invitationId);
  await db.$transaction(async (tx) => {
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    await auditBy(actor, tx, {
      action: "invitation.revoked",
      subjectType: "Invitation",
      subjectId: invitation.id,
      before: { email: invitation.user.email },
    });
  });
  return { email: invitation.user.email };
}

/** The invitation form: organizations, working groups, and the roles this actor may invite. */
export async function invitationChoices(actor: ActingUser) {
  ensure(canAdminister(actor, "users.invite"), "403");
  const [organizations, groups] = await Promise.all([organizationOptions(), workingGroupChoices()]);
  const roles = (["FOCAL_POINT", "SECRETARIAT", "ADMIN"] as const).filter((role) => canInviteWithRole(actor, role));
  return { organizations, groups, roles };
}
