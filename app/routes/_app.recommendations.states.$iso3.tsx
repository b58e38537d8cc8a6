// The State view: every assessment of one State and all its recommendations with the entities' follow-up,
// for that State's focal points (and those who see all), a few assessments a page. 404 for anyone else.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";

import { iso3Param, requireUser } from "~/auth/guards.server";
import { recommendationArea } from "~/ui/recommendations/area";
import { stateView } from "~/domain/recommendations/assessments.server";
import { pageField } from "~/fields";
import { parseSearchParams } from "~/forms.server";
import { Pagination } from "~/ui/pagination";

import { titleFor } from "~/i18n/meta";
import { useFormat } from "~/ui/format";
import { AssessmentRecommendations } from "~/ui/recommendations/assessment-recommendations";
import { RecommendationTabs, RestrictedNotice } from "~/ui/recommendations/tabs";
import { localName } from "~/names";

const Query = z.object({ page: pageField });

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const iso3 = iso3Param(args.params, "iso3");
  const { page } = parseSearchParams(args.request.url, Query);
  const view = await stateView(user, iso3, page);
  return { ...view, area: recommendationArea(user) };
}

export default function StateView() {
  const { t, i18n } = useTranslation();
  const { state, assessments, total, page, pageSize, area } = useLoaderData<typeof loader>();
  const format = useFormat();
  const name = localName(state, i18n.language);
  return (
    <>
      <h1>{t("recommendations.stateView.title", { state: name })}</h1>
      <p className="muted">{t("recommendations.stateView.intro")}</p>
      <RecommendationTabs area={area} />
      <RestrictedNotice />
      {assessments.length === 0 ? <p>{t("recommendations.stateView.none")}</p> : null}
      {assessments.map((a) => (
        <section key={a.id} aria-labelledby={`assessment-${a.id}`}>
          <h2 id={`assessment-${a.id}`}>
            <Link to={`/recommendations/assessments/${a.id}`}>{a.reference}</Link>
          </h2>
          <p className="small muted">
            {t(`recommendations.kinds.${a.kind}`)} · {format.day(a.startDate)}
            {a.endDate !== a.startDate ? ` – ${format.day(a.endDate)}` : ""} · {t(`recommendations.consent.${a.consentScope}`)}
          </p>
          <AssessmentRecommendations items={a.recommendations} />
        </section>
      ))}
      {total > pageSize ? <Pagination total={total} page={page} pageSize={pageSize} /> : null}
    </>
  );
}
