// One occurrence in a calendar view: a link to the event with its time in the reader's zone, marked when
// it is cancelled, postponed, kept to a group, or answered by the reader.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { calendarFormatter } from "./format";

export type OccurrenceItem = {
  key: string;
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

/** Compact, for a month cell. */
export function OccurrenceChip({ occurrence: o, format }: { occurrence: OccurrenceItem; format: Format }) {
  const { t } = useTranslation();
  return (
    <Link to={`/calendar/events/${o.eventId}`} className={`event-chip event-chip--${o.kind} event-chip--${o.status}`}>
      <span className="event-chip__time">{o.allDay ? t("calendar.allDay") : format.time(o.start)}</span> <span className="event-chip__title">{o.title}</span>
      <StatusMarks occurrence={o} />
    </Link>
  );
}

/** With details, for the week and agenda lists. */
export function OccurrenceRow({ occurrence: o, format }: { occurrence: OccurrenceItem; format: Format }) {
  const { t } = useTranslation();
  return (
    <li className={`event-row event-row--${o.status}`}>
      <span className="event-row__time">{format.span(o, t("calendar.allDay"))}</span>
      <span className="event-row__body">
        <Link to={`/calendar/events/${o.eventId}`} className="event-row__title">
          {o.title}
        </Link>
        <span className="event-row__meta small muted">
          {[t(`calendar.kinds.${o.kind}` as never) as string, o.group ? `${t("calendar.group")} ${o.group.number}` : null, o.place, o.online ? t("calendar.online") : null].filter(Boolean).join(" · ")}
        </span>
        <StatusMarks occurrence={o} verbose />
      </span>
    </li>
  );
}

function StatusMarks({ occurrence: o, verbose = false }: { occurrence: OccurrenceItem; verbose?: boolean }) {
  const { t } = useTranslation();
  const marks = [
    o.status !== "SCHEDULED" ? <span key="status" className={`badge badge--${o.status}`}>{t(`calendar.statuses.${o.status}`)}</span> : null,
    o.groupOnly ? (
      <span key="group" className="badge badge--group" title={t("calendar.groupOnly")}>
        <span aria-hidden="true">🔒</span>
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
