// The recommendations as a CSV file in the reader's language: only the rows the reader may read (the list's
// own SQL translation), each reading recorded in the access record by exportRecommendations.
import type { ActingUser } from "~/auth/guards.server";
import type { Language } from "~/i18n/config";
import { translator } from "~/i18n/i18n.server";
import { sortedByName } from "~/names";
import { workLabels } from "../projects/labels";
import { workReference } from "../projects/reference-lists.server";
import { filterLine, type FilterDescriptions } from "../export-filters";
import { NO_THEMATIC, UNRESOLVED, type RecommendationFilters } from "./filters";
import { exportRecommendations } from "./list.server";

export async function recommendationsCsv(actor: ActingUser, filters: RecommendationFilters, language: Language) {
  const [rows, reference, t] = await Promise.all([exportRecommendations(actor, filters), workReference(), translator(language)]);
  const labels = workLabels(reference, t, language);
  const header = [
    "state",
    "reference",
    "kind",
    "date",
    "number",
    "text",
    "thematicArea",
    "pillar",
    "priority",
    "status",
    "responses",
    "furthestStage",
  ].map((key) => String(t(`recommendations.csv.${key}` as never)));
  const records = rows.map((r) => [
    labels.country(r.stateIso3),
    r.reference,
    String(t(`recommendations.kinds.${r.kind}`)),
    r.startDate,
    r.number,
    r.text,
    r.thematic ? labels.thematic(r.thematic) : "",
    r.pillar ?? "",
    String(t(`recommendations.priorities.${r.priority}`)),
    String(t(`recommendations.statuses.${r.status}`)),
    sortedByName(r.responderIds.map(labels.organization), (name) => name, language).join("; "),
    r.furthestStage ? String(t(`recommendations.stages.${r.furthestStage}`)) : "",
  ]);
  const describe: FilterDescriptions = {
    q: ["recommendations.search", (v) => `“${v}”`],
    state: ["recommendations.state", labels.country],
    region: ["recommendations.region", labels.region],
    thematic: ["recommendations.thematicArea", (v) => (v === NO_THEMATIC ? String(t("recommendations.noThematic")) : labels.thematic(v))],
    priority: ["recommendations.priority", (v) => String(t(`recommendations.priorities.${v}` as never))],
    status: [
      "recommendations.status",
      (v) => String(v === UNRESOLVED ? t("recommendations.unresolved") : t(`recommendations.statuses.${v}` as never)),
    ],
    noResponse: ["recommendations.noResponseFilter", () => String(t("common.yes"))],
    assessment: ["recommendations.assessment", (v) => v],
  };
  return {
    fileName: "recommendations",
    sheet: String(t("recommendations.title")),
    header,
    rows: records,
    filters: filterLine(t, filters, describe),
  };
}
