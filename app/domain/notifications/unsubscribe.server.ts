// The unsubscribe link of a notification mail: no sign-in, the token is the credential (only its SHA-256 is
// stored). It changes one preference of one person, mail of that kind, to "in the platform only", and nothing else.
import { db } from "~/db.server";
import { sha256 } from "~/auth/tokens.server";
import { recordAudit } from "~/audit.server";

async function findLink(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return db.notificationUnsubscribe.findUnique({
    where: { tokenHash: sha256(token) },
    select: { userId: true, kind: true, user: { select: { email: true } } },
  });
}

/** What the confirmation page shows: the kind and the address, or null for a link that is not valid. */
export async function unsubscribeLink(token: string) {
  const link = await findLink(token);
  return link ? { kind: link.kind, email: link.user.email } : null;
}

/** Turns mail of that kind off (it stays in the platform); repeating it changes nothing more. */
export async function unsubscribe(token: string, ip: string | null) {
  const link = await findLink(token);
  if (!link) return null;
  await db.$transaction(async (tx) => {
    const before = await tx.notificationPreference.findUnique({ where: { userId_kind: { userId: link.userId, kind: link.kind } } });
    if (before?.delivery === "APP" || before?.delivery === "OFF") return;
    await tx.notificationPreference.upsert({
      where: { userId_kind: { userId: link.userId, kind: link.kind } },
      create: { userId: link.userId, kind: link.kind, delivery: "APP" },
      update: { delivery: "APP" },
    });
    await recordAudit(tx, {
      actorId: link.userId,
      action: "notificationPreferences.unsubscribed",
      subjectType: "User",
      subjectId: link.userId,
      before: { [link.kind]: before?.delivery ?? "default" },
      after: { [link.kind]: "APP" },
      ip,
    });
  });
  return { kind: link.kind, email: link.user.email };
}
