// A timeline (Gantt-style) of activities: one row per activity, a bar from its first to its last day coloured by its
// status, over the span of the activities shown (the project's, or the list's page under the filter in force). Time
// runs in the reading direction: right to left in Arabic. Each bar is a link named with its dates and status.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MAP_PALETTE, textOnPalette } from "~/domain/projects/map-values";
import { useFormat } from "~/ui/format";

type TimelineActivity = {
  id: string;
  title: string;
  status: "PLANNED" | "ONGOING" | "COMPLETED" | "CANCELLED";
  startDate: string;
  endDate: string;
};

const STATUSES = ["PLANNED", "ONGOING", "COMPLETED", "CANCELLED"] as const;
/** Four of the palette's colours, one per status (black or white text on each, for contrast). */
const STATUS_COLOUR: Record<TimelineActivity["status"], number> = { PLANNED: 0, ONGOING: 2, COMPLETED: 4, CANCELLED: 1 };
const DAY = 86_400_000;
const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function ActivityTimeline({ activities, id }: { activities: TimelineActivity[]; id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (activities.length === 0) return null;
  const sorted = [...activities].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate));
  const first = Math.min(...sorted.map((a) => time(a.startDate)));
  const last = Math.max(...sorted.map((a) => time(a.endDate))) + DAY;
  const span = Math.max(last - first, DAY);
  const yearFormat = new Intl.DateTimeFormat(format.locale, { year: "numeric", timeZone: "UTC" });
  const years: number[] = [];
  for (let year = new Date(first).getUTCFullYear() + 1; Date.UTC(year, 0, 1) < last; year++) years.push(year);
  return (
    <section aria-labelledby={id} className="timeline">
      <h2 id={id}>{t("charts.timelineTitle")}</h2>
      <ul className="legend" aria-label={t("charts.timelineLegend")}>
        {STATUSES.map((status) => (
          <li key={status} className="legend__item">
            <span className="legend__swatch" style={{ background: MAP_PALETTE[STATUS_COLOUR[status]] }} aria-hidden="true" />
            {t(`projects.statuses.${status}`)}
          </li>
        ))}
      </ul>
      <div className="timeline__axis" aria-hidden="true">
        <span className="timeline__label" />
        <span className="timeline__track">
          <span className="timeline__tick" style={{ insetInlineStart: 0 }}>
            {format.day(sorted[0].startDate)}
          </span>
          {years.map((year) => (
            <span key={year} className="timeline__tick" style={{ insetInlineStart: `${(100 * (Date.UTC(year, 0, 1) - first)) / span}%` }}>
              {yearFormat.format(Date.UTC(year, 0, 1))}
            </span>
          ))}
        </span>
      </div>
      <ul className="timeline__rows">
        {sorted.map((a) => {
          const start = (100 * (time(a.startDate) - first)) / span;
          const width = (100 * (time(a.endDate) + DAY - time(a.startDate))) / span;
          const colour = STATUS_COLOUR[a.status];
          const name = t("charts.timelineBar", {
            title: a.title,
            from: format.day(a.startDate),
            to: format.day(a.endDate),
            status: t(`projects.statuses.${a.status}`),
          });
          return (
            <li key={a.id} className="timeline__row">
              <span className="timeline__label">{a.title}</span>
              <span className="timeline__track">
                <Link
                  to={`/activities/${a.id}`}
                  className="timeline__bar"
                  style={{
                    insetInlineStart: `${start}%`,
                    inlineSize: `${Math.max(width, 0.5)}%`,
                    background: MAP_PALETTE[colour],
                    color: textOnPalette(colour),
                  }}
                  aria-label={name}
                  title={name}
                />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
