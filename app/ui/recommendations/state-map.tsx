// The dashboard's map: Member States shaded by the unresolved recommendations addressed to them that the reader may
// read, each a link to the list of those recommendations, with a legend and the map as a file to share.
import { useTranslation } from "react-i18next";
import { selectionHref, UNRESOLVED } from "~/domain/recommendations/filters";
import { ChartDownloads } from "~/ui/charts/downloads";
import { ChoroplethSvg, classLegend } from "~/ui/charts/choropleth";
import { formatterFor } from "~/ui/format";
import { ChartLegend } from "~/ui/projects/chart-legend";
import { shapePath } from "~/domain/projects/world-shapes";
import { type Drawing } from "~/ui/kept-markup";
import { MapFrame } from "~/ui/projects/world-map";

type StateMap = {
  width: number;
  height: number;
  bounds: number[];
  /** Each shape of the map in its order; a Member State with its name in the reader's language. */
  countries: Array<{ iso3: string | null; name: string | null; count: number; level: number | null }>;
};

/** The map as a page's data carries it: what its legend needs, and its drawing (app/drawn-in-document.server.ts). */
export type StateMapOnPage = { bounds: number[]; drawing: Drawing<StateMap> };

export const stateListHref = (iso3: string) => selectionHref("/recommendations", { state: iso3, status: UNRESOLVED });

export function RecommendationMapSvg({ map, standalone = false }: { map: StateMap; standalone?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = formatterFor(i18n.language, "UTC");
  return (
    <ChoroplethSvg
      title={t("charts.stateMapSvgTitle")}
      width={map.width}
      height={map.height}
      standalone={standalone}
      shapes={map.countries.map((c, i) => ({
        key: c.iso3 ?? `shape-${i}`,
        d: shapePath(i),
        level: c.level,
        link:
          c.iso3 && c.name
            ? { href: stateListHref(c.iso3), name: t("charts.stateFigures", { country: c.name, figure: format.number(c.count) }) }
            : null,
      }))}
      legend={classLegend(map.bounds, 1, format.number, t("charts.legendNone"), (from, to) => t("charts.legendRange", { from, to }))}
    />
  );
}

export function RecommendationMap({ map }: { map: StateMapOnPage }) {
  const { t, i18n } = useTranslation();
  const format = formatterFor(i18n.language, "UTC");
  return (
    <section aria-labelledby="state-map-heading" className="world-map">
      <h2 id="state-map-heading">{t("charts.stateMapTitle")}</h2>
      <MapFrame name="state-map" drawing={map.drawing} draw={(kept) => <RecommendationMapSvg map={kept} />} />
      <ChartLegend label={t("charts.stateMapLegend")} bounds={map.bounds} first={1} value={format.number} />
      <ChartDownloads
        chart={t("charts.stateMapTitle")}
        svgHref="/recommendations/dashboard/map.svg"
        fileName="unresolved-recommendations-map"
      />
    </section>
  );
}
