// The summary matrix's table (the heatmap on the page): inner cells shaded in classes of the largest cell (totals stay
// plain) with their figures printed, each cell a link to the list of its projects with the same filters. Drawn from
// the matrix and the reader's language only, so the page keeps its markup (app/ui/kept-markup.tsx): plain links,
// which the kept markup's frame follows in the page.
import { useTranslation } from "react-i18next";
import { cellKey, hrefWith, narrowSelection } from "~/domain/projects/filter-values";
import type { LabelReference } from "~/domain/projects/labels";
import { classBounds, classOf } from "~/domain/projects/map-values";
import type { matrixPage } from "~/domain/projects/matrix.server";
import { formatterFor } from "~/ui/format";
import { useWorkLabels } from "./use-work";

type Matrix = Awaited<ReturnType<typeof matrixPage>>["matrix"];
type Figures = { projects: number; budgetUsd: number; gapUsd: number };
export type MatrixShade = "projects" | "budget";

const shadeOf = (figures: Figures | undefined, shade: MatrixShade) =>
  figures ? (shade === "projects" ? figures.projects : figures.budgetUsd) : 0;

/** The class bounds of the heatmap (and of its legend): from the largest inner cell. */
export const matrixBounds = (matrix: Matrix, shade: MatrixShade) =>
  classBounds(Math.max(0, ...Object.values(matrix.cells).map((figures) => shadeOf(figures, shade))));

/** A cell's link: its visible figures, then (for screen readers, visually hidden) the row and column it
 * counts, so that the link's name begins with what is seen and still makes sense out of the table. */
function Cell({ figures, href, context }: { figures: Figures | undefined; href: string; context: string }) {
  const { t, i18n } = useTranslation();
  // Figures only (no dates): the reader's language is enough.
  const format = formatterFor(i18n.language, "UTC");
  if (!figures) return <span className="muted">–</span>;
  return (
    <a href={href} className="matrix__cell">
      <strong>{t("projects.matrix.projects", { count: figures.projects })}</strong>{" "}
      <span className="small">
        {t("projects.matrix.money", { budget: format.usd(figures.budgetUsd, true), gap: format.usd(figures.gapUsd, true) })}
      </span>{" "}
      <span className="visually-hidden">{context}</span>
    </a>
  );
}

export function MatrixTable({ matrix, reference, shade }: { matrix: Matrix; reference: LabelReference; shade: MatrixShade }) {
  const { t } = useTranslation();
  const bounds = matrixBounds(matrix, shade);
  const cellClass = (figures: Figures | undefined) => {
    const level = classOf(shadeOf(figures, shade), bounds);
    return level === null ? undefined : `matrix__shaded shade-${level}`;
  };
  const labels = useWorkLabels(reference);
  const rowKeys = labels.orderKeys(matrix.rows, matrix.rowKeys);
  const colKeys = labels.orderKeys(matrix.cols, matrix.colKeys);
  const rowName = (key: string) => labels.axisKey(matrix.rows, key);
  const colName = (key: string) => labels.axisKey(matrix.cols, key);
  const listHref = (keys: Record<string, string>) => hrefWith("/projects", narrowSelection(matrix.selection, keys));
  return (
    <table className="matrix">
      <caption className="visually-hidden">
        {t("projects.matrix.caption", {
          rows: t(`projects.matrix.axes.${matrix.rows}`),
          cols: t(`projects.matrix.axes.${matrix.cols}`),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            {t(`projects.matrix.axes.${matrix.rows}`)} \ {t(`projects.matrix.axes.${matrix.cols}`)}
          </th>
          {colKeys.map((col) => (
            <th scope="col" key={col}>
              {colName(col)}
            </th>
          ))}
          <th scope="col">{t("projects.matrix.total")}</th>
        </tr>
      </thead>
      <tbody>
        {rowKeys.map((row) => (
          <tr key={row}>
            <th scope="row">{rowName(row)}</th>
            {colKeys.map((col) => {
              const figures = matrix.cells[cellKey(row, col)];
              return (
                <td key={col} className={cellClass(figures)}>
                  <Cell
                    figures={figures}
                    href={listHref({ [matrix.rows]: row, [matrix.cols]: col })}
                    context={t("projects.matrix.cellContext", { row: rowName(row), col: colName(col) })}
                  />
                </td>
              );
            })}
            <td className="matrix__total">
              <Cell
                figures={matrix.rowTotals[row]}
                href={listHref({ [matrix.rows]: row })}
                context={t("projects.matrix.totalContext", { name: rowName(row) })}
              />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("projects.matrix.total")}</th>
          {colKeys.map((col) => (
            <td key={col} className="matrix__total">
              <Cell
                figures={matrix.colTotals[col]}
                href={listHref({ [matrix.cols]: col })}
                context={t("projects.matrix.totalContext", { name: colName(col) })}
              />
            </td>
          ))}
          <td className="matrix__total">
            <Cell figures={matrix.total} href={listHref({})} context={t("projects.matrix.grandTotalContext")} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
