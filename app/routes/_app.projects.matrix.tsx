// The summary matrix: the reader picks rows and columns among five dimensions; each cell links to the
// list of its projects, with the same filters.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { canManageThematicAreas } from "~/auth/policy";
import { AXES, cellKey, hrefWith, MatrixQuery, narrowSelection, selectionQuery } from "~/domain/projects/filter-values";

import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { useFormat } from "~/ui/format";
import { Form, SelectField } from "~/ui/form";
import { ProjectFilterFields } from "~/ui/projects/project-filters";
import { ProjectTabs } from "~/ui/projects/work-tabs";
import { useWorkLabels } from "~/ui/projects/use-work";
import { matrixPage } from "~/domain/projects/matrix.server";
import { classBounds, classOf } from "~/domain/projects/map-values";
import { ChartLegend } from "~/ui/projects/chart-legend";
import { ChartDownloads } from "~/ui/charts/downloads";
import { requestLanguage } from "~/i18n/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "projects.matrix.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, MatrixQuery);
  const { matrix, reference } = await matrixPage(user, query, await requestLanguage(args.request, user.locale));
  return { matrix, reference, shade: query.shade, canManageThematicAreas: canManageThematicAreas(user) };
}

type Figures = { projects: number; budgetUsd: number; gapUsd: number };

/** A cell's link: its visible figures, then (for screen readers, visually hidden) the row and column it
 * counts, so that the link's name begins with what is seen and still makes sense out of the table. */
function Cell({ figures, href, context }: { figures: Figures | undefined; href: string; context: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!figures) return <span className="muted">–</span>;
  return (
    <Link to={href} className="matrix__cell">
      <strong>{t("projects.matrix.projects", { count: figures.projects })}</strong>{" "}
      <span className="small">
        {t("projects.matrix.money", { budget: format.usd(figures.budgetUsd, true), gap: format.usd(figures.gapUsd, true) })}
      </span>{" "}
      <span className="visually-hidden">{context}</span>
    </Link>
  );
}

export default function ProjectMatrix() {
  const { t } = useTranslation();
  const { matrix, reference, shade, canManageThematicAreas } = useLoaderData<typeof loader>();
  const format = useFormat();
  // The heatmap: inner cells shaded in classes of the largest cell (totals stay plain); the figures stay printed.
  const shadeOf = (figures: Figures | undefined) => (figures ? (shade === "projects" ? figures.projects : figures.budgetUsd) : 0);
  const bounds = classBounds(Math.max(0, ...Object.values(matrix.cells).map(shadeOf)));
  const cellClass = (figures: Figures | undefined) => {
    const level = classOf(shadeOf(figures), bounds);
    return level === null ? undefined : `matrix__shaded shade-${level}`;
  };
  const labels = useWorkLabels(reference);
  const location = useLocation();
  const axisOptions = AXES.map((a) => ({ value: a, label: t(`projects.matrix.axes.${a}`) }));
  const rowKeys = labels.orderKeys(matrix.rows, matrix.rowKeys);
  const colKeys = labels.orderKeys(matrix.cols, matrix.colKeys);
  const rowName = (key: string) => labels.axisKey(matrix.rows, key);
  const colName = (key: string) => labels.axisKey(matrix.cols, key);
  const listHref = (keys: Record<string, string>) => hrefWith("/projects", narrowSelection(matrix.selection, keys));

  return (
    <>
      <h1>{t("projects.matrix.title")}</h1>
      <p className="muted">{t("projects.matrix.intro")}</p>
      <ProjectTabs canManageThematicAreas={canManageThematicAreas} search={selectionQuery(matrix.selection)} />
      <Form method="get" className="filters" role="search" key={location.search}>
        <SelectField name="rows" label={t("projects.matrix.rows")} options={axisOptions} defaultValue={matrix.rows} />
        <SelectField name="cols" label={t("projects.matrix.cols")} options={axisOptions} defaultValue={matrix.cols} />
        <ProjectFilterFields reference={reference} values={matrix.selection} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("projects.matrix.show")}
          </button>
          <Link to={`/projects/matrix?rows=${matrix.rows}&cols=${matrix.cols}`}>{t("common.clearFilters")}</Link>
        </div>
      </Form>
      {matrix.total.projects === 0 ? (
        <p>{t("projects.matrix.empty")}</p>
      ) : (
        <>
          <p className="small muted">{t("projects.matrix.howTotals")}</p>
          <nav aria-label={t("charts.shadeBy")} className="chart-switch">
            <span>{t("charts.shadeBy")}:</span>
            <ul className="tabs">
              {(["projects", "budget"] as const).map((measure) => (
                <li key={measure}>
                  <Link
                    to={hrefWith("/projects/matrix", matrix.selection, { rows: matrix.rows, cols: matrix.cols, shade: measure })}
                    aria-current={measure === shade ? "true" : undefined}
                    preventScrollReset
                  >
                    {t(`charts.measure.${measure}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <ChartLegend
            label={t("charts.legend", { measure: t(`charts.measure.${shade}`) })}
            bounds={bounds}
            first={shade === "projects" ? 1 : 0}
            value={(n) => (shade === "projects" ? format.number(n) : format.usd(n, true))}
          />
          <ChartDownloads
            chart={t("projects.matrix.title")}
            svgHref={hrefWith("/projects/matrix.svg", matrix.selection, { rows: matrix.rows, cols: matrix.cols, shade })}
            fileName={`projects-matrix-${matrix.rows}-by-${matrix.cols}`}
          />
          <div className="table-wrap">
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
          </div>
        </>
      )}
      <p className="button-row">
        <a
          className="button button--quiet"
          href={hrefWith("/projects/matrix.csv", matrix.selection, { rows: matrix.rows, cols: matrix.cols })}
          download
        >
          {t("projects.matrix.exportCsv")}
        </a>
        <a
          className="button button--quiet"
          href={hrefWith("/projects/matrix.xlsx", matrix.selection, { rows: matrix.rows, cols: matrix.cols })}
          download
        >
          {t("charts.downloadXlsx")}
        </a>
      </p>
    </>
  );
}
