// /recommendations/dashboard/map.svg: the dashboard's map of unresolved recommendations by Member State as a file to
// share (standalone SVG with its legend), for what the reader may read, in the reader's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { stateMapPage } from "~/domain/recommendations/dashboard.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { svgFileResponse } from "~/ui/charts/svg-file.server";
import { RecommendationMapSvg } from "~/ui/recommendations/state-map";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const language = await requestLanguage(args.request, user.locale);
  const { map } = await stateMapPage(user, language);
  return svgFileResponse(<RecommendationMapSvg map={map} standalone />, language, "unresolved-recommendations-map.svg");
}
