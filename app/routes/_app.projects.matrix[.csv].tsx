// /projects/matrix.csv: the matrix as it is shown (same axes and filters), one line per cell, then the
// row totals, the column totals and the grand total (labelled "Total"), with counts and whole dollars.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { csvResponse } from "~/downloads.server";
import { MatrixQuery } from "~/domain/projects/filter-values";
import { cellKey, projectMatrix, type Figures } from "~/domain/projects/matrix.server";
import { workReference } from "~/domain/projects/reference-lists.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage, translator } from "~/i18n/i18n.server";
import { workLabels } from "~/ui/projects/work-labels";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, MatrixQuery);
  const language = await requestLanguage(args.request, user.locale);
  const [matrix, reference, t] = await Promise.all([projectMatrix(user, query), workReference(), translator(language)]);
  const labels = workLabels(reference, t, language);
  const total = String(t("projects.matrix.total"));
  const rowKeys = labels.orderKeys(matrix.rows, matrix.rowKeys);
  const colKeys = labels.orderKeys(matrix.cols, matrix.colKeys);
  const line = (row: string, col: string, f: Figures) => [row, col, f.projects, f.budgetUsd, f.gapUsd];
  const records: Array<Array<string | number>> = [];
  for (const row of rowKeys) {
    for (const col of colKeys) {
      const figures = matrix.cells[cellKey(row, col)];
      if (figures) records.push(line(labels.axisKey(matrix.rows, row), labels.axisKey(matrix.cols, col), figures));
    }
  }
  for (const row of rowKeys) records.push(line(labels.axisKey(matrix.rows, row), total, matrix.rowTotals[row]));
  for (const col of colKeys) records.push(line(total, labels.axisKey(matrix.cols, col), matrix.colTotals[col]));
  records.push(line(total, total, matrix.total));
  const header = [
    `${t("projects.csv.row")}: ${t(`projects.matrix.axes.${matrix.rows}`)}`,
    `${t("projects.csv.column")}: ${t(`projects.matrix.axes.${matrix.cols}`)}`,
    String(t("projects.csv.projects")),
    String(t("projects.csv.budget")),
    String(t("projects.csv.gap")),
  ];
  return csvResponse(`projects-matrix-${matrix.rows}-by-${matrix.cols}.csv`, header, records);
}
