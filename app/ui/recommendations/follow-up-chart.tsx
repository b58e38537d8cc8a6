// Bars of recommendations by follow-up status, one bar per region or thematic area: each segment is a link to the
// list filtered by that row and status, named with its figures; the count is printed in the segment when it fits
// and always in the segment's name and tooltip. Segments run in the reading direction (they mirror in Arabic).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MAP_PALETTE, textOnPalette } from "~/domain/projects/map-values";
import { RecommendationStatus } from "~/enums";
import { useFormat } from "~/ui/format";

const STATUSES = Object.values(RecommendationStatus);

type Row = { key: string; label: string; href: (status: string) => string };

export function FollowUpChart({
  title,
  id,
  rows,
  counts,
}: {
  title: string;
  id: string;
  rows: Row[];
  counts: Array<{ key: string; status: string; count: number }>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (key: string, status: string) => counts.find((c) => c.key === key && c.status === status)?.count ?? 0;
  const totals = new Map(rows.map((row) => [row.key, STATUSES.reduce((sum, s) => sum + count(row.key, s), 0)]));
  const largest = Math.max(1, ...totals.values());
  const statusName = (status: string) => t(`recommendations.statuses.${status as RecommendationStatus}`);
  return (
    <section aria-labelledby={id} className="follow-up">
      <h2 id={id}>{title}</h2>
      <ul className="legend" aria-label={t("charts.statusLegend")}>
        {STATUSES.map((status, i) => (
          <li key={status} className="legend__item">
            <span className="legend__swatch" style={{ background: MAP_PALETTE[i] }} aria-hidden="true" />
            {statusName(status)}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="muted">{t("charts.noRecommendations")}</p>
      ) : (
        <ul className="bars">
          {rows.map((row) => (
            <li key={row.key} className="bars__row">
              <span className="bars__label">{row.label}</span>
              <span className="bars__track">
                <span className="bars__bar" style={{ inlineSize: `${(100 * totals.get(row.key)!) / largest}%` }}>
                  {STATUSES.map((status, i) => {
                    const n = count(row.key, status);
                    if (n === 0) return null;
                    const name = t("charts.segment", { row: row.label, status: statusName(status), figure: format.number(n) });
                    return (
                      <Link
                        key={status}
                        to={row.href(status)}
                        className="bars__segment"
                        style={{ flexGrow: n, background: MAP_PALETTE[i], color: textOnPalette(i) }}
                        aria-label={name}
                        title={name}
                      >
                        {format.number(n)}
                      </Link>
                    );
                  })}
                </span>
              </span>
              <span className="bars__total">{format.number(totals.get(row.key)!)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
