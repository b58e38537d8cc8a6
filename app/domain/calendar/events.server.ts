// The joint calendar's events: the event page, the pickers, and the writes (create, edit, cancel,
// attendance), each audited in its transaction; every write of an event also rewrites what is derived from
// it (its occurrences and its VEVENT, occurrences.server.ts). The views are in views.server.ts.
import { db, type Prisma } from "~/db.server";
import { pickers } from "../pickers.server";
import { compareNames, LOCAL_NAMES, organizationName } from "~/names";
import { canAnswerEvent, canCreateEvent, canEditEvent, canReadEvent, type Actor, type EventScope } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { renderMarkdown } from "~/markdown.server";
import { auditBy } from "~/audit.server";
import { eventsToIcs, icsFileName } from "./ics.server";
import { eventFormValues, type EventInput } from "./event-form.server";
import { writeEventDerivedData } from "./occurrences.server";
import { notify, notifyGroupMembers } from "../notifications/notify.server";
import { ATTENDANCE_RESPONSES, type AttendanceResponse } from "./values";
import { addDays, dayIn, dayString, occurrencesIn, timeZoneNames, todayIn, windowOfDays, type OccurrenceTime } from "./time.server";

const eventInclude = {
  organizers: {
    select: {
      organizationId: true,
      organization: {
        select: { id: true, ...LOCAL_NAMES, acronym: true, kind: true },
      },
    },
  },
  group: {
    select: { id: true, number: true, slug: true, ...LOCAL_NAMES },
  },
} satisfies Prisma.EventInclude;

type EventWithRelations = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

export function eventScope(
  event: Pick<EventWithRelations, "visibility" | "groupId" | "createdById" | "status" | "organizers">,
): EventScope {
  return {
    visibility: event.visibility,
    groupId: event.groupId,
    createdById: event.createdById,
    status: event.status,
    organizerIds: event.organizers.map((o) => o.organizationId),
  };
}

/** Pickers of the event form: the groups the user may add events to (and the event's own), organizations, zones. */
export async function calendarFormOptions(actor: ActingUser, currentGroupId: string | null) {
  const { groups, organizations } = await pickers();
  return {
    groups: groups.filter((g) => g.id === currentGroupId || canCreateEvent(actor, g.id)),
    organizations,
    timeZones: timeZoneNames(),
  };
}

/** A new event's form: tomorrow (or the chosen day) 09:00–10:00 in the user's zone, organized by their organization. */
export function newEventValues(actor: ActingUser, prefill: { group?: string; date?: string }) {
  const day = prefill.date ?? addDays(todayIn(actor.timeZone), 1);
  const groupId = prefill.group && canCreateEvent(actor, prefill.group) ? prefill.group : "";
  return {
    kind: "MEETING",
    startDate: day,
    startTime: "09:00",
    endDate: day,
    endTime: "10:00",
    timeZone: actor.timeZone,
    organizerIds: [actor.organizationId],
    groupId,
    visibility: "ALL_FOCAL_POINTS",
    recurrenceInterval: "1",
  };
}

// ----------------------------------------------------------------------------------------------
// One event

async function readableEvent(actor: Actor, id: string) {
  const event = await db.event.findUnique({ where: { id }, include: eventInclude });
  if (!event || !canReadEvent(actor, event)) notFound();
  return event;
}

/** An event's page for `actor`, who reads `language`: who is going is listed by organization, in the
 * alphabetical order of that language (a short list, sorted here with Intl.Collator). */
export async function eventPage(actor: ActingUser, id: string, language: string) {
  const event = await readableEvent(actor, id);
  const scope = eventScope(event);
  const mayEdit = canEditEvent(actor, scope);
  const [going, myAnswer, counts] = await Promise.all([
    db.eventAttendance.findMany({
      where: { eventId: id, response: "GOING", user: { status: "ACTIVE" } },
      select: {
        user: {
          select: {
            id: true,
            name: true,
            organization: {
              select: { id: true, ...LOCAL_NAMES, acronym: true },
            },
          },
        },
      },
      orderBy: { user: { name: "asc" } },
    }),
    db.eventAttendance.findUnique({ where: { eventId_userId: { eventId: id, userId: actor.id } }, select: { response: true } }),
    mayEdit
      ? db.eventAttendance.groupBy({ by: ["response"], where: { eventId: id, user: { status: "ACTIVE" } }, _count: { _all: true } })
      : Promise.resolve([]),
  ]);
  // Who is going, by organization.
  const byOrganization = new Map<
    string,
    { organization: (typeof going)[number]["user"]["organization"]; people: Array<{ id: string; name: string }> }
  >();
  for (const { user } of going) {
    const entry = byOrganization.get(user.organization.id) ?? { organization: user.organization, people: [] };
    entry.people.push({ id: user.id, name: user.name });
    byOrganization.set(user.organization.id, entry);
  }
  // A series is shown by its next occurrence (its last one once over); a single event by itself.
  const now = new Date();
  // The page shows the next occurrence on both clocks and the six after it on the reader's: only those are computed.
  const ahead = (zone: string, limit: number) =>
    occurrencesIn(event, { ...windowOfDays(todayIn(zone), addDays(todayIn(zone), 366), zone), from: now }, zone, limit);
  const UPCOMING = 6;
  const aheadForReader = event.recurrenceFrequency ? ahead(actor.timeZone, 1 + UPCOMING) : [];
  const single = (zone: string): OccurrenceTime =>
    event.allDay && event.startDate && event.endDate
      ? { start: event.startsAt, end: event.endsAt, allDay: true, firstDay: dayString(event.startDate), lastDay: dayString(event.endDate) }
      : {
          start: event.startsAt,
          end: event.endsAt,
          allDay: false,
          firstDay: dayIn(event.startsAt, zone),
          lastDay: dayIn(new Date(event.endsAt.getTime() - 1), zone),
        };
  const lastOfSeries = (zone: string) =>
    occurrencesIn(
      event,
      {
        from: new Date(event.seriesEndsAt.getTime() - 1),
        to: event.seriesEndsAt,
        firstDay: addDays(dayIn(event.seriesEndsAt, zone), -2),
        lastDay: dayIn(event.seriesEndsAt, zone),
      },
      zone,
    ).at(-1);
  const next = (zone: string) => (zone === actor.timeZone ? aheadForReader[0] : ahead(zone, 1)[0]);
  const current = (zone: string) => (event.recurrenceFrequency ? (next(zone) ?? lastOfSeries(zone) ?? single(zone)) : single(zone));
  const upcoming = aheadForReader.slice(1);
  const plain = (o: OccurrenceTime) => ({
    start: o.start.toISOString(),
    end: o.end.toISOString(),
    firstDay: o.firstDay,
    lastDay: o.lastDay,
    allDay: o.allDay,
  });
  return {
    event: {
      ...event,
      descriptionHtml: renderMarkdown(event.description),
      untilDay: event.recurrenceUntil ? dayString(event.recurrenceUntil) : null,
    },
    goingByOrganization: [...byOrganization.values()].sort((a, b) =>
      compareNames(language)(organizationName(a.organization, language), organizationName(b.organization, language)),
    ),
    /** The occurrence the page is about (the next one of a series), on the event's own clock and on the reader's. */
    when: { event: plain(current(event.timeZone)), reader: plain(current(actor.timeZone)) },
    goingCount: going.length,
    myResponse: myAnswer?.response ?? null,
    counts: mayEdit
      ? (Object.fromEntries(ATTENDANCE_RESPONSES.map((r) => [r, counts.find((c) => c.response === r)?._count._all ?? 0])) as Record<
          AttendanceResponse,
          number
        >)
      : null,
    upcoming: upcoming.map(plain),
    may: { edit: mayEdit, answer: canAnswerEvent(actor, scope) },
  };
}

/** One event as an .ics file (with its VTIMEZONE and RRULE), for those who may read it. */
export async function eventIcsFile(actor: ActingUser, id: string) {
  const event = await readableEvent(actor, id);
  return { fileName: icsFileName(event.title), body: eventsToIcs(event.title, [event]) };
}

/** The event as it is now, for the edit form (only for those who may edit it). */
export async function eventForEditing(actor: ActingUser, id: string) {
  const event = await readableEvent(actor, id);
  ensure(canEditEvent(actor, eventScope(event)), "403");
  return { event, values: eventFormValues(event) };
}

// ----------------------------------------------------------------------------------------------
// Writes

export type EventSaveResult =
  { ok: true; id: string } | { ok: false; errors: Record<string, string>; current?: Record<string, string | string[]> };

function eventData(input: EventInput) {
  const { timing, organizerIds: _organizers, ...rest } = input;
  return { ...rest, ...timing };
}

async function unknownOrganizations(ids: string[]) {
  const found = await db.organization.count({ where: { id: { in: ids } } });
  return found !== ids.length;
}

async function unknownGroup(groupId: string | null) {
  return groupId !== null && (await db.workingGroup.count({ where: { id: groupId } })) === 0;
}

export async function createEvent(actor: ActingUser, input: EventInput): Promise<EventSaveResult> {
  if (await unknownGroup(input.groupId)) return { ok: false, errors: { groupId: "errors.chooseOption" } };
  if (!canCreateEvent(actor, input.groupId)) return { ok: false, errors: { groupId: "calendar.notMemberOfGroup" } };
  if (await unknownOrganizations(input.organizerIds)) return { ok: false, errors: { organizerIds: "errors.chooseOption" } };
  const created = await db.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: {
        ...eventData(input),
        createdById: actor.id,
        cancelledAt: input.status === "CANCELLED" ? new Date() : null,
        organizers: { create: input.organizerIds.map((organizationId) => ({ organizationId })) },
      },
      include: { organizers: { select: { organizationId: true } } },
    });
    await writeEventDerivedData(tx, event.id);
    await auditBy(actor, tx, { action: "event.created", subjectType: "Event", subjectId: event.id, after: event });
    const groupId = event.groupId;
    if (groupId)
      await notifyGroupMembers(
        tx,
        actor.id,
        {
          groupId,
          subject: { type: "Event", id: event.id },
          title: event.title,
          href: `/calendar/events/${event.id}`,
          groupOnly: event.visibility === "GROUP_MEMBERS",
        },
        (recipient) => canReadEvent(recipient, event),
      );
    return event;
  });
  return { ok: true, id: created.id };
}

/** Saves only if nobody changed the event since `version` was read; otherwise says so and returns theirs. */
export async function updateEvent(actor: ActingUser, id: string, version: number, input: EventInput): Promise<EventSaveResult> {
  const before = await readableEvent(actor, id);
  ensure(canEditEvent(actor, eventScope(before)), "403");
  // Moving the event into a group (or to another one) needs the right to create events there.
  if (input.groupId !== before.groupId) {
    if (await unknownGroup(input.groupId)) return { ok: false, errors: { groupId: "errors.chooseOption" } };
    if (!canCreateEvent(actor, input.groupId)) return { ok: false, errors: { groupId: "calendar.notMemberOfGroup" } };
  }
  if (await unknownOrganizations(input.organizerIds)) return { ok: false, errors: { organizerIds: "errors.chooseOption" } };
  return db.$transaction(async (tx) => {
    const cancelledAt = input.status === "CANCELLED" ? (before.cancelledAt ?? new Date()) : null;
    const { count } = await tx.event.updateMany({
      where: { id, version },
      data: { ...eventData(input), cancelledAt, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.event.findUniqueOrThrow({ where: { id }, include: { organizers: { select: { organizationId: true } } } });
      return { ok: false, errors: { form: "common.staleEdit" }, current: eventFormValues(current) } satisfies EventSaveResult;
    }
    await tx.eventOrganizer.deleteMany({ where: { eventId: id, organizationId: { notIn: input.organizerIds } } });
    await tx.eventOrganizer.createMany({
      data: input.organizerIds.map((organizationId) => ({ eventId: id, organizationId })),
      skipDuplicates: true,
    });
    const after = await tx.event.findUniqueOrThrow({ where: { id }, include: { organizers: { select: { organizationId: true } } } });
    await writeEventDerivedData(tx, id);
    await auditBy(actor, tx, { action: "event.updated", subjectType: "Event", subjectId: id, before, after });
    await notifyAttendees(tx, actor, id);
    return { ok: true, id } satisfies EventSaveResult;
  });
}

/** A change or cancellation is news for those who answered "going" or "maybe" (and may still read the event). */
async function notifyAttendees(tx: Prisma.TransactionClient, actor: ActingUser, id: string) {
  const event = await tx.event.findUniqueOrThrow({ where: { id }, select: { title: true, visibility: true, groupId: true } });
  const attendees = await tx.eventAttendance.findMany({
    where: { eventId: id, response: { in: ["GOING", "MAYBE"] } },
    select: { userId: true },
  });
  await notify(tx, {
    kind: "EVENT_CHANGE",
    recipients: attendees.map((a) => a.userId),
    actorId: actor.id,
    subject: { type: "Event", id },
    title: event.title,
    href: `/calendar/events/${id}`,
    groupId: event.visibility === "GROUP_MEMBERS" ? event.groupId : null,
    mayRead: (recipient) => canReadEvent(recipient, event),
  });
}

/** Cancelling keeps the event, marked cancelled (calendar apps receive STATUS:CANCELLED). */
export async function cancelEvent(actor: ActingUser, id: string, version: number): Promise<EventSaveResult> {
  const before = await readableEvent(actor, id);
  ensure(canEditEvent(actor, eventScope(before)), "403");
  if (before.status === "CANCELLED") return { ok: true, id };
  return db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({
      where: { id, version },
      data: { status: "CANCELLED", cancelledAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return { ok: false, errors: { form: "common.staleEdit" } } satisfies EventSaveResult;
    const after = await tx.event.findUniqueOrThrow({ where: { id } });
    await writeEventDerivedData(tx, id);
    await auditBy(actor, tx, { action: "event.cancelled", subjectType: "Event", subjectId: id, before, after });
    await notifyAttendees(tx, actor, id);
    return { ok: true, id } satisfies EventSaveResult;
  });
}

export async function answerEvent(actor: ActingUser, id: string, response: AttendanceResponse) {
  const event = await readableEvent(actor, id);
  ensure(canAnswerEvent(actor, eventScope(event)), "403");
  await db.$transaction(async (tx) => {
    const before = await tx.eventAttendance.findUnique({ where: { eventId_userId: { eventId: id, userId: actor.id } } });
    const after = await tx.eventAttendance.upsert({
      where: { eventId_userId: { eventId: id, userId: actor.id } },
      create: { eventId: id, userId: actor.id, response },
      update: { response },
    });
    await auditBy(actor, tx, { action: "event.answered", subjectType: "Event", subjectId: id, before, after });
  });
}

/** The edit page of an event: its values and the options of the form (403/404 as eventForEditing decides). */
export async function eventEditPage(actor: ActingUser, id: string) {
  const { event, values } = await eventForEditing(actor, id);
  return { id: event.id, values, options: await calendarFormOptions(actor, event.groupId) };
}

/** The new-event page: the form prefilled from the address (a group, a day), and its options. */
export async function newEventPage(actor: ActingUser, prefill: { group?: string; date?: string }) {
  return { values: newEventValues(actor, prefill), options: await calendarFormOptions(actor, null) };
}
