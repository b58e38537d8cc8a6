// A page of projects as a table: code and title, lead, where, pillars and areas, period, money, status. Drawn as kept
// markup by the list pages (KeptDrawing, app/ui/kept-markup.tsx): it takes everything from its rows, the labels of
// the reference lists and the i18n instance, and its links are plain links.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import type { ProjectRow } from "~/domain/projects/list.server";
import { formatterFor, useFormat } from "../format";
import type { WorkLabels } from "../../domain/projects/labels";

export function placesOf(row: { isGlobal: boolean; countries: string[]; regions: string[] }, labels: WorkLabels, max = 3): string {
  if (row.isGlobal || (!row.countries.length && !row.regions.length)) return labels.region("GLOBAL");
  if (!row.countries.length) return row.regions.map(labels.region).join(", ");
  const names = row.countries.slice(0, max).map(labels.country);
  return row.countries.length > max ? `${names.join(", ")} +${row.countries.length - max}` : names.join(", ");
}

export function ProjectTable({ rows, labels }: { rows: readonly ProjectRow[]; labels: WorkLabels }) {
  const { t, i18n } = useTranslation();
  // Days (date-only columns) and dollars read the same in every time zone.
  const format = formatterFor(i18n.language, "UTC");
  return (
    <div className="table-wrap">
      <table className="work-table">
        <thead>
          <tr>
            <th scope="col">{t("projects.projectTitle")}</th>
            <th scope="col">{t("projects.lead")}</th>
            <th scope="col">{t("projects.where")}</th>
            <th scope="col">{t("projects.pillars")}</th>
            <th scope="col">{t("projects.period")}</th>
            <th scope="col" className="numeric">
              {t("projects.budget")}
              <br />
              <span className="small muted">{t("projects.gap")}</span>
            </th>
            <th scope="col">{t("projects.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/projects/${p.id}`}>{p.title}</Link>
                <div className="small muted">
                  {p.code}
                  {p.thematicAreas.length ? ` · ${p.thematicAreas.map(labels.thematic).join(", ")}` : ""}
                </div>
              </td>
              <td>{labels.organization(p.leadOrganizationId)}</td>
              <td>{placesOf(p, labels)}</td>
              <td>{p.pillars.join(", ")}</td>
              <td className="small">
                {format.day(p.startDate)} – {format.day(p.endDate)}
              </td>
              <td className="numeric">
                {format.usd(p.budgetUsd)}
                <br />
                <span className="small muted">{format.usd(p.gapUsd)}</span>
              </td>
              <td>
                <span className={`badge badge--${p.status}`}>{t(`projects.statuses.${p.status}`)}</span>{" "}
                <span className={`badge badge--${p.fundingStatus}`}>{t(`projects.fundingStatuses.${p.fundingStatus}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProjectTotalsLine({ totals }: { totals: { projects: number; budgetUsd: number; securedUsd: number; gapUsd: number } }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <p className="totals-line" aria-live="polite">
      {t("projects.totals", {
        count: totals.projects,
        budget: format.usd(totals.budgetUsd),
        secured: format.usd(totals.securedUsd),
        gap: format.usd(totals.gapUsd),
      })}
    </p>
  );
}
