// /projects/countries/map.svg: the world map as a file to share (standalone SVG with its legend), for the measure
// shown (?measure=), in the reader's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { fileResponse } from "~/downloads.server";
import { MapQuery } from "~/domain/projects/map-values";
import { worldMap } from "~/domain/projects/world-map.server";
import { parseSearchParams } from "~/forms.server";
import { pageI18n, requestLanguage } from "~/i18n/i18n.server";
import { WorldMapSvg } from "~/ui/projects/world-map";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { measure } = parseSearchParams(args.request.url, MapQuery);
  const [map, language] = await Promise.all([worldMap(user, measure), requestLanguage(args.request, user.locale)]);
  const svg = renderToStaticMarkup(
    <I18nextProvider i18n={pageI18n(language)}>
      <WorldMapSvg map={map} standalone />
    </I18nextProvider>,
  );
  return fileResponse(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, {
    contentType: "image/svg+xml; charset=utf-8",
    fileName: `world-map-${measure}.svg`,
  });
}
