// The summary matrix as a heatmap picture to share (/projects/matrix.svg): the page's cells, shaded by the number
// of projects or their budget in the page's classes, each with its figure, named with its row, column and figures.
import { useTranslation } from "react-i18next";
import { cellKey, hrefWith, narrowSelection } from "~/domain/projects/filter-values";
import type { LabelReference } from "~/domain/projects/labels";
import { classBounds, classOf, MAP_EMPTY, MAP_PALETTE } from "~/domain/projects/map-values";
import type { matrixPage } from "~/domain/projects/matrix.server";
import { HeatmapSvg } from "~/ui/charts/heatmap";
import { formatterFor } from "~/ui/format";
import { useWorkLabels } from "./use-work";

type Matrix = Awaited<ReturnType<typeof matrixPage>>["matrix"];
type Figures = { projects: number; budgetUsd: number; gapUsd: number };

export function MatrixHeatmapSvg({
  matrix,
  reference,
  shade,
}: {
  matrix: Matrix;
  reference: LabelReference;
  shade: "projects" | "budget";
}) {
  const { t, i18n } = useTranslation();
  const labels = useWorkLabels(reference);
  const format = formatterFor(i18n.language, "UTC");
  const measure = (figures: Figures) => (shade === "projects" ? figures.projects : figures.budgetUsd);
  const bounds = classBounds(Math.max(0, ...Object.values(matrix.cells).map((f) => (f ? measure(f) : 0))));
  const value = (n: number) => (shade === "projects" ? format.number(n) : format.usd(n, true));
  const rows = labels.orderKeys(matrix.rows, matrix.rowKeys).map((key) => ({ key, label: labels.axisKey(matrix.rows, key) }));
  const cols = labels.orderKeys(matrix.cols, matrix.colKeys).map((key) => ({ key, label: labels.axisKey(matrix.cols, key) }));
  const legend = [{ fill: MAP_EMPTY, label: t("charts.legendNone") }].concat(
    bounds.map((bound, i) => ({
      fill: MAP_PALETTE[MAP_PALETTE.length - bounds.length + i],
      label: t("charts.legendRange", { from: value(i === 0 ? (shade === "projects" ? 1 : 0) : bounds[i - 1] + 1), to: value(bound) }),
    })),
  );
  const rowLabel = new Map(rows.map((r) => [r.key, r.label]));
  const colLabel = new Map(cols.map((c) => [c.key, c.label]));
  return (
    <HeatmapSvg
      title={`${t("projects.matrix.title")}: ${t(`projects.matrix.axes.${matrix.rows}`)} \\ ${t(`projects.matrix.axes.${matrix.cols}`)} (${t(`charts.measure.${shade}`)})`}
      rows={rows}
      cols={cols}
      legend={legend}
      rtl={i18n.dir(i18n.language) === "rtl"}
      cell={(row, col) => {
        const figures = matrix.cells[cellKey(row, col)] as Figures | undefined;
        if (!figures) return null;
        return {
          level: classOf(measure(figures), bounds),
          figure: value(measure(figures)),
          // As the page's cell link is named: its figures, then the row and column it counts.
          name: [
            t("projects.matrix.projects", { count: figures.projects }),
            t("projects.matrix.money", { budget: format.usd(figures.budgetUsd, true), gap: format.usd(figures.gapUsd, true) }),
            t("projects.matrix.cellContext", { row: rowLabel.get(row), col: colLabel.get(col) }),
          ].join(" "),
          href: hrefWith("/projects", narrowSelection(matrix.selection, { [matrix.rows]: row, [matrix.cols]: col })),
        };
      }}
    />
  );
}
