// How far recommendations have been followed up: one row per region or thematic area, one column per status, each
// count a link to the list filtered by that row and status (the same SQL as the list, so the counts are its counts),
// shaded like the matrix heatmap (classes: the Content-Security-Policy allows no inline style).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { classBounds, classOf } from "~/domain/projects/map-values";
import { RecommendationStatus } from "~/enums";
import { useFormat } from "~/ui/format";

const STATUSES = Object.values(RecommendationStatus);

type Row = { key: string; label: string; href: (status: string) => string };

export function FollowUpChart({
  title,
  id,
  rowHeader,
  rows,
  counts,
}: {
  title: string;
  id: string;
  rowHeader: string;
  rows: Row[];
  counts: Array<{ key: string; status: string; count: number }>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (key: string, status: string) => counts.find((c) => c.key === key && c.status === status)?.count ?? 0;
  const bounds = classBounds(Math.max(0, ...counts.map((c) => c.count)));
  const statusName = (status: string) => t(`recommendations.statuses.${status as RecommendationStatus}`);
  return (
    <section aria-labelledby={id} className="follow-up">
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("charts.noRecommendations")}</p>
      ) : (
        <div className="table-wrap">
          <table className="matrix">
            <thead>
              <tr>
                <th scope="col">{rowHeader}</th>
                {STATUSES.map((status) => (
                  <th scope="col" key={status}>
                    {statusName(status)}
                  </th>
                ))}
                <th scope="col">{t("recommendations.dashboard.regionTotal")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {STATUSES.map((status) => {
                    const n = count(row.key, status);
                    const level = classOf(n, bounds);
                    return (
                      <td key={status} className={level === null ? undefined : `matrix__shaded shade-${level}`}>
                        {n ? (
                          <Link
                            to={row.href(status)}
                            aria-label={t("charts.segment", { row: row.label, status: statusName(status), figure: format.number(n) })}
                          >
                            {format.number(n)}
                          </Link>
                        ) : (
                          <span className="muted">0</span>
                        )}
                      </td>
                    );
                  })}
                  <td>{format.number(STATUSES.reduce((sum, s) => sum + count(row.key, s), 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
