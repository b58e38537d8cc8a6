// /recommendations.csv: every recommendation of the current selection that the reader may read. Audited
// (with its filter), like every bulk export of restricted data.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { csvResponse } from "~/downloads.server";
import { RecommendationFilters } from "~/domain/recommendations/filters";
import { exportRecommendations } from "~/domain/recommendations/list.server";
import { workReference } from "~/domain/projects/reference-lists.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage, translator } from "~/i18n/i18n.server";
import { workLabels } from "~/ui/projects/work-labels";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, RecommendationFilters);
  const language = await requestLanguage(args.request, user.locale);
  const [rows, reference, t] = await Promise.all([exportRecommendations(user, filters), workReference(), translator(language)]);
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
    r.responders.join("; "),
    r.furthestStage ? String(t(`recommendations.stages.${r.furthestStage}`)) : "",
  ]);
  return csvResponse("recommendations.csv", header, records);
}
