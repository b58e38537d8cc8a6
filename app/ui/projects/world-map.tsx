// The world map of projects under way: server-rendered SVG, each Member State a link to its country view with its
// figures as its accessible name and tooltip, shaded in five classes of a colour-blind-safe palette, with a legend
// and a switch of what it shows. Geography does not mirror in right-to-left languages; the legend does.
import { Link } from "~/ui/link";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { MAP_MEASURES, type MapMeasure } from "~/domain/projects/map-values";
import { ChoroplethSvg, classLegend } from "~/ui/charts/choropleth";
import { ChartLegend } from "./chart-legend";
import { ChartDownloads } from "~/ui/charts/downloads";
import { formatterFor } from "~/ui/format";
import { shapePath } from "~/domain/projects/world-shapes";
import { KeptDrawing, type Drawing } from "~/ui/kept-markup";

type MapCountry = {
  iso3: string | null;
  /** A Member State's name in the reader's language; null for the shapes drawn for the picture only. */
  name: string | null;
  projects: number;
  budget: number;
  gap: number;
  level: number | null;
};
type WorldMapData = { measure: MapMeasure; width: number; height: number; bounds: number[]; countries: MapCountry[] };

/** The map as a page's data carries it: what its switch and legend need, and its drawing (app/drawn-in-document.server.ts). */
export type WorldMapOnPage = { measure: MapMeasure; bounds: number[]; drawing: Drawing<WorldMapData> };

export function WorldMap({ map }: { map: WorldMapOnPage }) {
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
export function WorldMapPicture({ map }: { map: WorldMapOnPage }) {
  const { t, i18n } = useTranslation();
  // Figures only (no dates): the reader's language is enough.
  const format = formatterFor(i18n.language, "UTC");
  const value = (measure: MapMeasure, amount: number) => (measure === "projects" ? format.number(amount) : format.usd(amount, true));
  return (
    <>
      <MapFrame name="world-map" drawing={map.drawing} draw={(kept) => <WorldMapSvg map={kept} />} />
      <ChartLegend
        label={t("charts.legend", { measure: t(`charts.measure.${map.measure}`) })}
        bounds={map.bounds}
        first={map.measure === "projects" ? 1 : 0}
        value={(n) => value(map.measure, n)}
      />
    </>
  );
}

/** A map's frame: its drawing, kept (left to right in every language: geography does not mirror). */
export function MapFrame<Data>({ name, drawing, draw }: { name: string; drawing: Drawing<Data>; draw: (data: Data) => ReactElement }) {
  return <KeptDrawing name={name} dir="ltr" className="world-map__frame" drawing={drawing} draw={draw} />;
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
      country: c.name!,
      projects: format.number(c.projects),
      budget: format.usd(c.budget, true),
      gap: format.usd(c.gap, true),
    });
  return (
    <ChoroplethSvg
      title={t("charts.mapSvgTitle", { measure: t(`charts.measure.${map.measure}`) })}
      width={map.width}
      height={map.height}
      standalone={standalone}
      shapes={map.countries.map((c, i) => ({
        key: c.iso3 ?? `shape-${i}`,
        d: shapePath(i),
        level: c.level,
        link: c.iso3 && c.name ? { href: `/projects/countries/${c.iso3}`, name: describe(c) } : null,
      }))}
      legend={classLegend(map.bounds, map.measure === "projects" ? 1 : 0, value, t("charts.legendNone"), (from, to) =>
        t("charts.legendRange", { from, to }),
      )}
    />
  );
}
