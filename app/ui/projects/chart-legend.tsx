// The legend of a shaded chart (world map, matrix heatmap): "none", then each class's range with its colour.
import { useTranslation } from "react-i18next";
import { MAP_PALETTE } from "~/domain/projects/map-values";

export function ChartLegend({
  label,
  bounds,
  first,
  value,
}: {
  label: string;
  bounds: number[];
  first: number;
  value: (n: number) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="legend" role="list" aria-label={label}>
      <span role="listitem" className="legend__item">
        <span className="legend__swatch shade-empty" aria-hidden="true" />
        {t("charts.legendNone")}
      </span>
      {bounds.map((bound, i) => (
        <span role="listitem" className="legend__item" key={bound}>
          <span className={`legend__swatch shade-${MAP_PALETTE.length - bounds.length + i}`} aria-hidden="true" />
          {t("charts.legendRange", { from: value(i === 0 ? first : bounds[i - 1] + 1), to: value(bound) })}
        </span>
      ))}
    </div>
  );
}
