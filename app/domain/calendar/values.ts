// The calendar's fixed value lists, shared by the server (zod schemas) and the pages (pickers, tabs).
export const EVENT_KINDS = ["MEETING", "WORKSHOP", "TRAINING", "CONFERENCE", "OTHER"] as const;
export const EVENT_STATUSES = ["SCHEDULED", "POSTPONED", "CANCELLED"] as const;
export const EVENT_VISIBILITIES = ["ALL_FOCAL_POINTS", "GROUP_MEMBERS"] as const;
export const RECURRENCE_FREQUENCIES = ["WEEKLY", "MONTHLY"] as const;
export const ATTENDANCE_RESPONSES = ["GOING", "MAYBE", "NOT_GOING"] as const;
export const CALENDAR_VIEWS = ["month", "week", "agenda"] as const;

export type AttendanceResponse = (typeof ATTENDANCE_RESPONSES)[number];
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
