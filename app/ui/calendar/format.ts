// Calendar formatting on top of useFormat: times in a given zone (the reader's by default, the event's on
// its page) and calendar days ("2026-11-23"), which are zone-less and so formatted as UTC dates.
import { dateTimeFormat, formatterFor, useFormat } from "../format";

type Occurrence = { start: string; end: string; allDay: boolean; firstDay: string; lastDay: string };

export function calendarFormatter(locale: string, timeZone: string) {
  const intl = (options: Intl.DateTimeFormatOptions) => dateTimeFormat(locale, options);
  const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);
  const time = (iso: string) => intl({ timeStyle: "short", timeZone }).format(new Date(iso));
  const dateTime = (iso: string) =>
    intl({ weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone }).format(
      new Date(iso),
    );
  const day = (value: string) =>
    intl({ weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(dayDate(value));
  const shortDay = (value: string) => intl({ day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(dayDate(value));
  const shortDayWithWeekday = (value: string) =>
    intl({ weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(dayDate(value));
  return {
    timeZone,
    time,
    dateTime,
    day,
    shortDay,
    shortDayWithWeekday,
    dayNumber: (value: string) => intl({ day: "numeric", timeZone: "UTC" }).format(dayDate(value)),
    weekday: (value: string) => intl({ weekday: "short", timeZone: "UTC" }).format(dayDate(value)),
    month: (value: string) => intl({ month: "long", year: "numeric", timeZone: "UTC" }).format(dayDate(value)),
    /** "09:00–10:00" on one day; dates and times when it spans days; dates for all-day events. */
    span(o: Occurrence, allDayLabel: string) {
      if (o.allDay) return o.firstDay === o.lastDay ? allDayLabel : `${shortDay(o.firstDay)} – ${shortDay(o.lastDay)}`;
      if (o.firstDay === o.lastDay) return `${time(o.start)}–${time(o.end)}`;
      return `${dateTime(o.start)} – ${dateTime(o.end)}`;
    },
    /** Whether span() leaves the date out (one day): a list not grouped by day must then add it. */
    spanOmitsDate: (o: Occurrence) => o.firstDay === o.lastDay,
    /** The full span with its dates, for the event page. */
    fullSpan(o: Occurrence, allDayLabel: string) {
      if (o.allDay) return o.firstDay === o.lastDay ? `${day(o.firstDay)} (${allDayLabel})` : `${day(o.firstDay)} – ${day(o.lastDay)}`;
      if (o.firstDay === o.lastDay) return `${day(o.firstDay)}, ${time(o.start)}–${time(o.end)}`;
      return `${dateTime(o.start)} – ${dateTime(o.end)}`;
    },
  };
}

/** In the reader's language and time zone (or another zone, e.g. the event's). */
export function useCalendarFormat(timeZone?: string) {
  const format = useFormat();
  return calendarFormatter(format.locale, timeZone ?? format.timeZone);
}

/** In `language` and `timeZone`, given rather than read from the page (for kept markup, app/ui/kept-markup.tsx). */
export const calendarFormatIn = (language: string, timeZone: string) =>
  calendarFormatter(formatterFor(language, timeZone).locale, timeZone);
