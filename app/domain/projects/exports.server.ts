// The project area's CSV exports (the list and the matrix), in the reader's language: the same labels as the
// pages (labels.ts), the same selection as the list (filter-sql.server.ts).
import type { ActingUser } from "~/auth/guards.server";
import type { TFunction } from "i18next";
import type { Language } from "~/i18n/config";
import { translator } from "~/i18n/i18n.server";
import type { MatrixQuery, ProjectFilters } from "./filter-values";
import { filterLine, type FilterDescriptions } from "../export-filters";
import { UNDER_WAY } from "./filter-values";
import { workLabels } from "./labels";
import { exportProjects } from "./list.server";
import { cellKey, projectMatrix, type Figures } from "./matrix.server";
import { workReference } from "./reference-lists.server";

/** How the project filters read in an export's first row (the labels of the filter form). */
function projectFilterLine(selection: Record<string, unknown>, labels: ReturnType<typeof workLabels>, t: TFunction) {
  const describe: FilterDescriptions = {
    q: ["projects.search", (v) => `“${v}”`],
    country: ["projects.country", labels.country],
    region: ["projects.region", labels.region],
    thematic: ["projects.thematicArea", labels.thematic],
    partner: ["projects.partnerFilter", labels.organization],
    organization: ["projects.lead", labels.organization],
    pillar: ["projects.pillar", labels.pillar],
    group: ["projects.workingGroup", labels.group],
    status: ["projects.status", (v) => String(v === UNDER_WAY ? t("projects.underWay") : t(`projects.statuses.${v}` as never))],
    funding: ["projects.fundingStatus", (v) => String(t(`projects.fundingStatuses.${v}` as never))],
    appeal: ["projects.appeal", (v) => String(t(v === "yes" ? "common.yes" : "common.no"))],
  };
  return filterLine(t, selection, describe);
}

/** The project list as a CSV file in the reader's language: every project of the filtered selection. */
export async function projectsCsv(actor: ActingUser, filters: ProjectFilters, language: Language) {
  const [rows, reference, t] = await Promise.all([exportProjects(actor, filters, language), workReference(), translator(language)]);
  const labels = workLabels(reference, t, language);
  const yesNo = (value: boolean) => String(t(value ? "common.yes" : "common.no"));
  const header = [
    "code",
    "title",
    "lead",
    "partners",
    "pillars",
    "thematicAreas",
    "countries",
    "regions",
    "global",
    "start",
    "end",
    "budget",
    "secured",
    "gap",
    "fundingStatus",
    "inAppeal",
    "workingGroup",
    "status",
  ].map((key) => String(t(`projects.csv.${key}` as never)));
  const records = rows.map((p) => [
    p.code,
    p.title,
    labels.organization(p.leadOrganizationId),
    p.partnerIds.map(labels.organization).join("; "),
    p.pillars.join("; "),
    p.thematicAreas.map(labels.thematic).join("; "),
    p.countries.map(labels.country).join("; "),
    p.regions.map(labels.region).join("; "),
    yesNo(p.isGlobal),
    p.startDate,
    p.endDate,
    p.budgetUsd,
    p.fundsSecuredUsd,
    p.gapUsd,
    String(t(`projects.fundingStatuses.${p.fundingStatus}`)),
    yesNo(p.inCurrentAppeal),
    p.group === null ? "" : labels.group(p.group),
    String(t(`projects.statuses.${p.status}`)),
  ]);
  return {
    fileName: "projects",
    sheet: String(t("projects.title")),
    header,
    rows: records,
    filters: projectFilterLine(filters, labels, t),
  };
}

/** The matrix as a CSV file in the reader's language: each cell, then the row, column and grand totals. */
export async function matrixCsv(actor: ActingUser, query: MatrixQuery, language: Language) {
  const [matrix, reference, t] = await Promise.all([projectMatrix(actor, query), workReference(), translator(language)]);
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
  return {
    fileName: `projects-matrix-${matrix.rows}-by-${matrix.cols}`,
    sheet: String(t("projects.matrix.title")),
    header,
    rows: records,
    filters: projectFilterLine(query, labels, t),
  };
}
