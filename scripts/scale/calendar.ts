// Volume for the calendar benchmarks: 20,000 events over three years (a year back, two ahead), a tenth of
// them weekly series, a fifth kept to their working group, each with one to three organizers, and about
// 100,000 attendance answers from the users present. Idempotent enough for benchmarking: it adds only what
// is missing to reach the target count of generated events.
import { randomInt, randomUUID } from "node:crypto";
import { db, type Prisma } from "../../app/db.server.ts";
import { EventInput } from "../../app/domain/calendar/event-form.server.ts";
import { addDays, todayIn } from "../../app/domain/calendar/time.server.ts";

const TARGET = 20_000;
const MARK = "[scale]";
const ZONES = ["Europe/Vienna", "America/New_York", "Africa/Nairobi", "Asia/Jakarta", "Europe/Zurich", "Asia/Tokyo", "UTC"];
const KINDS = ["MEETING", "WORKSHOP", "TRAINING", "CONFERENCE", "OTHER"] as const;

const pick = <T>(list: readonly T[]) => list[randomInt(list.length)];

export async function seedCalendarScale() {
  const existing = await db.event.count({ where: { title: { startsWith: MARK } } });
  const organizations = (await db.organization.findMany({ select: { id: true } })).map((o) => o.id);
  const groups = (await db.workingGroup.findMany({ select: { id: true } })).map((g) => g.id);
  const users = (await db.user.findMany({ where: { status: "ACTIVE" }, select: { id: true }, take: 5000 })).map((u) => u.id);
  const today = todayIn("UTC");
  for (let done = existing; done < TARGET;) {
    const batch = Math.min(1000, TARGET - done);
    const events: Prisma.EventCreateManyInput[] = [];
    const organizers: Prisma.EventOrganizerCreateManyInput[] = [];
    const attendances: Prisma.EventAttendanceCreateManyInput[] = [];
    for (let i = 0; i < batch; i++) {
      const day = addDays(today, randomInt(-365, 730));
      const hour = String(randomInt(7, 18)).padStart(2, "0");
      const recurring = randomInt(10) === 0;
      const groupId = randomInt(3) === 0 ? pick(groups) : null;
      const input = EventInput.parse({
        title: `${MARK} ${pick(KINDS).toLowerCase()} ${done + i}`,
        kind: pick(KINDS),
        startDate: day,
        startTime: `${hour}:00`,
        endDate: day,
        endTime: `${hour}:45`,
        timeZone: pick(ZONES),
        organizerIds: [],
        pillars: [String(randomInt(1, 5))],
        groupId: groupId ?? "",
        visibility: groupId && randomInt(2) === 0 ? "GROUP_MEMBERS" : "ALL_FOCAL_POINTS",
        ...(recurring ? { recurrenceFrequency: "WEEKLY", recurrenceUntil: addDays(day, 7 * randomInt(4, 26)) } : {}),
      });
      const { timing, organizerIds: _none, ...fields } = input;
      const id = randomUUID();
      events.push({ id, ...fields, ...timing });
      for (const organizationId of new Set(Array.from({ length: randomInt(1, 4) }, () => pick(organizations))))
        organizers.push({ eventId: id, organizationId });
      for (const userId of new Set(Array.from({ length: randomInt(0, 11) }, () => pick(users))))
        attendances.push({ eventId: id, userId, response: pick(["GOING", "MAYBE", "NOT_GOING"] as const) });
    }
    // One transaction per batch, with room for a busy machine (the default 5 s expired under load: P2028).
    await db.$transaction(
      async (tx) => {
        await tx.event.createMany({ data: events });
        await tx.eventOrganizer.createMany({ data: organizers });
        await tx.eventAttendance.createMany({ data: attendances });
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    done += batch;
    console.log(`calendar: ${done} / ${TARGET} events`);
  }
}
