// The timeline of a set of activities (a project's, or the list's page for the filters in force) with its files to
// share, or a line saying there is nothing to draw.
import { useTranslation } from "react-i18next";
import { ChartDownloads } from "~/ui/charts/downloads";
import { ActivityTimeline, type TimelineItem } from "~/ui/charts/timeline";
import { KeptMarkup } from "~/ui/kept-markup";

export const activityHref = (id: string) => `/activities/${id}`;

/** Earliest first, as a timeline reads. */
export const inTimelineOrder = <T extends TimelineItem>(items: T[]) =>
  [...items].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate) || a.id.localeCompare(b.id));

export function ActivityTimelineSection({
  title,
  items,
  today,
  svgHref,
  fileName,
}: {
  title: string;
  items: TimelineItem[];
  today: string;
  svgHref: string;
  fileName: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-label={title} className="activity-timeline">
      {items.length === 0 ? (
        <p className="muted">{t("charts.timelineNone")}</p>
      ) : (
        <>
          <KeptMarkup
            name="activity-timeline"
            className="chart-frame"
            data={{ title, items: inTimelineOrder(items), today }}
            draw={(kept) => <ActivityTimeline {...kept} href={activityHref} />}
          />
          <ChartDownloads chart={title} svgHref={svgHref} fileName={fileName} />
        </>
      )}
    </section>
  );
}
