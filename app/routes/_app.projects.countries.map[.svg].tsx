// /projects/countries/map.svg: the world map as a file to share (standalone SVG with its legend), for the measure
// shown (?measure=), in the reader's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { MapQuery } from "~/domain/projects/map-values";
import { worldMap } from "~/domain/projects/world-map.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { svgFileResponse } from "~/ui/charts/svg-file.server";
import { WorldMapSvg } from "~/ui/projects/world-map";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { measure } = parseSearchParams(args.request.url, MapQuery);
  const language = await requestLanguage(args.request, user.locale);
  const map = await worldMap(user, measure, language);
  return svgFileResponse(<WorldMapSvg map={map} standalone />, language, `world-map-${measure}.svg`);
}
