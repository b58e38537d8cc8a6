// Horizontal stacked bars drawn as SVG with presentation attributes (the Content-Security-Policy allows no inline
// style): one bar per row, one segment per series, each segment a link to the rows it counts, named with its figure.
// The count is printed in a segment wide enough for it, and each bar's total at its end. Right-to-left languages
// mirror the chart: labels on the right, bars growing leftwards. The same markup is the downloadable file
// (`standalone`: namespace and size inside, since no stylesheet comes with it).
import { useTranslation } from "react-i18next";
import { formatterFor } from "~/ui/format";
import { inkOn } from "./colours";
import { ChartSvg, svgLegend, type LegendEntry } from "./svg";

export type BarSeries = { key: string; label: string; fill: string };
export type BarRow = { key: string; label: string };

const LABEL_WIDTH = 230;
const BAR_WIDTH = 520;
const TOTAL_WIDTH = 60;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 20;
const TOP = 8;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + TOTAL_WIDTH;

export function StackedBars({
  title,
  rows,
  series,
  value,
  href,
  standalone = false,
}: {
  title: string;
  rows: BarRow[];
  series: BarSeries[];
  value: (row: string, series: string) => number;
  href: (row: string, series: string) => string;
  standalone?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = formatterFor(i18n.language, "UTC");
  const rtl = i18n.dir(i18n.language) === "rtl";
  const totals = rows.map((row) => series.reduce((sum, s) => sum + value(row.key, s.key), 0));
  const scale = BAR_WIDTH / Math.max(1, ...totals);
  // Positions are worked out left to right, then mirrored for right-to-left readers.
  const x = (left: number, width = 0) => (rtl ? WIDTH - left - width : left);
  const legend: LegendEntry[] = series.map((s) => ({ fill: s.fill, label: s.label }));
  const barsHeight = TOP + rows.length * ROW_HEIGHT;
  return (
    <ChartSvg title={title} width={WIDTH} height={barsHeight} legend={legend} standalone={standalone}>
      {rows.map((row, r) => {
        const y = TOP + r * ROW_HEIGHT;
        let left = LABEL_WIDTH;
        return (
          <g key={row.key}>
            <text x={x(LABEL_WIDTH - 8)} y={y + BAR_HEIGHT / 2 + 4} textAnchor={rtl ? "start" : "end"} fontSize="13" fill="#18181b">
              {row.label}
            </text>
            {series.map((s) => {
              const n = value(row.key, s.key);
              if (!n) return null;
              const width = n * scale;
              const segmentX = x(left, width);
              left += width;
              const name = t("charts.segment", { row: row.label, status: s.label, figure: format.number(n) });
              const figure = format.number(n);
              return (
                <a key={s.key} href={href(row.key, s.key)} aria-label={name}>
                  <title>{name}</title>
                  <rect x={segmentX} y={y} width={width} height={BAR_HEIGHT} fill={s.fill} stroke="#ffffff" strokeWidth="1" />
                  {width >= figure.length * 8 + 6 ? (
                    <text
                      x={segmentX + width / 2}
                      y={y + BAR_HEIGHT / 2 + 4}
                      textAnchor="middle"
                      fontSize="12"
                      fill={inkOn(s.fill)}
                      aria-hidden="true"
                    >
                      {figure}
                    </text>
                  ) : null}
                </a>
              );
            })}
            <text
              x={x(left + 6)}
              y={y + BAR_HEIGHT / 2 + 4}
              textAnchor={rtl ? "end" : "start"}
              fontSize="12"
              fill="#3f3f46"
              aria-hidden="true"
            >
              {format.number(totals[r])}
            </text>
          </g>
        );
      })}
      {svgLegend(legend, barsHeight + 8, WIDTH, rtl)}
    </ChartSvg>
  );
}
