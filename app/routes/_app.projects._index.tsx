// The project list: filters in the URL, totals of the whole selection, pages of 25, CSV of everything.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requestLanguage } from "~/i18n/i18n.server";
import { requireUser } from "~/auth/guards.server";
import { canManageThematicAreas, canRecordWork } from "~/auth/policy";
import { hrefWith, PROJECT_SORTS, ProjectFilters, selectionQuery } from "~/domain/projects/filter-values";

import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { Form, SelectField } from "~/ui/form";
import { Pagination } from "~/ui/pagination";
import { ProjectFilterFields } from "~/ui/projects/project-filters";
import { ProjectTable, ProjectTotalsLine } from "~/ui/projects/project-table";
import { ProjectTabs } from "~/ui/projects/work-tabs";
import { useWorkLabels } from "~/ui/projects/use-work";
import { projectListPage } from "~/domain/projects/list.server";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";
import { drawingFor } from "~/drawn-in-document.server";
import { KeptDrawing } from "~/ui/kept-markup";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "projects.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, ProjectFilters);
  const { list, reference } = await projectListPage(user, filters, await requestLanguage(args.request, user.locale));
  const { rows, ...rest } = list;
  return {
    ...rest,
    shown: rows.length,
    // The table's markup depends on the reference lists that label it too: their handle is part of its key.
    table: drawingFor(args.context, { rows, reference }),
    sort: filters.sort,
    reference,
    canCreate: canRecordWork(user),
    canManageThematicAreas: canManageThematicAreas(user),
  };
}

// The reference lists come to the browser apart from the page's data, kept by the tab (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function Projects() {
  const { t } = useTranslation();
  const {
    shown,
    table,
    totals,
    selection,
    sort,
    page,
    pageSize,
    reference: referenceHandle,
    canCreate,
    canManageThematicAreas,
  } = useLoaderData<typeof loader>();
  const reference = useReferenceLists(referenceHandle);
  const labels = useWorkLabels(reference);
  const location = useLocation();
  const query = selectionQuery(selection);
  return (
    <>
      <h1>{t("projects.title")}</h1>
      <ReferenceListsLink handle={referenceHandle} />
      <p className="muted">{t("projects.intro")}</p>
      <ProjectTabs canManageThematicAreas={canManageThematicAreas} search={query} />
      {canCreate ? (
        <div className="button-row">
          <Link to="/projects/new" className="button">
            {t("projects.newProject")}
          </Link>
        </div>
      ) : null}
      <Form method="get" className="filters" role="search" key={location.search}>
        <ProjectFilterFields reference={reference} values={selection} />
        <SelectField
          name="sort"
          label={t("projects.sort")}
          options={PROJECT_SORTS.map((s) => ({ value: s, label: t(`projects.sorts.${s}`) }))}
          defaultValue={sort}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/projects">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      <ProjectTotalsLine totals={totals} />
      {shown === 0 ? (
        <p>{t("projects.noProjects")}</p>
      ) : (
        <KeptDrawing name="projects" drawing={table} draw={(kept) => <ProjectTable rows={kept.rows} labels={labels} />} />
      )}
      <Pagination total={totals.projects} page={page} pageSize={pageSize} />
      <p className="button-row">
        <a
          className="button button--quiet"
          href={hrefWith("/projects.csv", selection, { sort: sort === "code" ? undefined : sort })}
          download
        >
          {t("projects.exportCsv")}
        </a>
        <a
          className="button button--quiet"
          href={hrefWith("/projects.xlsx", selection, { sort: sort === "code" ? undefined : sort })}
          download
        >
          {t("charts.downloadXlsx")}
        </a>
        <Link to={hrefWith("/projects/matrix", selection)}>{t("projects.viewInMatrix")}</Link>
      </p>
    </>
  );
}
