// A page of activities as a table: title and type, lead, where, dates, status (with the overdue flag). Drawn as kept
// markup by the list pages, like the projects' table (./project-table.tsx).
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import type { ActivityRow } from "~/domain/activities/list.server";
import { formatterFor } from "../format";
import type { WorkLabels } from "../../domain/projects/labels";

export function ActivityTable({ rows, labels }: { rows: readonly ActivityRow[]; labels: WorkLabels }) {
  const { t, i18n } = useTranslation();
  // Days (date-only columns) read the same in every time zone.
  const format = formatterFor(i18n.language, "UTC");
  return (
    <div className="table-wrap">
      <table className="work-table">
        <thead>
          <tr>
            <th scope="col">{t("activities.activityTitle")}</th>
            <th scope="col">{t("activities.lead")}</th>
            <th scope="col">{t("activities.where")}</th>
            <th scope="col">{t("activities.pillar")}</th>
            <th scope="col">{t("activities.dates")}</th>
            <th scope="col">{t("activities.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/activities/${a.id}`}>{a.title}</Link>
                <div className="small muted">
                  {t(`activities.kinds.${a.kind}`)}
                  {a.project ? (
                    <>
                      {" · "}
                      <Link to={`/projects/${a.project.id}`}>{a.project.code}</Link>
                    </>
                  ) : null}
                </div>
              </td>
              <td>{labels.organization(a.leadOrganizationId)}</td>
              <td>
                {a.countryCount === 0 ? t("activities.global") : a.countries.slice(0, 3).map(labels.country).join(", ")}
                {a.countryCount > 3 ? ` ${t("activities.moreCountries", { count: a.countryCount - 3 })}` : ""}
              </td>
              <td>{a.pillar}</td>
              <td className="nowrap">
                {format.day(a.startDate)}
                {a.endDate !== a.startDate ? ` – ${format.day(a.endDate)}` : ""}
              </td>
              <td>
                <span className={`badge badge--${a.status}`}>{t(`projects.statuses.${a.status}`)}</span>
                {a.overdue ? (
                  <>
                    {" "}
                    <span className="badge badge--overdue" title={t("activities.overdueHint")}>
                      {t("activities.overdue")}
                    </span>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
