// Writing notifications: one function, called by each area's domain code inside the transaction of the change
// that causes it. It notifies only recipients who may read the record: each is loaded as an Actor and asked the
// record's own rule from app/auth/policy.ts (passed in by the caller as `mayRead`), never a copy of it. The person
// acting is never told of their own change; a kind the recipient turned off writes nothing.
import type { Prisma } from "~/db.server";
import { actorInclude, toActorAttributes, toCurrentUser } from "~/auth/actor.server";
import type { Actor } from "~/auth/policy";
import type { NotificationKind } from "~/enums";
import { DEFAULT_DELIVERY } from "./kinds";
import { queueNotificationMail } from "./mail.server";

export type Notice = {
  kind: NotificationKind;
  /** Who it may concern; narrowed to those active and admitted by `mayRead`. */
  recipients: Iterable<string>;
  /** Who caused it (never notified of their own change). */
  actorId: string | null;
  subject: { type: string; id: string };
  /** The record's title as it is now (shown only while the recipient may read the record). */
  title: string;
  /** The record's page. */
  href: string;
  /** The group whose space holds the record: its reading rule applies when the list is read. */
  groupId?: string | null;
  /** The recommendation it concerns: its reading rule applies when the list is read. */
  recommendationId?: string | null;
  /** The record page's own rule from the policy module. */
  mayRead: (recipient: Actor) => boolean;
};

/** Loads people as the policy sees them (sequential queries only: this runs in a transaction). */
export async function loadActors(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<Actor[]> {
  if (ids.length === 0) return [];
  const users = await tx.user.findMany({ where: { id: { in: [...ids] }, status: "ACTIVE" }, include: actorInclude });
  return users.map((u) => toCurrentUser(u.id, toActorAttributes(u)));
}

/** Writes the notice for each recipient who may read it; returns the ids of the people notified. */
export async function notify(tx: Prisma.TransactionClient, notice: Notice): Promise<string[]> {
  const candidates = [...new Set(notice.recipients)].filter((id) => id !== notice.actorId);
  return notifyActors(tx, await loadActors(tx, candidates), notice);
}

/** As notify, for recipients already loaded with loadActors (one load for several notices). */
export async function notifyActors(tx: Prisma.TransactionClient, recipients: readonly Actor[], notice: Omit<Notice, "recipients">) {
  const readers = recipients.filter((r) => r.id !== notice.actorId && r.status === "ACTIVE" && notice.mayRead(r));
  if (readers.length === 0) return [];
  const chosen = await tx.notificationPreference.findMany({
    where: { userId: { in: readers.map((r) => r.id) }, kind: notice.kind },
    select: { userId: true, delivery: true },
  });
  const deliveryOf = new Map(chosen.map((c) => [c.userId, c.delivery]));
  const rows = readers
    .map((r) => ({ recipientId: r.id, delivery: deliveryOf.get(r.id) ?? DEFAULT_DELIVERY[notice.kind] }))
    .filter((row) => row.delivery !== "OFF")
    .map((row) => ({
      ...row,
      kind: notice.kind,
      subjectType: notice.subject.type,
      subjectId: notice.subject.id,
      title: notice.title.slice(0, 300),
      href: notice.href,
      actorId: notice.actorId,
      groupId: notice.groupId ?? null,
      recommendationId: notice.recommendationId ?? null,
    }));
  if (rows.length === 0) return [];
  await tx.notification.createMany({ data: rows });
  if (rows.some((r) => r.delivery === "IMMEDIATE")) await queueNotificationMail(tx);
  return rows.map((r) => r.recipientId);
}

/**
 * An activity or project edited by someone outside its lead organization: that organization's focal points hear
 * of it (edits among colleagues are their own business). Every signed-in user may read activities and projects.
 */
export async function notifyLeadOrganization(
  tx: Prisma.TransactionClient,
  actor: Actor,
  work: { type: "Activity" | "Project"; id: string; title: string; href: string; leadOrganizationId: string },
  mayRead: (recipient: Actor) => boolean,
) {
  if (actor.organizationId === work.leadOrganizationId) return;
  const people = await tx.user.findMany({ where: { organizationId: work.leadOrganizationId, status: "ACTIVE" }, select: { id: true } });
  await notify(tx, {
    kind: "WORK_EDITED",
    recipients: people.map((p) => p.id),
    actorId: actor.id,
    subject: { type: work.type, id: work.id },
    title: work.title,
    href: work.href,
    mayRead,
  });
}

/** Something new in a group's space (a file, an event): its members hear of it (a digest, by default). */
export async function notifyGroupMembers(
  tx: Prisma.TransactionClient,
  actorId: string,
  what: { groupId: string; subject: Notice["subject"]; title: string; href: string; groupOnly: boolean },
  mayRead: (recipient: Actor) => boolean,
) {
  const members = await tx.membership.findMany({ where: { groupId: what.groupId }, select: { userId: true } });
  await notify(tx, {
    kind: "GROUP_ACTIVITY",
    recipients: members.map((m) => m.userId),
    actorId,
    subject: what.subject,
    title: what.title,
    href: what.href,
    groupId: what.groupOnly ? what.groupId : null,
    mayRead,
  });
}
