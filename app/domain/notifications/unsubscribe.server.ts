// The unsubscribe link of a notification mail: no sign-in, the token is the credential (only its SHA-256 is
// stored). A mail about one kind turns that kind's mail off; a digest turns that digest off: the kinds the person
// receives in it go to "in the platform only". Nothing else changes.
import { db } from "~/db.server";
import { sha256 } from "~/auth/tokens.server";
import { recordAudit } from "~/audit.server";
import type { NotificationDelivery, NotificationKind } from "~/enums";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from "./kinds";

async function findLink(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const link = await db.notificationUnsubscribe.findUnique({
    where: { tokenHash: sha256(token) },
    select: { userId: true, kind: true, digest: true, user: { select: { email: true } } },
  });
  if (!link || (!link.kind && !link.digest)) return null;
  return link;
}

/** What the confirmation page names: the kind or the digest, and the address; null for a link that is not valid. */
export type UnsubscribeSubject = { kind: NotificationKind | null; digest: NotificationDelivery | null; email: string };

export async function unsubscribeLink(token: string): Promise<UnsubscribeSubject | null> {
  const link = await findLink(token);
  return link ? { kind: link.kind, digest: link.digest, email: link.user.email } : null;
}

/** Turns that mail off (it stays in the platform); repeating it changes nothing more. */
export async function unsubscribe(token: string, ip: string | null): Promise<UnsubscribeSubject | null> {
  const link = await findLink(token);
  if (!link) return null;
  await db.$transaction(async (tx) => {
    const chosen = await tx.notificationPreference.findMany({ where: { userId: link.userId } });
    const current = new Map(NOTIFICATION_KINDS.map((k) => [k, chosen.find((c) => c.kind === k)?.delivery ?? DEFAULT_DELIVERY[k]]));
    const kinds = link.kind
      ? [link.kind].filter((k) => current.get(k) !== "APP" && current.get(k) !== "OFF")
      : NOTIFICATION_KINDS.filter((k) => current.get(k) === link.digest);
    if (kinds.length === 0) return;
    for (const kind of kinds)
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: link.userId, kind } },
        create: { userId: link.userId, kind, delivery: "APP" },
        update: { delivery: "APP" },
      });
    await recordAudit(tx, {
      actorId: link.userId,
      action: "notificationPreferences.unsubscribed",
      subjectType: "User",
      subjectId: link.userId,
      before: Object.fromEntries(kinds.map((k) => [k, current.get(k)])),
      after: Object.fromEntries(kinds.map((k) => [k, "APP"])),
      ip,
    });
  });
  return { kind: link.kind, digest: link.digest, email: link.user.email };
}
