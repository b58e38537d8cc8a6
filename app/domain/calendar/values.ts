// The calendar's fixed value lists, shared by the server (zod schemas) and the pages (pickers, tabs). The
// event values are the database's enums.
import { AttendanceResponse, EventKind, EventStatus, EventVisibility, RecurrenceFrequency, valuesOf } from "~/enums";

export { AttendanceResponse, EventKind, EventStatus, EventVisibility, RecurrenceFrequency };

export const EVENT_KINDS = valuesOf(EventKind);
export const EVENT_STATUSES = valuesOf(EventStatus);
export const EVENT_VISIBILITIES = valuesOf(EventVisibility);
export const RECURRENCE_FREQUENCIES = valuesOf(RecurrenceFrequency);
export const ATTENDANCE_RESPONSES = valuesOf(AttendanceResponse);
export const CALENDAR_VIEWS = ["month", "week", "agenda"] as const;

export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** Occurrences one agenda page lists (a value the page needs in the browser too). */
export const AGENDA_PAGE_SIZE = 50;
