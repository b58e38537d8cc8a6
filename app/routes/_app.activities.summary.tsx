// The secretariat's summary of the activity tracker.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requestLanguage } from "~/i18n/i18n.server";
import { requireUser } from "~/auth/guards.server";
import { type StatusCounts } from "~/domain/activities/summary.server";

import { titleFor } from "~/i18n/meta";
import { useFormat } from "~/ui/format";
import { ActivityTable } from "~/ui/activities/activity-table";
import { useWorkLabels, WORK_STATUSES } from "~/ui/projects/use-work";
import { activitySummaryPage } from "~/domain/activities/summary.server";
import { BackArrow } from "~/ui/direction";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "activities.summary.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { summary, reference } = await activitySummaryPage(user, await requestLanguage(args.request, user.locale));
  return { summary, reference };
}

function CountsTable({
  caption,
  rows,
  filter,
}: {
  caption: string;
  rows: Array<{ key: string; label: string; counts: StatusCounts }>;
  filter: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="wrap-headers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            {WORK_STATUSES.map((s) => (
              <th scope="col" className="numeric" key={s}>
                {t(`projects.statuses.${s}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t("activities.summary.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {WORK_STATUSES.map((s) => (
                <td className="numeric" key={s}>
                  {row.counts[s] ? <Link to={`/activities?${filter}=${row.key}&status=${s}`}>{format.number(row.counts[s])}</Link> : "0"}
                </td>
              ))}
              <td className="numeric">
                <Link to={`/activities?${filter}=${row.key}`}>{format.number(row.counts.total)}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The reference lists come to the browser apart from the page's data, kept by the tab (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function ActivitySummary() {
  const { t } = useTranslation();
  const { summary, reference: referenceHandle } = useLoaderData<typeof loader>();
  const reference = useReferenceLists(referenceHandle);
  const labels = useWorkLabels(reference);
  const format = useFormat();
  const pillarRows = ["1", "2", "3", "4"]
    .filter((k) => summary.byPillar[k])
    .map((k) => ({ key: k, label: `${labels.pillar(k)}: ${labels.pillarTitle(k)}`, counts: summary.byPillar[k] }));
  const regionRows = labels
    .orderKeys("region", Object.keys(summary.byRegion))
    .map((k) => ({ key: k, label: labels.region(k), counts: summary.byRegion[k] }));
  return (
    <>
      <p>
        <Link to="/activities">
          <BackArrow /> {t("activities.title")}
        </Link>
      </p>
      <h1>{t("activities.summary.title")}</h1>
      <ReferenceListsLink handle={referenceHandle} />
      <h2>{t("activities.summary.byStatus")}</h2>
      <ul className="stat-list">
        {WORK_STATUSES.map((s) => (
          <li key={s} className="card">
            <Link to={`/activities?status=${s}`}>
              <strong className="stat">{format.number(summary.byStatus[s])}</strong> {t(`projects.statuses.${s}`)}
            </Link>
          </li>
        ))}
        <li className="card">
          <strong className="stat">{format.number(summary.byStatus.total)}</strong> {t("activities.summary.total")}
        </li>
      </ul>
      <h2>{t("activities.summary.byPillar")}</h2>
      <CountsTable caption={t("activities.pillar")} rows={pillarRows} filter="pillar" />
      <h2>{t("activities.summary.byRegion")}</h2>
      <p className="small muted">{t("activities.summary.regionNote")}</p>
      <CountsTable caption={t("projects.region")} rows={regionRows} filter="region" />
      <h2>{t("activities.summary.overdue")}</h2>
      {summary.overdueCount === 0 ? (
        <p>{t("activities.summary.noOverdue")}</p>
      ) : (
        <>
          <p>{t("activities.summary.overdueCount", { count: summary.overdueCount })}</p>
          <ActivityTable rows={summary.overdue} labels={labels} />
          <p>
            <Link to="/activities?overdue=1">{t("activities.summary.seeAllOverdue")}</Link>
          </p>
        </>
      )}
    </>
  );
}
