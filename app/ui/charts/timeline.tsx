// A timeline (Gantt-style) of activities: one row per activity, a bar from its start to its end coloured by status,
// each bar a link to the activity named with its title, dates and status; month or year ticks in the reader's
// language, and a line for today. Drawn with SVG attributes (no inline style under the Content-Security-Policy);
// time runs right to left in right-to-left languages. The same markup is the downloadable file (`standalone`).
import { useTranslation } from "react-i18next";
import { dateTimeFormat, formatterFor } from "~/ui/format";
import { ACTIVITY_STATUS_FILL } from "./colours";
import { ChartSvg, svgLegend } from "./svg";

export type TimelineItem = { id: string; title: string; startDate: string; endDate: string; status: string };

const LABEL_WIDTH = 260;
const PLOT_WIDTH = 560;
// Room beyond the plot for the last tick's label.
const WIDTH = LABEL_WIDTH + PLOT_WIDTH + 40;
const AXIS_HEIGHT = 28;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 14;
const TITLE_CHARS = 34;
const DAY = 86_400_000;

const dayValue = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`);
const monthStart = (t: number) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
};
const addMonths = (t: number, n: number) => {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
};

/** Ticks at the start of months, every 1, 3, 6 or 12 months so that there are at most about eight. */
function ticks(from: number, to: number) {
  const months = (to - from) / (30.4 * DAY);
  const step = [1, 3, 6, 12, 24, 60].find((s) => months / s <= 8) ?? 120;
  const result: number[] = [];
  let tick = monthStart(from);
  if (step >= 12) tick = Date.UTC(new Date(tick).getUTCFullYear(), 0, 1);
  while (tick < from) tick = addMonths(tick, step);
  for (; tick <= to; tick = addMonths(tick, step)) result.push(tick);
  return { ticks: result, years: step >= 12 };
}

const shorten = (title: string) => {
  const chars = Array.from(title);
  return chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS - 1).join("")}…` : title;
};

export function ActivityTimeline({
  title,
  items,
  href,
  today,
  standalone = false,
}: {
  title: string;
  items: TimelineItem[];
  href: (id: string) => string;
  /** Today's date (YYYY-MM-DD), from the server so that the page and its hydration agree. */
  today: string;
  standalone?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = formatterFor(i18n.language, "UTC");
  const rtl = i18n.dir(i18n.language) === "rtl";
  const starts = items.map((a) => dayValue(a.startDate));
  const ends = items.map((a) => dayValue(a.endDate) + DAY);
  const from = monthStart(Math.min(...starts));
  const to = Math.max(addMonths(from, 1), addMonths(monthStart(Math.max(...ends) - 1), 1));
  const scale = PLOT_WIDTH / (to - from);
  // Left-to-right positions, mirrored for right-to-left readers.
  const x = (left: number, width = 0) => (rtl ? WIDTH - left - width : left);
  const at = (time: number) => LABEL_WIDTH + (time - from) * scale;
  const axis = ticks(from, to);
  const tickFormat = dateTimeFormat(
    format.locale,
    axis.years ? { year: "numeric", timeZone: "UTC" } : { month: "short", year: "2-digit", timeZone: "UTC" },
  );
  const plotHeight = AXIS_HEIGHT + items.length * ROW_HEIGHT;
  const todayValue = dayValue(today);
  const statuses = Object.keys(ACTIVITY_STATUS_FILL);
  const legend = statuses.map((s) => ({ fill: ACTIVITY_STATUS_FILL[s], label: t(`projects.statuses.${s}` as never) }));
  return (
    <ChartSvg title={title} width={WIDTH} height={plotHeight} legend={legend} standalone={standalone}>
      <g aria-hidden="true">
        {axis.ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(at(tick))} x2={x(at(tick))} y1={AXIS_HEIGHT - 6} y2={plotHeight} stroke="#e4e4e7" strokeWidth="1" />
            <text x={x(at(tick))} y={AXIS_HEIGHT - 10} textAnchor="middle" fontSize="11" fill="#3f3f46">
              {tickFormat.format(tick)}
            </text>
          </g>
        ))}
        {todayValue >= from && todayValue <= to ? (
          <g>
            <line
              x1={x(at(todayValue))}
              x2={x(at(todayValue))}
              y1={AXIS_HEIGHT - 4}
              y2={plotHeight}
              stroke="#b91c1c"
              strokeWidth="1.5"
              strokeDasharray="4 3"
            />
            <text x={x(at(todayValue) + 3)} y={plotHeight - 2} textAnchor={rtl ? "end" : "start"} fontSize="10" fill="#b91c1c">
              {t("charts.today")}
            </text>
          </g>
        ) : null}
      </g>
      {items.map((a, i) => {
        const y = AXIS_HEIGHT + i * ROW_HEIGHT;
        const left = at(dayValue(a.startDate));
        const width = Math.max(3, at(dayValue(a.endDate) + DAY) - left);
        const fill = ACTIVITY_STATUS_FILL[a.status] ?? "#a1a1aa";
        const name = t("charts.timelineBar", {
          title: a.title,
          start: format.day(a.startDate),
          end: format.day(a.endDate),
          status: t(`projects.statuses.${a.status}` as never),
        });
        return (
          // The title beside the bar is for the eye (cut to fit); the bar's link carries the whole name.
          <g key={a.id}>
            <text
              x={x(LABEL_WIDTH - 8)}
              y={y + BAR_HEIGHT}
              textAnchor={rtl ? "start" : "end"}
              fontSize="12"
              fill="#18181b"
              aria-hidden="true"
            >
              {shorten(a.title)}
            </text>
            <a href={href(a.id)} aria-label={name}>
              <title>{name}</title>
              <rect x={x(left, width)} y={y + 3} width={width} height={BAR_HEIGHT} rx="2" fill={fill} stroke="#3f3f46" strokeWidth="0.5" />
            </a>
          </g>
        );
      })}
      {svgLegend(legend, plotHeight + 8, WIDTH, rtl)}
    </ChartSvg>
  );
}
