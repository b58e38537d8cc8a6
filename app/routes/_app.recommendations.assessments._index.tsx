// Every assessment, newest first, for the assessment body and SECRETARIAT (who author them).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { recommendationArea } from "~/ui/recommendations/area";
import { AssessmentListFilters } from "~/domain/recommendations/assessments.server";

import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { Form, SelectField } from "~/ui/form";
import { useFormat } from "~/ui/format";
import { Pagination } from "~/ui/pagination";
import { RecommendationTabs } from "~/ui/recommendations/tabs";
import { useWorkLabels, useWorkOptions } from "~/ui/projects/use-work";
import { assessmentListPage } from "~/domain/recommendations/assessments.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.assessments.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, AssessmentListFilters);
  const { list, reference } = await assessmentListPage(user, filters, await requestLanguage(args.request, user.locale));
  return { ...list, state: filters.state ?? "", reference, area: recommendationArea(user) };
}

// The reference lists come to the browser apart from the page's data, kept by the tab (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function Assessments() {
  const { t } = useTranslation();
  const { rows, total, page, pageSize, state, reference: referenceHandle, area } = useLoaderData<typeof loader>();
  const reference = useReferenceLists(referenceHandle);
  const labels = useWorkLabels(reference);
  const options = useWorkOptions(reference);
  const format = useFormat();
  const location = useLocation();
  return (
    <>
      <h1>{t("recommendations.assessments.title")}</h1>
      <ReferenceListsLink handle={referenceHandle} />
      <RecommendationTabs area={area} />
      <div className="button-row">
        <Link to="/recommendations/assessments/new" className="button">
          {t("recommendations.assessments.newAssessment")}
        </Link>
      </div>
      <Form method="get" className="filters" role="search" key={location.search}>
        <SelectField
          name="state"
          label={t("recommendations.state")}
          options={options.countries}
          emptyOption={t("common.any")}
          defaultValue={state}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/recommendations/assessments">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      {rows.length === 0 ? (
        <p>{t("recommendations.assessments.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="work-table">
            <thead>
              <tr>
                <th scope="col">{t("recommendations.assessments.reference")}</th>
                <th scope="col">{t("recommendations.state")}</th>
                <th scope="col">{t("recommendations.assessments.kind")}</th>
                <th scope="col">{t("recommendations.assessments.dates")}</th>
                <th scope="col">{t("recommendations.consent.label")}</th>
                <th scope="col">{t("recommendations.assessments.recommendations")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/recommendations/assessments/${a.id}`}>{a.reference}</Link>
                  </td>
                  <td>{a.state.iso3 ? labels.country(a.state.iso3) : a.state.name}</td>
                  <td>{t(`recommendations.kinds.${a.kind}`)}</td>
                  <td>{format.day(a.startDate)}</td>
                  <td>{t(`recommendations.consent.${a.consentScope}`)}</td>
                  <td>{format.number(a._count.recommendations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination total={total} page={page} pageSize={pageSize} />
    </>
  );
}
