// The summary matrix: the reader picks rows and columns among five dimensions; each cell links to the
// list of its projects, with the same filters.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { canManageThematicAreas } from "~/auth/policy";
import { AXES, hrefWith, MatrixQuery, selectionQuery } from "~/domain/projects/filter-values";

import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { useFormat } from "~/ui/format";
import { Form, SelectField } from "~/ui/form";
import { ProjectFilterFields } from "~/ui/projects/project-filters";
import { ProjectTabs } from "~/ui/projects/work-tabs";
import { KeptDrawing } from "~/ui/kept-markup";
import { drawingFor } from "~/drawn-in-document.server";
import { MatrixTable, matrixBounds } from "~/ui/projects/matrix-table";
import { matrixPage } from "~/domain/projects/matrix.server";
import { ChartLegend } from "~/ui/projects/chart-legend";
import { ChartDownloads } from "~/ui/charts/downloads";
import { requestLanguage } from "~/i18n/i18n.server";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "projects.matrix.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, MatrixQuery);
  const { matrix, reference } = await matrixPage(user, query, await requestLanguage(args.request, user.locale));
  const { selection, rows, cols, total } = matrix;
  return {
    matrix: { selection, rows, cols, total },
    bounds: matrixBounds(matrix, query.shade),
    // The table is drawn into a page loaded in full, without its cells (app/drawn-in-document.server.ts).
    table: drawingFor(args.context, { matrix, referenceHandle: reference, shade: query.shade }),
    reference,
    shade: query.shade,
    canManageThematicAreas: canManageThematicAreas(user),
  };
}

// The reference lists come to the browser apart from the page's data, kept by the tab (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function ProjectMatrix() {
  const { t } = useTranslation();
  const { matrix, bounds, table, reference: referenceHandle, shade, canManageThematicAreas } = useLoaderData<typeof loader>();
  const reference = useReferenceLists(referenceHandle);
  const format = useFormat();
  const location = useLocation();
  const axisOptions = AXES.map((a) => ({ value: a, label: t(`projects.matrix.axes.${a}`) }));

  return (
    <>
      <h1>{t("projects.matrix.title")}</h1>
      <ReferenceListsLink handle={referenceHandle} />
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
          <KeptDrawing
            name="project-matrix"
            className="table-wrap"
            drawing={table}
            draw={(kept) => <MatrixTable matrix={kept.matrix} reference={reference} shade={kept.shade} />}
          />
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
