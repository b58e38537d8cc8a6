// An assessment's recommendations as a list (assessment page and State view): number, first words,
// priority, status and who responded how far.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import type { Priority, RecommendationStatus, ResponseStage } from "~/domain/recommendations/values";
import { organizationName } from "../../names";
import { excerpt, PriorityBadge, StageBadge, StatusBadge } from "./badges";

type Item = {
  id: string;
  number: number;
  text: string;
  priority: Priority;
  status: RecommendationStatus;
  responses: ReadonlyArray<{
    stage: ResponseStage;
    organization: { id: string; name: string; nameZh: string | null; acronym: string | null };
  }>;
};

export function AssessmentRecommendations({ items }: { items: readonly Item[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p>{t("recommendations.assessments.noRecommendations")}</p>;
  return (
    <ol className="plain-list">
      {items.map((r) => (
        <li key={r.id} className="card">
          <p>
            <Link to={`/recommendations/${r.id}`}>{t("recommendations.number", { number: r.number })}</Link>{" "}
            <PriorityBadge priority={r.priority} /> <StatusBadge status={r.status} />
          </p>
          <p className="small">{excerpt(r.text)}</p>
          <p className="small">
            {r.responses.length === 0 ? (
              <span className="muted">{t("recommendations.noResponseYet")}</span>
            ) : (
              r.responses.map((response) => (
                <span key={response.organization.id}>
                  {organizationName(response.organization, i18n.language)} <StageBadge stage={response.stage} />{" "}
                </span>
              ))
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
