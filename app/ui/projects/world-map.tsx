// The world map of projects under way: server-rendered SVG, each Member State a link to its country view with its
// figures as its accessible name and tooltip, shaded in five classes of a colour-blind-safe palette, with a legend
// and a switch of what it shows. Geography does not mirror in right-to-left languages; the legend does.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MAP_EMPTY, MAP_MEASURES, MAP_NO_DATA, MAP_PALETTE, type MapMeasure } from "~/domain/projects/map-values";
import { ChartLegend } from "./chart-legend";
import { ChartDownloads } from "~/ui/charts/downloads";
import { formatterFor } from "~/ui/format";
import { localName, type LocalizedNames } from "~/names";

type MapCountry = {
  iso3: string | null;
  names: LocalizedNames | null;
  d: string;
  projects: number;
  budget: number;
  gap: number;
  level: number | null;
};
type WorldMapData = { measure: MapMeasure; width: number; height: number; bounds: number[]; countries: MapCountry[] };

export function WorldMap({ map }: { map: WorldMapData }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="map-heading" className="world-map">
      <h2 id="map-heading">{t("charts.mapTitle")}</h2>
      <nav aria-label={t("charts.shadeBy")} className="chart-switch">
        <span>{t("charts.shadeBy")}:</span>
        <ul className="tabs">
          {MAP_MEASURES.map((measure) => (
            <li key={measure}>
              <Link to={`?measure=${measure}`} aria-current={measure === map.measure ? "true" : undefined} preventScrollReset>
                {t(`charts.measure.${measure}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <WorldMapPicture map={map} />
      <ChartDownloads
        chart={t("charts.mapTitle")}
        svgHref={`/projects/countries/map.svg?measure=${map.measure}`}
        fileName={`world-map-${map.measure}`}
      />
    </section>
  );
}

/** The map itself and its legend (no router needed: the countries are plain links, which work without JavaScript). */
export function WorldMapPicture({ map }: { map: WorldMapData }) {
  const { t, i18n } = useTranslation();
  // Figures only (no dates): the reader's language is enough.
  const format = formatterFor(i18n.language, "UTC");
  const value = (measure: MapMeasure, amount: number) => (measure === "projects" ? format.number(amount) : format.usd(amount, true));
  return (
    <>
      <div dir="ltr" className="world-map__frame">
        <WorldMapSvg map={map} />
      </div>
      <ChartLegend
        label={t("charts.legend", { measure: t(`charts.measure.${map.measure}`) })}
        bounds={map.bounds}
        first={map.measure === "projects" ? 1 : 0}
        value={(n) => value(map.measure, n)}
      />
    </>
  );
}

/**
 * The map's SVG. `standalone`: the file a reader downloads (/projects/countries/map.svg), with its namespace, size,
 * stroke style and legend inside, since no page's stylesheet comes with it.
 */
export function WorldMapSvg({ map, standalone = false }: { map: WorldMapData; standalone?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = formatterFor(i18n.language, "UTC");
  const value = (amount: number) => (map.measure === "projects" ? format.number(amount) : format.usd(amount, true));
  const describe = (c: MapCountry) =>
    t("charts.countryFigures", {
      country: localName(c.names!, i18n.language),
      projects: format.number(c.projects),
      budget: format.usd(c.budget, true),
      gap: format.usd(c.gap, true),
    });
  const legendY = map.height + 16;
  const title = t("charts.mapSvgTitle", { measure: t(`charts.measure.${map.measure}`) });
  return (
    <svg
      viewBox={`0 0 ${map.width} ${standalone ? map.height + 48 : map.height}`}
      aria-labelledby="map-svg-title"
      role="group"
      {...(standalone
        ? { xmlns: "http://www.w3.org/2000/svg", width: map.width, height: map.height + 48, stroke: "#ffffff", strokeWidth: 0.5 }
        : {})}
    >
      <title id="map-svg-title">{title}</title>
      {map.countries.map((c, i) =>
        c.iso3 && c.names ? (
          <a key={c.iso3} href={`/projects/countries/${c.iso3}`} aria-label={describe(c)}>
            <title>{describe(c)}</title>
            <path d={c.d} fill={c.level === null ? MAP_EMPTY : MAP_PALETTE[c.level]} />
          </a>
        ) : (
          <path key={`shape-${i}`} d={c.d} fill={MAP_NO_DATA} aria-hidden="true" />
        ),
      )}
      {standalone
        ? [{ fill: MAP_EMPTY, label: t("charts.legendNone") }]
            .concat(
              map.bounds.map((bound, i) => ({
                fill: MAP_PALETTE[MAP_PALETTE.length - map.bounds.length + i],
                label: t("charts.legendRange", {
                  from: value(i === 0 ? (map.measure === "projects" ? 1 : 0) : map.bounds[i - 1] + 1),
                  to: value(bound),
                }),
              })),
            )
            .map((entry, i) => (
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
