// /recommendations.csv: every recommendation of the current selection that the reader may read. Audited
// (with its filter), like every bulk export of restricted data.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { tableResponse } from "~/downloads.server";
import { RecommendationFilters } from "~/domain/recommendations/filters";
import { recommendationsCsv } from "~/domain/recommendations/export.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, RecommendationFilters);
  const language = await requestLanguage(args.request, user.locale);
  return tableResponse(args.request, await recommendationsCsv(user, filters, language), language);
}
