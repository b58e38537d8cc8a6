// Reminders before events (issue 13): a scheduled job tells those who answered "going" or "maybe" that an event
// (each occurrence of a recurring one) starts within the reminder lead (EVENT_REMINDER_HOURS, default 24). Each
// occurrence is reminded once per person, however often the job runs and on however many instances (one lock).
import { db } from "~/db.server";
import { canReadEvent } from "~/auth/policy";
import { notify } from "../notifications/notify.server";

export async function sendEventReminders(options: { leadHours?: number; now?: Date } = {}) {
  const leadMs = (options.leadHours ?? 24) * 3_600_000;
  const now = options.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      // One run at a time across instances.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('event-reminders'))`;
      const due = await tx.eventOccurrence.findMany({
        where: { startsAt: { gt: now, lte: new Date(now.getTime() + leadMs) }, event: { status: { not: "CANCELLED" } } },
        select: { startsAt: true, event: { select: { id: true, title: true, visibility: true, groupId: true } } },
        orderBy: { startsAt: "asc" },
      });
      let reminded = 0;
      for (const occurrence of due) {
        const { event } = occurrence;
        const attendees = await tx.eventAttendance.findMany({
          where: { eventId: event.id, response: { in: ["GOING", "MAYBE"] } },
          select: { userId: true },
        });
        // Already reminded of this occurrence: a reminder written within its lead window.
        const already = await tx.notification.findMany({
          where: {
            kind: "EVENT_REMINDER",
            subjectId: event.id,
            createdAt: { gte: new Date(occurrence.startsAt.getTime() - leadMs) },
          },
          select: { recipientId: true },
        });
        const told = new Set(already.map((a) => a.recipientId));
        const recipients = attendees.map((a) => a.userId).filter((id) => !told.has(id));
        if (recipients.length === 0) continue;
        reminded += (
          await notify(tx, {
            kind: "EVENT_REMINDER",
            recipients,
            actorId: null,
            subject: { type: "Event", id: event.id },
            title: event.title,
            href: `/calendar/events/${event.id}`,
            groupId: event.visibility === "GROUP_MEMBERS" ? event.groupId : null,
            mayRead: (recipient) => canReadEvent(recipient, event),
          })
        ).length;
      }
      return { occurrences: due.length, reminded };
    },
    { timeout: 60_000 },
  );
}
