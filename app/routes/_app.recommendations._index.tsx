// The recommendation list: only what the reader may read, filters in the URL, pages of 25, CSV of the selection.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { recommendationArea } from "~/ui/recommendations/area";
import { RecommendationFilters, selectionHref } from "~/domain/recommendations/filters";

import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { Pagination } from "~/ui/pagination";
import { RecommendationFilterFields } from "~/ui/recommendations/filters";
import { RecommendationTable } from "~/ui/recommendations/table";
import { RecommendationTabs, RestrictedNotice } from "~/ui/recommendations/tabs";
import { useWorkLabels } from "~/ui/projects/use-work";
import { Form } from "~/ui/form";
import { recommendationListPage } from "~/domain/recommendations/list.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, RecommendationFilters);
  const { list, reference } = await recommendationListPage(user, filters, await requestLanguage(args.request, user.locale));
  return { ...list, reference, area: recommendationArea(user) };
}

// The reference lists come to the browser apart from the page's data, kept by the tab (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function Recommendations() {
  const { t } = useTranslation();
  const { rows, total, selection, page, pageSize, reference: referenceHandle, area } = useLoaderData<typeof loader>();
  const reference = useReferenceLists(referenceHandle);
  const labels = useWorkLabels(reference);
  const location = useLocation();
  const filtered = Object.keys(selection).length > 0;
  return (
    <>
      <h1>{t("recommendations.title")}</h1>
      <ReferenceListsLink handle={referenceHandle} />
      <p className="muted">{t("recommendations.intro")}</p>
      <RecommendationTabs area={area} />
      <RestrictedNotice />
      <Form method="get" className="filters" role="search" key={location.search}>
        <RecommendationFilterFields reference={reference} values={selection} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/recommendations">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      <p role="status">{t("recommendations.total", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t(filtered ? "recommendations.noRecommendations" : "recommendations.noneVisible")}</p>
      ) : (
        <RecommendationTable rows={rows} labels={labels} />
      )}
      <Pagination total={total} page={page} pageSize={pageSize} />
      {total > 0 ? (
        <p className="button-row">
          <a className="button button--quiet" href={selectionHref("/recommendations.csv", selection)} download>
            {t("recommendations.exportCsv")}
          </a>
          <a className="button button--quiet" href={selectionHref("/recommendations.xlsx", selection)} download>
            {t("charts.downloadXlsx")}
          </a>
        </p>
      ) : null}
    </>
  );
}
