// The access record, for the assessment body: who outside it and the secretariat read which recommendation, when.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { AccessRecordFilters } from "~/domain/recommendations/access-record.server";
import { recommendationArea } from "~/ui/recommendations/area";

import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { Form, SelectField } from "~/ui/form";
import { useFormat } from "~/ui/format";
import { organizationName } from "~/names";
import { Pagination } from "~/ui/pagination";
import { RecommendationTabs } from "~/ui/recommendations/tabs";
import { useWorkOptions } from "~/ui/projects/use-work";
import { accessRecordPage } from "~/domain/recommendations/access-record.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.accessRecord.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, AccessRecordFilters);
  const { record, reference } = await accessRecordPage(user, filters, await requestLanguage(args.request, user.locale));
  return { ...record, filters, reference, area: recommendationArea(user) };
}

// The reference lists come to the browser apart from the page's data, kept by the tab (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function AccessRecord() {
  const { t, i18n } = useTranslation();
  const { rows, total, page, pageSize, filters, reference: referenceHandle, area } = useLoaderData<typeof loader>();
  const reference = useReferenceLists(referenceHandle);
  const options = useWorkOptions(reference);
  const format = useFormat();
  const location = useLocation();
  return (
    <>
      <h1>{t("recommendations.accessRecord.title")}</h1>
      <ReferenceListsLink handle={referenceHandle} />
      <p className="muted">{t("recommendations.accessRecord.intro")}</p>
      <RecommendationTabs area={area} />
      <Form method="get" className="filters" role="search" key={location.search}>
        <SelectField
          name="state"
          label={t("recommendations.state")}
          options={options.countries}
          emptyOption={t("common.any")}
          defaultValue={filters.state}
        />
        <SelectField
          name="organization"
          label={t("recommendations.accessRecord.organization")}
          options={options.partners}
          emptyOption={t("common.any")}
          defaultValue={filters.organization}
        />
        {filters.recommendation ? <input type="hidden" name="recommendation" value={filters.recommendation} /> : null}
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/recommendations/access-record">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      <p role="status">{t("recommendations.accessRecord.total", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("recommendations.accessRecord.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="work-table">
            <thead>
              <tr>
                <th scope="col">{t("recommendations.accessRecord.when")}</th>
                <th scope="col">{t("recommendations.accessRecord.who")}</th>
                <th scope="col">{t("recommendations.accessRecord.organization")}</th>
                <th scope="col">{t("recommendations.accessRecord.which")}</th>
                <th scope="col">{t("recommendations.accessRecord.via")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <time dateTime={row.viewedAt}>{format.dateTime(row.viewedAt)}</time>
                  </td>
                  <td>{row.user ? <Link to={`/directory/${row.user.id}`}>{row.user.name}</Link> : "—"}</td>
                  <td>{organizationName(row.organization, i18n.language)}</td>
                  <td>
                    <Link to={`/recommendations/${row.recommendation.id}`}>
                      {row.recommendation.assessment.reference} · {t("recommendations.number", { number: row.recommendation.number })}
                    </Link>
                  </td>
                  <td>{t(`recommendations.accessRecord.readings.${row.via}`)}</td>
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
