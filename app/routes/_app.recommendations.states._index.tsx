// The map of States: each Member State shaded by the unresolved recommendations addressed to it that the reader may
// read, each a link to those rows in the list. For those who see every recommendation (the dashboard's readers).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { stateMapPage } from "~/domain/recommendations/dashboard.server";
import { titleFor } from "~/i18n/meta";
import { recommendationArea } from "~/ui/recommendations/area";
import { RecommendationMap } from "~/ui/recommendations/state-map";
import { RecommendationTabs } from "~/ui/recommendations/tabs";
import { requestLanguage } from "~/i18n/i18n.server";
import { drawingFor } from "~/drawn-in-document.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.tabs.states");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { map } = await stateMapPage(user, await requestLanguage(args.request, user.locale));
  return { map: { bounds: map.bounds, drawing: drawingFor(args.context, map) }, area: recommendationArea(user) };
}

export default function StateMap() {
  const { t } = useTranslation();
  const { map, area } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("recommendations.tabs.states")}</h1>
      <RecommendationTabs area={area} />
      <RecommendationMap map={map} />
    </>
  );
}
