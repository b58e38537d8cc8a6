// One occurrence in a calendar view: a link to the event with its time in the reader's zone, marked when
// it is cancelled, postponed, kept to a group, or answered by the reader.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { type calendarFormatter } from "./format";

export type OccurrenceItem = {
  eventId: string;
  title: string;
  kind: string;
  status: "SCHEDULED" | "POSTPONED" | "CANCELLED";
  groupOnly: boolean;
  group: { number: number; name: string; nameZh: string | null } | null;
  place: string | null;
  online: boolean;
  recurring: boolean;
  myResponse: "GOING" | "MAYBE" | "NOT_GOING" | null;
  start: string;
  end: string;
  allDay: boolean;
  firstDay: string;
  lastDay: string;
};

type Format = ReturnType<typeof calendarFormatter>;

/** An occurrence's key in a list: its event and its start (not sent with each occurrence). */
export const occurrenceKey = (o: { eventId: string; start: string }) => `${o.eventId}:${o.start}`;

/** Compact, for a month cell; on the later days of an event that spans midnight, the time it ends. The
 * whole title is shown (wrapped), so it needs no tooltip. */
export function OccurrenceChip({ occurrence: o, format, day }: { occurrence: OccurrenceItem; format: Format; day: string }) {
  const { t } = useTranslation();
  const time = o.allDay ? t("calendar.allDay") : day === o.firstDay ? format.time(o.start) : `…${format.time(o.end)}`;
  return (
    <Link to={`/calendar/events/${o.eventId}`} className={`event-chip event-chip--${o.kind} event-chip--${o.status}`}>
      <bdi className="event-chip__time">{time}</bdi> <bdi className="event-chip__title">{o.title}</bdi>
      <StatusMarks occurrence={o} />
    </Link>
  );
}

/** With details, for the week and agenda lists (grouped under their days); `withDate` for a list that is
 * not grouped by day (a group's upcoming events), where a time alone would not say when. */
export function OccurrenceRow({
  occurrence: o,
  format,
  withDate = false,
}: {
  occurrence: OccurrenceItem;
  format: Format;
  withDate?: boolean;
}) {
  const { t } = useTranslation();
  let when = format.span(o, t("calendar.allDay"));
  if (withDate && format.spanOmitsDate(o)) {
    const day = format.shortDayWithWeekday(o.firstDay);
    when = o.allDay ? t("calendar.onDayAllDay", { day }) : t("calendar.onDayAt", { day, time: when });
  }
  return (
    <li className={`event-row event-row--${o.status}${withDate ? " event-row--dated" : ""}`}>
      <span className="event-row__time">{when}</span>
      <span className="event-row__body">
        <Link to={`/calendar/events/${o.eventId}`} className="event-row__title">
          <bdi>{o.title}</bdi>
        </Link>
        <span className="event-row__meta small muted">
          {[
            t(`calendar.kinds.${o.kind}` as never) as string,
            o.group ? `${t("calendar.group")} ${o.group.number}` : null,
            o.place,
            o.online ? t("calendar.online") : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
        <StatusMarks occurrence={o} verbose />
      </span>
    </li>
  );
}

/** A padlock drawn in SVG (emoji fonts are not everywhere). */
export function LockIcon() {
  return (
    <svg className="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="12" height="12">
      <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
    </svg>
  );
}

function StatusMarks({ occurrence: o, verbose = false }: { occurrence: OccurrenceItem; verbose?: boolean }) {
  const { t } = useTranslation();
  const marks = [
    o.status !== "SCHEDULED" ? (
      <span key="status" className={`badge badge--${o.status}`}>
        {t(`calendar.statuses.${o.status}`)}
      </span>
    ) : null,
    o.groupOnly ? (
      <span key="group" className="badge badge--group" title={t("calendar.groupOnly")}>
        <LockIcon />
        <span className={verbose ? undefined : "visually-hidden"}> {t("calendar.groupOnly")}</span>
      </span>
    ) : null,
    o.myResponse && verbose ? (
      <span key="answer" className="badge badge--answer">
        {t("calendar.yourAnswer", { answer: t(`calendar.responses.${o.myResponse}`) })}
      </span>
    ) : null,
    o.myResponse === "GOING" && !verbose ? (
      <span key="going" className="event-chip__going" title={t("calendar.responses.GOING")}>
        <span aria-hidden="true">✓</span>
        <span className="visually-hidden"> {t("calendar.responses.GOING")}</span>
      </span>
    ) : null,
  ].filter(Boolean);
  return marks.length ? <span className="event-marks"> {marks}</span> : null;
}
