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
import { useFormat } from "~/ui/format";
import { RecommendationTabs } from "~/ui/recommendations/tabs";
import { useWorkLabels } from "~/ui/projects/use-work";
import { dashboardPage } from "~/domain/recommendations/dashboard.server";
import { FollowUpChart } from "~/ui/recommendations/follow-up-chart";
import { requestLanguage } from "~/i18n/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.dashboard.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { dashboard, followUp, reference } = await dashboardPage(user, await requestLanguage(args.request, user.locale));
  return { ...dashboard, followUp, reference, area: recommendationArea(user) };
}

export default function Dashboard() {
  const { t } = useTranslation();
  const { cells, total, selection, followUp, reference, area } = useLoaderData<typeof loader>();
  const labels = useWorkLabels(reference);
  const format = useFormat();
  const regions = labels.orderKeys("region", [...new Set(cells.map((c) => c.region))]);
  const areas = labels.orderKeys("thematic", [...new Set(cells.map((c) => c.thematic))]);
  const count = (region: string, thematic: string) => cells.find((c) => c.region === region && c.thematic === thematic)?.count ?? 0;
  const link = (keys: { region?: string; thematic?: string }) => selectionHref("/recommendations", { ...selection, ...keys });
  return (
    <>
      <h1>{t("recommendations.dashboard.title")}</h1>
      <p className="muted">{t("recommendations.dashboard.intro")}</p>
      <RecommendationTabs area={area} />
      {total === 0 ? (
        <p>{t("recommendations.dashboard.empty")}</p>
      ) : (
        <>
          <p role="status">
            {t("recommendations.dashboard.total", { count: total })} <Link to={link({})}>{t("recommendations.dashboard.seeAll")}</Link>
          </p>
          <div className="table-wrap">
            <table className="matrix">
              <thead>
                <tr>
                  <th scope="col">{t("recommendations.region")}</th>
                  {areas.map((a) => (
                    <th scope="col" key={a}>
                      {a === "none" ? t("recommendations.noThematic") : labels.thematic(a)}
                    </th>
                  ))}
                  <th scope="col">{t("recommendations.dashboard.regionTotal")}</th>
                </tr>
              </thead>
              <tbody>
                {regions.map((region) => (
                  <tr key={region}>
                    <th scope="row">{labels.region(region)}</th>
                    {areas.map((a) => {
                      const n = count(region, a);
                      return (
                        <td key={a}>
                          {n ? <Link to={link({ region, thematic: a })}>{format.number(n)}</Link> : <span className="muted">0</span>}
                        </td>
                      );
                    })}
                    <td>
                      <Link to={link({ region })}>{format.number(areas.reduce((sum, a) => sum + count(region, a), 0))}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <FollowUpChart by="region" counts={followUp.byRegion} reference={reference} />
      <FollowUpChart by="thematic" counts={followUp.byThematic} reference={reference} />
    </>
  );
}
