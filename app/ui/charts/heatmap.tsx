// A heatmap as an SVG file: rows by columns of cells shaded in the classes of the colour-blind-safe palette, each
// cell's figure printed in the ink that reads on its colour and linked to what it counts, with the legend below.
// The page shows the same figures as an HTML table (the summary matrix); this is the picture to share.
import { MAP_EMPTY, MAP_PALETTE } from "~/domain/projects/map-values";
import { inkOn } from "./colours";
import { ChartSvg, svgLegend, type LegendEntry } from "./svg";

const LABEL_WIDTH = 220;
const CELL_WIDTH = 96;
const CELL_HEIGHT = 30;
const HEADER_HEIGHT = 110;
const LABEL_CHARS = 30;

const shorten = (label: string) => {
  const chars = Array.from(label);
  return chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS - 1).join("")}…` : label;
};

export type HeatmapCell = { level: number | null; figure: string; name: string; href: string } | null;

export function HeatmapSvg({
  title,
  rows,
  cols,
  cell,
  legend,
  rtl,
}: {
  title: string;
  rows: Array<{ key: string; label: string }>;
  cols: Array<{ key: string; label: string }>;
  cell: (row: string, col: string) => HeatmapCell;
  legend: LegendEntry[];
  rtl: boolean;
}) {
  const width = LABEL_WIDTH + cols.length * CELL_WIDTH + 16;
  const height = HEADER_HEIGHT + rows.length * CELL_HEIGHT;
  const x = (left: number, w = 0) => (rtl ? width - left - w : left);
  return (
    <ChartSvg title={title} width={width} height={height} legend={legend} standalone>
      {cols.map((col, c) => {
        const cx = x(LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2);
        return (
          <text
            key={col.key}
            x={cx}
            y={HEADER_HEIGHT - 8}
            transform={`rotate(${rtl ? 40 : -40} ${cx} ${HEADER_HEIGHT - 8})`}
            textAnchor={rtl ? "end" : "start"}
            fontSize="12"
            fill="#18181b"
          >
            <title>{col.label}</title>
            {shorten(col.label)}
          </text>
        );
      })}
      {rows.map((row, r) => {
        const y = HEADER_HEIGHT + r * CELL_HEIGHT;
        return (
          <g key={row.key}>
            <text x={x(LABEL_WIDTH - 8)} y={y + CELL_HEIGHT / 2 + 4} textAnchor={rtl ? "start" : "end"} fontSize="12" fill="#18181b">
              <title>{row.label}</title>
              {shorten(row.label)}
            </text>
            {cols.map((col, c) => {
              const value = cell(row.key, col.key);
              const cellX = x(LABEL_WIDTH + c * CELL_WIDTH, CELL_WIDTH);
              const fill = value?.level === null || !value ? MAP_EMPTY : MAP_PALETTE[value.level];
              const box = <rect x={cellX} y={y} width={CELL_WIDTH} height={CELL_HEIGHT} fill={fill} stroke="#ffffff" strokeWidth="2" />;
              if (!value) return <g key={col.key}>{box}</g>;
              return (
                <a key={col.key} href={value.href} aria-label={value.name}>
                  <title>{value.name}</title>
                  {box}
                  <text x={cellX + CELL_WIDTH / 2} y={y + CELL_HEIGHT / 2 + 4} textAnchor="middle" fontSize="12" fill={inkOn(fill)}>
                    {value.figure}
                  </text>
                </a>
              );
            })}
          </g>
        );
      })}
      {svgLegend(legend, height + 8, width, rtl)}
    </ChartSvg>
  );
}
