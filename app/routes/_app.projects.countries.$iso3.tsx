// The country view: everything under way in one Member State.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { iso3Param, requireUser } from "~/auth/guards.server";
import { canManageThematicAreas } from "~/auth/policy";

import { hrefWith } from "~/domain/projects/filter-values";

import { pageField } from "~/fields";

import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { titleFor } from "~/i18n/meta";
import { Pagination } from "~/ui/pagination";
import { ActivityTable } from "~/ui/activities/activity-table";
import { ProjectTable, ProjectTotalsLine } from "~/ui/projects/project-table";
import { ProjectTabs } from "~/ui/projects/work-tabs";
import { useWorkLabels } from "~/ui/projects/use-work";
import { countryPage } from "~/domain/projects/countries.server";
import { localName } from "~/names";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";
import { drawingFor } from "~/drawn-in-document.server";
import { KeptDrawing } from "~/ui/kept-markup";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  titleFor(matches, "projects.countriesView.heading", { country: data ? data.overview.country.name : "" });

const Query = z.object({ page: pageField });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const iso3 = iso3Param(args.params, "iso3");
  const { page } = parseSearchParams(args.request.url, Query);
  const { overview, reference } = await countryPage(user, iso3, page, await requestLanguage(args.request, user.locale));
  const { rows, activities, ...rest } = overview;
  return {
    overview: { ...rest, shownProjects: rows.length, shownActivities: activities.length },
    // Each table's markup depends on the reference lists that label it too: their handle is part of its key.
    projectTable: drawingFor(args.context, { rows, reference }),
    activityTable: drawingFor(args.context, { rows: activities, reference }),
    reference,
    canManageThematicAreas: canManageThematicAreas(user),
  };
}

// The reference lists come to the browser apart from the page's data, kept by the tab (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function CountryView() {
  const { t, i18n } = useTranslation();
  const { overview, projectTable, activityTable, reference: referenceHandle, canManageThematicAreas } = useLoaderData<typeof loader>();
  const reference = useReferenceLists(referenceHandle);
  const labels = useWorkLabels(reference);
  const o = overview;
  const name = localName(o.country, i18n.language);
  const regionKey = o.country.region ?? "GLOBAL";
  return (
    <>
      <ProjectTabs canManageThematicAreas={canManageThematicAreas} />
      <h1>{t("projects.countriesView.heading", { country: name })}</h1>
      <ReferenceListsLink handle={referenceHandle} />
      <h2>{t("projects.countriesView.projectsHeading", { country: name })}</h2>
      <ProjectTotalsLine totals={o.totals} />
      {o.shownProjects === 0 ? (
        <p>{t("projects.countriesView.noProjects")}</p>
      ) : (
        <KeptDrawing name="projects" drawing={projectTable} draw={(kept) => <ProjectTable rows={kept.rows} labels={labels} />} />
      )}
      <Pagination total={o.totals.projects} page={o.page} pageSize={o.pageSize} />
      <p className="button-row">
        <Link to={hrefWith("/projects/matrix", o.selection)}>{t("projects.viewInMatrix")}</Link>
      </p>
      <h3>{t("projects.countriesView.alsoReaching", { country: name })}</h3>
      <ul>
        {o.country.region ? (
          <li>
            <Link to={hrefWith("/projects", o.regionalSelection)}>
              {t("projects.countriesView.regional", { count: o.regionalTotals.projects, region: labels.region(regionKey) })}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={hrefWith("/projects", { region: "GLOBAL", status: "UNDER_WAY" })}>
            {t("projects.countriesView.globalProjects", { count: o.globalTotals.projects })}
          </Link>
        </li>
      </ul>
      <h2>{t("projects.countriesView.activitiesHeading", { country: name })}</h2>
      {o.shownActivities === 0 ? (
        <p>{t("projects.countriesView.noActivities")}</p>
      ) : (
        <KeptDrawing name="activities" drawing={activityTable} draw={(kept) => <ActivityTable rows={kept.rows} labels={labels} />} />
      )}
      {o.activityCount > o.shownActivities ? (
        <p>
          <Link to={`/activities?country=${o.country.iso3}`}>{t("projects.countriesView.allActivities")}</Link>
        </p>
      ) : null}
    </>
  );
}
