// What is derived from an event when it is written, so that reading it costs no recurrence expansion and no
// iCalendar generation: its occurrences (event_occurrence, indexed by start: the calendar views ask the
// database for a stretch of days) and its VEVENT (event_ics: personal feeds are assembled from stored text).
// Every writer of events calls writeEventDerivedData in its transaction (create, edit, cancel, the seeds);
// fillCalendarDerivedData fills events written before these tables existed, and refreshes stored VEVENTs
// written with another APP_URL.
import { config } from "~/config.server";
import { db, type Prisma, type PrismaClient } from "~/db.server";
import { veventOf, type ExportableEvent } from "./ics.server";
import { allOccurrences, dateOnly } from "./time.server";

type Client = PrismaClient | Prisma.TransactionClient;

/** What an event's VEVENT is written from. */
export const exportInclude = { organizers: { select: { organization: { select: { name: true } } } } } as const;

function occurrenceRows(event: ExportableEvent) {
  return allOccurrences(event).map((o) => ({
    eventId: event.id,
    startsAt: o.start,
    endsAt: o.end,
    allDay: o.allDay,
    startDay: o.firstDay ? dateOnly(o.firstDay) : null,
    endDay: o.lastDay ? dateOnly(o.lastDay) : null,
  }));
}

/** Rewrites the occurrences and the stored VEVENT of one event (inside the transaction that changed it). */
export async function writeEventDerivedData(tx: Client, eventId: string): Promise<void> {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, include: exportInclude });
  await tx.eventOccurrence.deleteMany({ where: { eventId } });
  await tx.eventOccurrence.createMany({ data: occurrenceRows(event) });
  const ics = { vevent: veventOf(event), appUrl: config().APP_URL, writtenAt: new Date() };
  await tx.eventIcs.upsert({ where: { eventId }, create: { eventId, ...ics }, update: ics });
}

/** The stored VEVENTs of an organization's events, written again (its name is in their description). */
export async function rewriteIcsOfOrganization(tx: Client, organizationId: string): Promise<void> {
  const events = await tx.event.findMany({ where: { organizers: { some: { organizationId } } }, include: exportInclude });
  await writeIcsInBulk(tx, events);
}

const BATCH = 1000;

async function writeIcsInBulk(client: Client, events: ExportableEvent[]) {
  const appUrl = config().APP_URL;
  for (let i = 0; i < events.length; i += BATCH) {
    const batch = events.slice(i, i + BATCH);
    await client.$executeRaw`
      INSERT INTO event_ics (event_id, vevent, app_url, written_at)
      SELECT id, vevent, ${appUrl}, now() FROM unnest(${batch.map((e) => e.id)}::uuid[], ${batch.map(veventOf)}::text[]) AS x(id, vevent)
      ON CONFLICT (event_id) DO UPDATE SET vevent = EXCLUDED.vevent, app_url = EXCLUDED.app_url, written_at = EXCLUDED.written_at`;
  }
}

async function writeOccurrencesInBulk(client: Client, events: ExportableEvent[]) {
  for (let i = 0; i < events.length; i += BATCH) {
    const rows = events.slice(i, i + BATCH).flatMap(occurrenceRows);
    await client.$executeRaw`
      INSERT INTO event_occurrence (event_id, starts_at, ends_at, all_day, start_day, end_day)
      SELECT * FROM unnest(${rows.map((r) => r.eventId)}::uuid[], ${rows.map((r) => r.startsAt)}::timestamptz[],
        ${rows.map((r) => r.endsAt)}::timestamptz[], ${rows.map((r) => r.allDay)}::boolean[],
        ${rows.map((r) => r.startDay)}::date[], ${rows.map((r) => r.endDay)}::date[])
      ON CONFLICT DO NOTHING`;
  }
}

/**
 * Events without occurrences or without a stored VEVENT (written before these tables existed, or in bulk by the
 * scale seed), and VEVENTs written with another APP_URL: derived again, in batches. Returns how many events.
 */
export async function fillCalendarDerivedData(client: Client = db, log: (line: string) => void = () => {}): Promise<number> {
  const appUrl = config().APP_URL;
  let done = 0;
  for (;;) {
    const ids = await client.$queryRaw<Array<{ id: string }>>`
      SELECT e.id FROM event e
      WHERE NOT EXISTS (SELECT 1 FROM event_occurrence o WHERE o.event_id = e.id)
         OR NOT EXISTS (SELECT 1 FROM event_ics i WHERE i.event_id = e.id AND i.app_url = ${appUrl})
      LIMIT ${BATCH}`;
    if (!ids.length) break;
    const events = await client.event.findMany({ where: { id: { in: ids.map((r) => r.id) } }, include: exportInclude });
    await writeOccurrencesInBulk(client, events);
    await writeIcsInBulk(client, events);
    done += events.length;
    if (done % 5000 < BATCH) log(`calendar: occurrences and feed entries of ${done} events written`);
  }
  return done;
}
