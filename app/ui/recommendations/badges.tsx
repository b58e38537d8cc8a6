// Priority, status and response-stage badges, and a short excerpt of a recommendation's text.
import { useTranslation } from "react-i18next";
import type { Priority, RecommendationStatus, ResponseStage } from "~/domain/recommendations/values";

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <span className={`badge badge--priority-${priority}`}>{t(`recommendations.priorities.${priority}`)}</span>;
}

export function StatusBadge({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--rec-${status}`}>{t(`recommendations.statuses.${status}`)}</span>;
}

export function StageBadge({ stage }: { stage: ResponseStage }) {
  const { t } = useTranslation();
  return <span className={`badge badge--stage-${stage}`}>{t(`recommendations.stages.${stage}`)}</span>;
}

/** The first words of a recommendation, for lists (its page shows it in full). */
export function excerpt(text: string, max = 240): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, "")}…`;
}
