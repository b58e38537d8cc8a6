// How far recommendations have been followed up, per region of the assessed State or per thematic area: stacked bars
// by status (each segment a link to the list filtered by that row and status: the same SQL as the list, so the counts
// are its counts), the figures as a table below them, and the chart as an SVG or PNG file to share.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { classBounds, classOf } from "~/domain/projects/map-values";
import type { LabelReference } from "~/domain/projects/labels";
import { selectionHref } from "~/domain/recommendations/filters";
import { RecommendationStatus } from "~/enums";
import { ChartDownloads } from "~/ui/charts/downloads";
import { RECOMMENDATION_STATUS_FILL } from "~/ui/charts/colours";
import { StackedBars } from "~/ui/charts/stacked-bars";
import { formatterFor } from "~/ui/format";
import { useWorkLabels } from "~/ui/projects/use-work";
import { KeptDrawing, type Drawing } from "~/ui/kept-markup";

const STATUSES = Object.values(RecommendationStatus);
export const FOLLOW_UP_BY = ["region", "thematic"] as const;
export type FollowUpBy = (typeof FOLLOW_UP_BY)[number];
type Count = { key: string; status: string; count: number };

/** The chart's title: its section's heading, the SVG's name and its file's. */
const titleKey = (by: FollowUpBy) => (by === "region" ? "charts.followUpByRegion" : "charts.followUpByThematic");

function useFollowUp(by: FollowUpBy, counts: Count[], reference: LabelReference) {
  const { t } = useTranslation();
  const labels = useWorkLabels(reference);
  const rows = labels.orderKeys(by, [...new Set(counts.map((c) => c.key))]).map((key) => ({
    key,
    label:
      by === "thematic" && key === "none" ? t("recommendations.noThematic") : by === "region" ? labels.region(key) : labels.thematic(key),
  }));
  return {
    title: t(titleKey(by)),
    rows,
    series: STATUSES.map((status) => ({
      key: status,
      label: t(`recommendations.statuses.${status}`),
      fill: RECOMMENDATION_STATUS_FILL[status],
    })),
    count: (key: string, status: string) => counts.find((c) => c.key === key && c.status === status)?.count ?? 0,
    href: (key: string, status: string) => selectionHref("/recommendations", { [by]: key, status }),
  };
}

/** The chart alone: on the page, or (`standalone`) as the downloadable file draws it, like the other charts. */
export function FollowUpBarsSvg({
  by,
  counts,
  reference,
  standalone = false,
}: {
  by: FollowUpBy;
  counts: Count[];
  reference: LabelReference;
  standalone?: boolean;
}) {
  const chart = useFollowUp(by, counts, reference);
  return (
    <StackedBars
      title={chart.title}
      rows={chart.rows}
      series={chart.series}
      value={chart.count}
      href={chart.href}
      standalone={standalone}
    />
  );
}

/**
 * A chart's section: its title, the bars, its files to share and the figures as a table. The bars and the table are
 * drawn as kept markup from the same drawing (a page loaded in full carries them drawn, without their counts).
 * `hasFigures`: whether the reader may see any recommendation to count (the drawing's data is not in a page loaded
 * in full).
 */
export function FollowUpChart({
  by,
  drawing,
  hasFigures,
  reference,
}: {
  by: FollowUpBy;
  drawing: Drawing<{ counts: Count[]; referenceHandle: string }>;
  hasFigures: boolean;
  reference: LabelReference;
}) {
  const { t } = useTranslation();
  const title = t(titleKey(by));
  const id = `follow-up-${by}`;
  return (
    <section aria-labelledby={id} className="follow-up">
      <h2 id={id}>{title}</h2>
      {hasFigures ? (
        <>
          <KeptDrawing
            name={`follow-up-bars-${by}`}
            className="chart-frame"
            drawing={drawing}
            draw={(kept) => <FollowUpBarsSvg by={by} counts={kept.counts} reference={reference} />}
          />
          <ChartDownloads chart={title} svgHref={`/recommendations/dashboard/follow-up.svg?by=${by}`} fileName={`follow-up-${by}`} />
          <KeptDrawing
            name={`follow-up-figures-${by}`}
            drawing={drawing}
            draw={(kept) => <FollowUpFigures by={by} counts={kept.counts} reference={reference} />}
          />
        </>
      ) : (
        <p className="muted">{t("charts.noRecommendations")}</p>
      )}
    </section>
  );
}

/** The figures of the bars as a table, behind a disclosure (each count a link to its rows in the list). */
function FollowUpFigures({ by, counts, reference }: { by: FollowUpBy; counts: Count[]; reference: LabelReference }) {
  const { t, i18n } = useTranslation();
  const format = formatterFor(i18n.language, "UTC");
  const chart = useFollowUp(by, counts, reference);
  const bounds = classBounds(Math.max(0, ...counts.map((c) => c.count)));
  return (
    <details className="chart-figures">
      <summary>{t("charts.figures")}</summary>
      <div className="table-wrap">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col">{t(by === "region" ? "recommendations.region" : "recommendations.thematicArea")}</th>
              {chart.series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
              <th scope="col">{t("recommendations.dashboard.regionTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {chart.series.map((s) => {
                  const n = chart.count(row.key, s.key);
                  const level = classOf(n, bounds);
                  return (
                    <td key={s.key} className={level === null ? undefined : `matrix__shaded shade-${level}`}>
                      {n ? <Link to={chart.href(row.key, s.key)}>{format.number(n)}</Link> : <span className="muted">0</span>}
                    </td>
                  );
                })}
                <td>{format.number(chart.series.reduce((sum, s) => sum + chart.count(row.key, s.key), 0))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
