// A page of recommendations as a table: State and assessment, the text's first words, area, priority,
// status and the follow-up the reader may see.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import type { RecommendationRow } from "~/domain/recommendations/list.server";
import { useFormat } from "../format";
import type { workLabels } from "../../domain/projects/labels";
import { excerpt, PriorityBadge, StageBadge, StatusBadge } from "./badges";

export function RecommendationTable({ rows, labels }: { rows: readonly RecommendationRow[]; labels: ReturnType<typeof workLabels> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="work-table">
        <thead>
          <tr>
            <th scope="col">{t("recommendations.recommendation")}</th>
            <th scope="col">{t("recommendations.state")}</th>
            <th scope="col">{t("recommendations.thematicArea")}</th>
            <th scope="col">{t("recommendations.priority")}</th>
            <th scope="col">{t("recommendations.status")}</th>
            <th scope="col">{t("recommendations.responses")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/recommendations/${r.id}`}>
                  {r.reference} · {t("recommendations.number", { number: r.number })}
                </Link>
                <p className="small">{excerpt(r.text)}</p>
              </td>
              <td>
                {labels.country(r.stateIso3)}
                <br />
                <span className="small muted">
                  {t(`recommendations.kinds.${r.kind}`)}, {format.day(r.startDate)}
                </span>
              </td>
              <td>{r.thematic ? labels.thematic(r.thematic) : t("recommendations.none")}</td>
              <td>
                <PriorityBadge priority={r.priority} />
              </td>
              <td>
                <StatusBadge status={r.status} />
              </td>
              <td>
                {r.responses === 0 ? (
                  <span className="muted">{t("recommendations.noResponseYet")}</span>
                ) : (
                  <>
                    {format.number(r.responses)} {r.furthestStage ? <StageBadge stage={r.furthestStage} /> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
