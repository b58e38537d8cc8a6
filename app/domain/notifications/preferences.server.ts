// Each person's choice, per kind of notification, of how they hear of it (kinds.ts has the defaults). A choice
// equal to the default is stored too: the person chose it, and a later change of defaults should not move it.
import { z } from "zod";
import { db } from "~/db.server";
import type { ActingUser } from "~/auth/guards.server";
import { auditBy } from "~/audit.server";
import { NotificationDelivery, type NotificationKind } from "~/enums";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from "./kinds";

/** One select per kind, named by the kind. */
export const PreferencesInput = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, z.enum(NotificationDelivery, "errors.invalidField")])) as Record<
    NotificationKind,
    z.ZodEnum<typeof NotificationDelivery>
  >,
);
export type PreferencesInput = z.infer<typeof PreferencesInput>;

export async function notificationPreferences(actor: Pick<ActingUser, "id">) {
  const chosen = await db.notificationPreference.findMany({ where: { userId: actor.id }, select: { kind: true, delivery: true } });
  const byKind = new Map(chosen.map((c) => [c.kind, c.delivery]));
  return NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: byKind.get(kind) ?? DEFAULT_DELIVERY[kind] }));
}

export async function saveNotificationPreferences(actor: ActingUser, input: PreferencesInput) {
  const before = await notificationPreferences(actor);
  const changed = before.filter((p) => input[p.kind] !== p.delivery);
  if (changed.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const { kind } of changed)
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.id, kind } },
        create: { userId: actor.id, kind, delivery: input[kind] },
        update: { delivery: input[kind] },
      });
    await auditBy(actor, tx, {
      action: "notificationPreferences.changed",
      subjectType: "User",
      subjectId: actor.id,
      before: Object.fromEntries(changed.map((p) => [p.kind, p.delivery])),
      after: Object.fromEntries(changed.map((p) => [p.kind, input[p.kind]])),
    });
  });
}
