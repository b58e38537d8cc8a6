// One recommendation: 404 unless the reader may read it (and every reading by an outside reader is
// recorded), its consent for those who may know it, the follow-up the reader may see, and the reader's
// organization's own response when it may respond.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { recommendationArea } from "~/ui/recommendations/area";

import { ensureResponder, recordResponse, ResponseInput } from "~/domain/recommendations/responses.server";
import { RESPONSE_STAGES } from "~/domain/recommendations/values";
import { formToObject, invalid, parseFormData, readFormData } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { Field, Form, FormErrorSummary, SelectField, TextAreaField, useFieldError } from "~/ui/form";
import { Markdown } from "~/ui/markdown";
import { renderMarkdown } from "~/markdown.server";
import { organizationName, localName } from "~/names";
import { PriorityBadge, StageBadge, StatusBadge } from "~/ui/recommendations/badges";
import { ConsentSummary } from "~/ui/recommendations/consent";
import { RecommendationTabs, RestrictedNotice } from "~/ui/recommendations/tabs";
import { recommendationPage } from "~/domain/recommendations/detail.server";
import { BackArrow } from "~/ui/direction";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data
    ? [
        {
          title: `${data.recommendation.assessment.reference} · ${data.recommendation.number} · ${titleFor(matches, "recommendations.title")[0].title}`,
        },
      ]
    : titleFor(matches, "recommendations.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const { recommendation, activities } = await recommendationPage(user, id);
  return {
    recommendation,
    responses: recommendation.responses.map((r) => ({ ...r, html: r.note ? renderMarkdown(r.note) : "" })),
    area: recommendationArea(user),
    activities,
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  await ensureResponder(user, id);
  const formData = await readFormData(args.request);
  const form = parseFormData(formData, ResponseInput);
  if (!form.ok) return invalid(form);
  const result = await recordResponse(user, id, form.data);
  if (!result.ok) return invalid({ errors: result.errors, values: formToObject(formData) as Record<string, string> });
  return redirect(`/recommendations/${id}`, { headers: { "Set-Cookie": await setFlash({ key: "recommendations.detail.responded" }) } });
}

export default function RecommendationPage() {
  const { t, i18n } = useTranslation();
  const { recommendation: r, responses, area, activities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const fieldError = useFieldError(actionData?.errors);
  const format = useFormat();
  const state = r.assessment.state;
  const own = r.ownResponse;
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  return (
    <>
      <p>
        <Link to="/recommendations">
          <BackArrow /> {t("recommendations.detail.back")}
        </Link>
      </p>
      <RecommendationTabs area={area} />
      <RestrictedNotice />
      <p className="small muted">
        {localName(state, i18n.language)} · {t(`recommendations.kinds.${r.assessment.kind}`)} · {format.day(r.assessment.startDate)}
        {r.assessment.endDate !== r.assessment.startDate ? ` – ${format.day(r.assessment.endDate)}` : ""}
      </p>
      <h1>
        <bdi dir="ltr">{r.assessment.reference}</bdi> · {t("recommendations.number", { number: r.number })}
      </h1>
      <p>
        <PriorityBadge priority={r.priority} /> <StatusBadge status={r.status} />
      </p>
      {r.canEdit ? (
        <div className="button-row">
          <Link to={`/recommendations/${r.id}/edit`} className="button">
            {t("common.edit")}
          </Link>
          <Link to={`/recommendations/assessments/${r.assessment.id}`}>{t("recommendations.assessment")}</Link>
          {r.canReadAccessRecord ? (
            <Link to={`/recommendations/access-record?recommendation=${r.id}`}>{t("recommendations.detail.accessRecordLink")}</Link>
          ) : null}
        </div>
      ) : null}
      <p className="card recommendation-text">{r.text}</p>
      <dl className="definition-list card">
        <dt>{t("recommendations.thematicArea")}</dt>
        <dd>{r.thematicArea ? localName(r.thematicArea, i18n.language) : t("recommendations.none")}</dd>
        <dt>{t("recommendations.pillar")}</dt>
        <dd>{r.pillar ? t("projects.pillarNumber", { number: r.pillar }) : t("recommendations.none")}</dd>
        {r.consent ? (
          <>
            <dt>{t("recommendations.consent.inForce")}</dt>
            <dd>
              <ConsentSummary scope={r.consent.effective.scope} organizations={r.consent.effective.organizations} />
              <p className="small muted">{t("recommendations.consent.changedOn", { date: format.dateTime(r.consent.changedAt) })}</p>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="responses">
        <h2 id="responses">{t("recommendations.detail.responsesTitle")}</h2>
        {!r.canEdit && !r.consent ? <p className="small muted">{t("recommendations.detail.ownResponsesOnly")}</p> : null}
        {responses.length === 0 ? (
          <p>{t("recommendations.detail.noResponses")}</p>
        ) : (
          <ul className="plain-list">
            {responses.map((response) => (
              <li key={response.id} className="card">
                <p>
                  <strong>{organizationName(response.organization, i18n.language)}</strong> <StageBadge stage={response.stage} />
                </p>
                {response.html ? <Markdown html={response.html} /> : null}
                {response.project ? (
                  <p className="small">
                    {t("recommendations.detail.linkedProject")}:{" "}
                    <Link to={`/projects/${response.project.id}`}>{`${response.project.code} · ${response.project.title}`}</Link>
                  </p>
                ) : null}
                {response.activity ? (
                  <p className="small">
                    {t("recommendations.detail.linkedActivity")}:{" "}
                    <Link to={`/activities/${response.activity.id}`}>{response.activity.title}</Link>
                  </p>
                ) : null}
                <p className="small muted">
                  {t("recommendations.detail.updatedBy", {
                    date: format.dateTime(response.updatedAt),
                    name: response.updatedBy?.name ?? "—",
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {r.canRespond ? (
        <section aria-labelledby="respond">
          <h2 id="respond">{t("recommendations.detail.respondTitle")}</h2>
          <FormErrorSummary errors={actionData?.errors} />
          <Form method="post" className="form" noValidate key={own ? own.version : "new"}>
            <input type="hidden" name="version" value={own ? String(own.version) : ""} />
            <SelectField
              name="stage"
              label={t("recommendations.detail.stage")}
              options={RESPONSE_STAGES.map((s) => ({ value: s, label: t(`recommendations.stages.${s}`) }))}
              defaultValue={values.stage ?? own?.stage ?? "OFFERED"}
              error={fieldError("stage")}
              required
            />
            <TextAreaField
              name="note"
              label={t("recommendations.detail.note")}
              hint={t("recommendations.detail.noteHint")}
              defaultValue={values.note ?? own?.note ?? ""}
              error={fieldError("note")}
            />
            <Field
              name="projectCode"
              label={t("recommendations.detail.projectCode")}
              hint={t("recommendations.detail.projectCodeHint")}
              defaultValue={values.projectCode ?? own?.projectCode ?? ""}
              error={fieldError("projectCode")}
            />
            <SelectField
              name="activityId"
              label={t("recommendations.detail.activityId")}
              options={activities.map((a) => ({ value: a.id, label: a.title }))}
              emptyOption={t("recommendations.none")}
              defaultValue={values.activityId ?? own?.activityId ?? ""}
              error={fieldError("activityId")}
            />
            <div className="button-row">
              <button type="submit" className="button">
                {own ? t("recommendations.detail.updateResponse") : t("recommendations.detail.respond")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
