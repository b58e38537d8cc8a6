// The event form: one zod schema for create and edit, and its translation into the event's columns.
// Times are entered on the event's own wall clock (date + time + IANA zone); all-day events as dates.
import { z } from "zod";
import { PILLAR_NUMBERS } from "../../pillars";
import { dayField as sharedDayField, optionalText, uuidField } from "../../fields";
import { type RECURRENCE_FREQUENCIES } from "./values";
import {
  canonicalTimeZone,
  dateOnly,
  daysBetween,
  instantToWallTime,
  isKnownTimeZone,
  occurrenceCount,
  seriesEnd,
  startOfDayIn,
  addDays,
  dayString,
  wallTimeToInstant,
  type EventTiming,
} from "./time.server";
import { EventKind, EventStatus, EventVisibility, RecurrenceFrequency } from "~/enums";

/** Form fields that carry several values. */
export const EVENT_ARRAY_FIELDS = ["organizerIds", "pillars"] as const;

const MAX_OCCURRENCES = 260;
/** The longest an event (one occurrence) may last, in days. */
export const MAX_EVENT_DAYS = 60;

export { FIRST_YEAR, LAST_YEAR } from "~/fields";

/** A calendar day "YYYY-MM-DD" from 1900-01-01 to 2200-12-31 (the view's date, the form's dates, a prefill). */
export function calendarDay(formatMessage?: string) {
  return sharedDayField({ format: formatMessage, range: "calendar.dateOutOfRange" });
}

const dayField = calendarDay("calendar.invalidDate");
const timeField = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "calendar.invalidTime")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const timeZoneInput = z
  .string("errors.requiredField")
  .trim()
  .min(1, "errors.requiredField")
  .refine(isKnownTimeZone, "calendar.unknownTimeZone")
  .transform(canonicalTimeZone);

const emptyToNull = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal("").transform(() => null), schema])
    .optional()
    .transform((v) => v ?? null);

const onlineUrlField = emptyToNull(
  z
    .string()
    .trim()
    .max(2000, "errors.tooLong")
    .refine((value) => {
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, "calendar.invalidUrl"),
);

export const EventInput = z
  .object({
    title: z.string("errors.requiredField").trim().min(1, "errors.requiredField").max(200, "errors.tooLong"),
    description: optionalText(20_000),
    kind: z.enum(EventKind, "errors.invalidField"),
    status: z.enum(EventStatus, "errors.invalidField").default("SCHEDULED"),
    allDay: z
      .union([z.literal("on"), z.literal("true"), z.literal("")])
      .optional()
      .transform((v) => v === "on" || v === "true"),
    startDate: dayField,
    startTime: timeField,
    endDate: dayField,
    endTime: timeField,
    timeZone: timeZoneInput,
    place: optionalText(300),
    onlineUrl: onlineUrlField,
    organizerIds: z.array(uuidField).max(20, "errors.tooLong"),
    otherOrganizers: optionalText(1000).transform((text) =>
      text
        ? [
            ...new Set(
              text
                .split(/[\n;]+/)
                .map((name) => name.trim())
                .filter(Boolean),
            ),
          ]
        : [],
    ),
    groupId: emptyToNull(uuidField),
    visibility: z.enum(EventVisibility, "errors.invalidField").default("ALL_FOCAL_POINTS"),
    pillars: z
      .array(
        z.coerce
          .number()
          .int()
          .refine((n) => (PILLAR_NUMBERS as number[]).includes(n), "errors.invalidField"),
      )
      .transform((list) => [...new Set(list)].sort()),
    recurrenceFrequency: emptyToNull(z.enum(RecurrenceFrequency, "errors.invalidField")),
    recurrenceInterval: z.coerce
      .number("errors.invalidField")
      .int("errors.invalidField")
      .min(1, "errors.invalidField")
      .max(12, "errors.invalidField")
      .catch(1)
      .default(1),
    recurrenceUntil: emptyToNull(dayField),
  })
  .superRefine((input, ctx) => {
    if (!input.allDay) {
      if (!input.startTime) ctx.addIssue({ code: "custom", path: ["startTime"], message: "calendar.timeRequired" });
      if (!input.endTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "calendar.timeRequired" });
    }
    if (input.visibility === "GROUP_MEMBERS" && !input.groupId)
      ctx.addIssue({ code: "custom", path: ["visibility"], message: "calendar.groupOnlyNeedsGroup" });
    if (input.recurrenceFrequency && !input.recurrenceUntil)
      ctx.addIssue({ code: "custom", path: ["recurrenceUntil"], message: "calendar.recurrenceNeedsEnd" });
    if (input.recurrenceUntil && input.recurrenceUntil < input.startDate)
      ctx.addIssue({ code: "custom", path: ["recurrenceUntil"], message: "calendar.recurrenceEndsBeforeStart" });
  })
  .transform((input, ctx) => {
    const timing = timingOf(input);
    if (!timing) {
      // Same day, times out of order: the message belongs next to the end time; otherwise next to the end date.
      const path = !input.allDay && input.startDate === input.endDate ? "endTime" : "endDate";
      ctx.addIssue({ code: "custom", path: [path], message: "calendar.endBeforeStart" });
      return z.NEVER;
    }
    if (daysBetween(input.startDate, input.endDate) > MAX_EVENT_DAYS) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "calendar.tooLong" });
      return z.NEVER;
    }
    if (timing.recurrenceFrequency) {
      const periodDays = (timing.recurrenceFrequency === "WEEKLY" ? 7 : 28) * timing.recurrenceInterval;
      if (timing.endsAt.getTime() - timing.startsAt.getTime() > periodDays * 86_400_000) {
        ctx.addIssue({ code: "custom", path: ["recurrenceFrequency"], message: "calendar.occurrenceLongerThanPeriod" });
        return z.NEVER;
      }
      if (occurrenceCount(timing, MAX_OCCURRENCES + 1) > MAX_OCCURRENCES) {
        ctx.addIssue({ code: "custom", path: ["recurrenceUntil"], message: "calendar.tooManyOccurrences" });
        return z.NEVER;
      }
    }
    return {
      title: input.title,
      description: input.description,
      kind: input.kind,
      status: input.status,
      place: input.place,
      onlineUrl: input.onlineUrl,
      organizerIds: [...new Set(input.organizerIds)],
      otherOrganizers: input.otherOrganizers,
      groupId: input.groupId,
      visibility: input.visibility,
      pillars: input.pillars,
      timing,
    };
  });
export type EventInput = z.output<typeof EventInput>;

type TimingFields = {
  allDay: boolean;
  startDate: string;
  startTime?: string;
  endDate: string;
  endTime?: string;
  timeZone: string;
  recurrenceFrequency: (typeof RECURRENCE_FREQUENCIES)[number] | null;
  recurrenceInterval: number;
  recurrenceUntil: string | null;
};

/** The columns for the entered times, or null when the end is not after the start. */
function timingOf(input: TimingFields): (EventTiming & { seriesEndsAt: Date }) | null {
  const recurrence = {
    recurrenceFrequency: input.recurrenceFrequency,
    recurrenceInterval: input.recurrenceFrequency ? input.recurrenceInterval : 1,
    recurrenceUntil: input.recurrenceFrequency && input.recurrenceUntil ? dateOnly(input.recurrenceUntil) : null,
  };
  let timing: EventTiming;
  if (input.allDay) {
    if (input.endDate < input.startDate) return null;
    timing = {
      allDay: true,
      timeZone: input.timeZone,
      startsAt: startOfDayIn(input.startDate, input.timeZone),
      endsAt: startOfDayIn(addDays(input.endDate, 1), input.timeZone),
      startDate: dateOnly(input.startDate),
      endDate: dateOnly(input.endDate),
      ...recurrence,
    };
  } else {
    const startsAt = wallTimeToInstant(input.startDate, input.startTime ?? "00:00", input.timeZone);
    const endsAt = wallTimeToInstant(input.endDate, input.endTime ?? "00:00", input.timeZone);
    if (endsAt <= startsAt) return null;
    timing = { allDay: false, timeZone: input.timeZone, startsAt, endsAt, startDate: null, endDate: null, ...recurrence };
  }
  return { ...timing, seriesEndsAt: seriesEnd(timing) };
}

type StoredEvent = EventTiming & {
  title: string;
  description: string | null;
  kind: string;
  status: string;
  place: string | null;
  onlineUrl: string | null;
  otherOrganizers: string[];
  groupId: string | null;
  visibility: string;
  pillars: number[];
  version: number;
  organizers: Array<{ organizationId: string }>;
};

/** A stored event as the form's text values (times on the event's own wall clock). */
export function eventFormValues(event: StoredEvent): Record<string, string | string[]> {
  const start =
    event.allDay && event.startDate ? { day: dayString(event.startDate), time: "" } : instantToWallTime(event.startsAt, event.timeZone);
  const end = event.allDay && event.endDate ? { day: dayString(event.endDate), time: "" } : instantToWallTime(event.endsAt, event.timeZone);
  return {
    title: event.title,
    description: event.description ?? "",
    kind: event.kind,
    status: event.status,
    allDay: event.allDay ? "on" : "",
    startDate: start.day,
    startTime: start.time,
    endDate: end.day,
    endTime: end.time,
    timeZone: event.timeZone,
    place: event.place ?? "",
    onlineUrl: event.onlineUrl ?? "",
    organizerIds: event.organizers.map((o) => o.organizationId),
    otherOrganizers: event.otherOrganizers.join("\n"),
    groupId: event.groupId ?? "",
    visibility: event.visibility,
    pillars: event.pillars.map(String),
    recurrenceFrequency: event.recurrenceFrequency ?? "",
    recurrenceInterval: String(event.recurrenceInterval),
    recurrenceUntil: event.recurrenceUntil ? dayString(event.recurrenceUntil) : "",
    version: String(event.version),
  };
}
