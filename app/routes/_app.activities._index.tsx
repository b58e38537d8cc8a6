// The activity tracker: filters in the URL, pages of 25, overdue planned activities flagged.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { dayString, todayUtc } from "~/fields";
import { ActivityTimelineSection } from "~/ui/activities/activity-timeline";
import { useTranslation } from "react-i18next";
import { requestLanguage } from "~/i18n/i18n.server";
import { requireUser } from "~/auth/guards.server";
import { canReadActivitySummary, canRecordWork } from "~/auth/policy";
import { ACTIVITY_KINDS } from "~/domain/activities/fields";
import { ActivityFilters } from "~/domain/activities/list.server";

import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { CheckboxField, Field, Form, SelectField } from "~/ui/form";
import { Pagination } from "~/ui/pagination";
import { ActivityTable } from "~/ui/activities/activity-table";
import { useWorkLabels, useWorkOptions } from "~/ui/projects/use-work";
import { activityListPage } from "~/domain/activities/list.server";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "activities.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, ActivityFilters);
  const { list, reference } = await activityListPage(user, filters, await requestLanguage(args.request, user.locale));
  return {
    ...list,
    filters,
    reference,
    canCreate: canRecordWork(user),
    canSeeSummary: canReadActivitySummary(user),
    today: dayString(todayUtc()),
  };
}

// The reference lists come to the browser apart from the page's data, kept by the tab (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function Activities() {
  const { t } = useTranslation();
  const {
    rows,
    total,
    page,
    pageSize,
    filters,
    reference: referenceHandle,
    canCreate,
    canSeeSummary,
    today,
  } = useLoaderData<typeof loader>();
  const reference = useReferenceLists(referenceHandle);
  const labels = useWorkLabels(reference);
  const options = useWorkOptions(reference);
  const location = useLocation();
  const any = t("common.any");
  return (
    <>
      <h1>{t("activities.title")}</h1>
      <ReferenceListsLink handle={referenceHandle} />
      <p className="muted">{t("activities.intro")}</p>
      <div className="button-row">
        {canCreate ? (
          <Link to="/activities/new" className="button">
            {t("activities.newActivity")}
          </Link>
        ) : null}
        {canSeeSummary ? (
          <Link to="/activities/summary" className="button button--quiet">
            {t("activities.summaryLink")}
          </Link>
        ) : null}
      </div>
      <Form method="get" className="filters" role="search" key={location.search}>
        <Field name="q" type="search" label={t("common.search")} defaultValue={filters.q} />
        <SelectField
          name="country"
          label={t("projects.country")}
          options={options.countries}
          emptyOption={any}
          defaultValue={filters.country}
        />
        <SelectField
          name="region"
          label={t("projects.region")}
          options={options.regionsAndGlobal}
          emptyOption={any}
          defaultValue={filters.region}
        />
        <SelectField
          name="organization"
          label={t("activities.lead")}
          options={options.entities}
          emptyOption={any}
          defaultValue={filters.organization}
        />
        <SelectField
          name="pillar"
          label={t("activities.pillar")}
          options={options.pillarsShort}
          emptyOption={any}
          defaultValue={filters.pillar}
        />
        <SelectField
          name="thematic"
          label={t("activities.thematicArea")}
          options={options.allThematicAreas}
          emptyOption={any}
          defaultValue={filters.thematic}
        />
        <SelectField
          name="kind"
          label={t("activities.kind")}
          options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
          emptyOption={any}
          defaultValue={filters.kind}
        />
        <SelectField
          name="status"
          label={t("activities.status")}
          options={options.statuses}
          emptyOption={any}
          defaultValue={filters.status}
        />
        <SelectField
          name="group"
          label={t("activities.workingGroup")}
          options={options.groups}
          emptyOption={any}
          defaultValue={filters.group}
        />
        <Field name="project" label={t("activities.project")} defaultValue={filters.project} />
        <CheckboxField name="overdue" value="1" label={t("activities.onlyOverdue")} defaultChecked={filters.overdue === "1"} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/activities">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      {rows.length === 0 ? <p>{t("activities.noActivities")}</p> : <ActivityTable rows={rows} labels={labels} />}
      <Pagination total={total} page={page} pageSize={pageSize} />
      {rows.length ? (
        <>
          <h2>{t("charts.timelineOfPage")}</h2>
          <ActivityTimelineSection
            title={t("charts.timelineOfPage")}
            items={rows}
            today={today}
            svgHref={`/activities/timeline.svg${location.search}`}
            fileName="activities-timeline"
          />
        </>
      ) : null}
    </>
  );
}
