// The frame every drawn chart shares: an <svg> named by its title, with room for its legend below, and, as a file to
// download (`standalone`), its namespace, size and a white background inside. Legends are drawn in the SVG itself
// (swatches and labels, wrapped to the chart's width), so the page and the file show the same picture.
export type LegendEntry = { fill: string; label: string };

const LEGEND_LINE = 22;
const SWATCH = 14;

/** Rough width of a label at 12px (enough to wrap the legend; CJK characters count double). */
function labelWidth(label: string) {
  return Array.from(label).reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);
}

function legendLines(entries: LegendEntry[], width: number) {
  const lines: Array<Array<LegendEntry & { left: number }>> = [[]];
  let left = 8;
  for (const entry of entries) {
    const w = SWATCH + 6 + labelWidth(entry.label) + 18;
    if (left + w > width && lines[lines.length - 1].length) {
      lines.push([]);
      left = 8;
    }
    lines[lines.length - 1].push({ ...entry, left });
    left += w;
  }
  return lines;
}

export function legendHeight(entries: LegendEntry[], width: number) {
  return entries.length ? legendLines(entries, width).length * LEGEND_LINE + 8 : 0;
}

/** The legend's swatches and labels from `top`, mirrored in right-to-left languages. */
export function svgLegend(entries: LegendEntry[], top: number, width: number, rtl: boolean) {
  return (
    <g aria-hidden="true">
      {legendLines(entries, width).map((line, l) =>
        line.map((entry) => {
          const y = top + l * LEGEND_LINE;
          const swatchX = rtl ? width - entry.left - SWATCH : entry.left;
          return (
            <g key={entry.label}>
              <rect x={swatchX} y={y} width={SWATCH} height={SWATCH} fill={entry.fill} stroke="#71717a" strokeWidth="1" />
              <text x={rtl ? swatchX - 6 : swatchX + SWATCH + 6} y={y + 12} textAnchor={rtl ? "end" : "start"} fontSize="12" fill="#18181b">
                {entry.label}
              </text>
            </g>
          );
        }),
      )}
    </g>
  );
}

export function ChartSvg({
  title,
  width,
  height,
  legend,
  standalone,
  children,
}: {
  title: string;
  width: number;
  height: number;
  legend: LegendEntry[];
  standalone: boolean;
  children: React.ReactNode;
}) {
  const fullHeight = height + 8 + legendHeight(legend, width);
  return (
    <svg
      viewBox={`0 0 ${width} ${fullHeight}`}
      role="group"
      aria-label={title}
      className="chart"
      fontFamily="system-ui, sans-serif"
      // Positions are worked out for each direction by the chart itself; text anchors keep their left-to-right meaning.
      direction="ltr"
      {...(standalone ? { xmlns: "http://www.w3.org/2000/svg", width, height: fullHeight } : {})}
    >
      <title>{title}</title>
      {standalone ? <rect width={width} height={fullHeight} fill="#ffffff" /> : null}
      {children}
    </svg>
  );
}
