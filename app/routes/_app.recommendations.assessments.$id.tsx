// One assessment: its State, dates, the consent in force and its dated record, and its recommendations.
// For those who see all and for the assessed State's focal points; 404 for anyone else.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { recommendationArea } from "~/ui/recommendations/area";
import { getAssessment } from "~/domain/recommendations/assessments.server";
import { titleFor } from "~/i18n/meta";
import { useFormat } from "~/ui/format";
import { AssessmentRecommendations } from "~/ui/recommendations/assessment-recommendations";
import { ConsentSummary } from "~/ui/recommendations/consent";
import { RecommendationTabs, RestrictedNotice } from "~/ui/recommendations/tabs";
import { localName } from "~/names";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data
    ? [{ title: `${data.assessment.reference} · ${titleFor(matches, "recommendations.assessments.title")[0].title}` }]
    : titleFor(matches, "recommendations.assessments.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const assessment = await getAssessment(user, id);
  return { assessment, area: recommendationArea(user) };
}

export default function AssessmentPage() {
  const { t, i18n } = useTranslation();
  const { assessment: a, area } = useLoaderData<typeof loader>();
  const format = useFormat();
  return (
    <>
      <RecommendationTabs area={area} />
      <RestrictedNotice />
      <p className="small muted">
        <Link to={`/recommendations/states/${a.state.iso3}`}>{localName(a.state, i18n.language)}</Link> ·{" "}
        {t(`recommendations.kinds.${a.kind}`)}
      </p>
      <h1>{a.reference}</h1>
      {a.canEdit ? (
        <div className="button-row">
          <Link to={`/recommendations/assessments/${a.id}/edit`} className="button">
            {t("common.edit")}
          </Link>
          <Link to={`/recommendations/assessments/${a.id}/new`} className="button button--quiet">
            {t("recommendations.assessments.addRecommendation")}
          </Link>
        </div>
      ) : null}
      <dl className="definition-list card">
        <dt>{t("recommendations.assessments.dates")}</dt>
        <dd>
          {format.day(a.startDate)}
          {a.endDate !== a.startDate ? ` – ${format.day(a.endDate)}` : ""}
        </dd>
        <dt>{t("recommendations.consent.label")}</dt>
        <dd>
          <ConsentSummary scope={a.consentScope} organizations={a.consentOrganizations} />
          <p className="small muted">{t("recommendations.consent.changedOn", { date: format.dateTime(a.consentChangedAt) })}</p>
        </dd>
      </dl>
      <h2>{t("recommendations.assessments.recommendations")}</h2>
      <AssessmentRecommendations items={a.recommendations} />
      <h2>{t("recommendations.consent.history")}</h2>
      {a.consentChanges.length === 0 ? (
        <p>{t("recommendations.consent.historyEmpty")}</p>
      ) : (
        <ol className="timeline">
          {a.consentChanges.map((c) => (
            <li key={c.id}>
              <p className="small muted">
                <time dateTime={c.changedAt}>{format.dateTime(c.changedAt)}</time>
                {c.changedBy ? ` · ${t("recommendations.consent.by", { name: c.changedBy.name })}` : ""}
              </p>
              <p>
                {c.recommendation
                  ? t("recommendations.consent.changeOfRecommendation", { number: c.recommendation.number })
                  : t("recommendations.consent.changeOfAssessment")}
                : {c.scope ? <ConsentSummary scope={c.scope} organizations={c.organizations} /> : t("recommendations.consent.asAssessment")}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
