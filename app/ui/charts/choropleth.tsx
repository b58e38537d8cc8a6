// A world map shaded by a figure per Member State (choropleth): each Member State a link titled with its figures
// (the title is the link's accessible name and its tooltip), shaded in the classes of the colour-blind-safe palette;
// other shapes drawn for the picture only. Geography never mirrors. As a file (`standalone`): namespace, size,
// strokes and the legend inside.
import { MAP_EMPTY, MAP_NO_DATA, MAP_PALETTE } from "~/domain/projects/map-values";

export type ChoroplethShape = { key: string; d: string; level: number | null; link: { href: string; name: string } | null };

export function ChoroplethSvg({
  title,
  width,
  height,
  shapes,
  legend,
  standalone = false,
}: {
  title: string;
  width: number;
  height: number;
  shapes: ChoroplethShape[];
  /** The legend's entries (drawn only in the file; the page shows an HTML legend). */
  legend: Array<{ fill: string; label: string }>;
  standalone?: boolean;
}) {
  const legendY = height + 16;
  return (
    <svg
      viewBox={`0 0 ${width} ${standalone ? height + 48 : height}`}
      aria-labelledby="map-svg-title"
      role="group"
      {...(standalone ? { xmlns: "http://www.w3.org/2000/svg", width, height: height + 48, stroke: "#ffffff", strokeWidth: 0.5 } : {})}
    >
      <title id="map-svg-title">{title}</title>
      {shapes.map((shape) =>
        shape.link ? (
          // The title names the link (SVG's accessible name) and is its tooltip.
          <a key={shape.key} href={shape.link.href}>
            <title>{shape.link.name}</title>
            <path d={shape.d} fill={shape.level === null ? MAP_EMPTY : MAP_PALETTE[shape.level]} />
          </a>
        ) : (
          <path key={shape.key} d={shape.d} fill={MAP_NO_DATA} aria-hidden="true" />
        ),
      )}
      {standalone
        ? legend.map((entry, i) => (
            <g key={entry.label} transform={`translate(${8 + i * 158} ${legendY})`}>
              <rect width="14" height="14" fill={entry.fill} stroke="#71717a" />
              <text x="20" y="12" fontFamily="sans-serif" fontSize="13" strokeWidth="0" fill="#000000">
                {entry.label}
              </text>
            </g>
          ))
        : null}
    </svg>
  );
}

/** The legend's entries: "none", then each class's range with its colour. */
export function classLegend(
  bounds: number[],
  first: number,
  value: (n: number) => string,
  none: string,
  range: (from: string, to: string) => string,
) {
  return [{ fill: MAP_EMPTY, label: none }].concat(
    bounds.map((bound, i) => ({
      fill: MAP_PALETTE[MAP_PALETTE.length - bounds.length + i],
      label: range(value(i === 0 ? first : bounds[i - 1] + 1), value(bound)),
    })),
  );
}
