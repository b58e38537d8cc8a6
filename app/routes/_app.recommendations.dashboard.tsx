// The secretariat's dashboard: unresolved high-priority recommendations without any response, by region
// of the assessed State (rows) and thematic area (columns); each count links to its rows in the list.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { recommendationArea } from "~/ui/recommendations/area";
import { selectionHref } from "~/domain/recommendations/filters";
import { titleFor } from "~/i18n/meta";
import { RecommendationTabs } from "~/ui/recommendations/tabs";
import { dashboardPage } from "~/domain/recommendations/dashboard.server";
import { FollowUpChart } from "~/ui/recommendations/follow-up-chart";
import { DashboardMatrix } from "~/ui/recommendations/dashboard-matrix";
import { requestLanguage } from "~/i18n/i18n.server";
import { drawingFor } from "~/drawn-in-document.server";
import { KeptDrawing } from "~/ui/kept-markup";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.dashboard.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { dashboard, followUp, reference } = await dashboardPage(user, await requestLanguage(args.request, user.locale));
  const { cells, total, selection } = dashboard;
  // The matrix and the charts are drawn into a page loaded in full, without their figures (app/drawn-in-document.server.ts).
  return {
    total,
    selection,
    matrix: drawingFor(args.context, { cells, selection, referenceHandle: reference }),
    followUp: {
      region: drawingFor(args.context, { counts: followUp.byRegion, referenceHandle: reference }),
      thematic: drawingFor(args.context, { counts: followUp.byThematic, referenceHandle: reference }),
    },
    hasFollowUp: { region: followUp.byRegion.length > 0, thematic: followUp.byThematic.length > 0 },
    reference,
    area: recommendationArea(user),
  };
}

// The reference lists come to the browser apart from the page's data, kept by the tab (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function Dashboard() {
  const { t } = useTranslation();
  const { total, selection, matrix, followUp, hasFollowUp, reference: referenceHandle, area } = useLoaderData<typeof loader>();
  const reference = useReferenceLists(referenceHandle);
  return (
    <>
      <h1>{t("recommendations.dashboard.title")}</h1>
      <ReferenceListsLink handle={referenceHandle} />
      <p className="muted">{t("recommendations.dashboard.intro")}</p>
      <RecommendationTabs area={area} />
      {total === 0 ? (
        <p>{t("recommendations.dashboard.empty")}</p>
      ) : (
        <>
          <p role="status">
            {t("recommendations.dashboard.total", { count: total })}{" "}
            <Link to={selectionHref("/recommendations", selection)}>{t("recommendations.dashboard.seeAll")}</Link>
          </p>
          <KeptDrawing
            name="recommendation-dashboard"
            className="table-wrap"
            drawing={matrix}
            draw={(kept) => <DashboardMatrix cells={kept.cells} selection={kept.selection} reference={reference} />}
          />
        </>
      )}
      {(["region", "thematic"] as const).map((by) => (
        <FollowUpChart key={by} by={by} drawing={followUp[by]} hasFigures={hasFollowUp[by]} reference={reference} />
      ))}
    </>
  );
}
