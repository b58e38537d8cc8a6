// The State view: every assessment of one State and all its recommendations with the entities' follow-up,
// for that State's focal points (and those who see all), a few assessments a page. 404 for anyone else.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";

import { iso3Param, requireUser } from "~/auth/guards.server";
import { recommendationArea } from "~/ui/recommendations/area";
import { stateView } from "~/domain/recommendations/assessments.server";
import { drawingFor } from "~/drawn-in-document.server";
import { pageField } from "~/fields";
import { parseSearchParams } from "~/forms.server";
import { Pagination } from "~/ui/pagination";

import { titleFor } from "~/i18n/meta";
import { KeptDrawing } from "~/ui/kept-markup";
import { StateAssessments } from "~/ui/recommendations/state-assessments";
import { RecommendationTabs, RestrictedNotice } from "~/ui/recommendations/tabs";
import { localName } from "~/names";

const Query = z.object({ page: pageField });

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const iso3 = iso3Param(args.params, "iso3");
  const { page } = parseSearchParams(args.request.url, Query);
  const { assessments, ...view } = await stateView(user, iso3, page);
  // The assessments are drawn into a page loaded in full without their data (app/drawn-in-document.server.ts), and
  // kept as markup for each (assessments, language): their recommendations were most of the page's data.
  return { ...view, shown: assessments.length, list: drawingFor(args.context, { assessments }), area: recommendationArea(user) };
}

export default function StateView() {
  const { t, i18n } = useTranslation();
  const { state, shown, list, total, page, pageSize, area } = useLoaderData<typeof loader>();
  const name = localName(state, i18n.language);
  return (
    <>
      <h1>{t("recommendations.stateView.title", { state: name })}</h1>
      <p className="muted">{t("recommendations.stateView.intro")}</p>
      <RecommendationTabs area={area} />
      <RestrictedNotice />
      {shown === 0 ? (
        <p>{t("recommendations.stateView.none")}</p>
      ) : (
        <KeptDrawing name="state-assessments" drawing={list} draw={(kept) => <StateAssessments {...kept} />} />
      )}
      {total > pageSize ? <Pagination total={total} page={page} pageSize={pageSize} /> : null}
    </>
  );
}
