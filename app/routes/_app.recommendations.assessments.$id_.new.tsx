// A new recommendation in an assessment, optionally narrowing the assessment's consent.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, requireUser, uuidParam } from "~/auth/guards.server";
import { canAuthorRecommendations } from "~/auth/policy";

import { CONSENT_ARRAY_FIELDS, createRecommendation, RecommendationInput } from "~/domain/recommendations/records.server";

import { submitRecordForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { RecommendationForm } from "~/ui/recommendations/forms";
import { returnedValues } from "~/ui/projects/project-form";
import { newRecommendationPage } from "~/domain/recommendations/assessments.server";
import { requestLanguage } from "~/i18n/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.form.newRecommendation");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return newRecommendationPage(user, uuidParam(args.params, "id"), await requestLanguage(args.request, user.locale));
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAuthorRecommendations(user), "403");
  const id = uuidParam(args.params, "id");
  const outcome = await submitRecordForm(
    args.request,
    { schema: RecommendationInput, arrayFields: CONSENT_ARRAY_FIELDS, versioned: false },
    (data) => createRecommendation(user, id, data),
  );
  if (!outcome.ok) return outcome.answer;
  return redirect(`/recommendations/${outcome.id}`, { headers: { "Set-Cookie": await setFlash({ key: "recommendations.form.created" }) } });
}

export default function NewRecommendation() {
  const { t } = useTranslation();
  const { assessment, reference } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>{t("recommendations.form.newRecommendation")}</h1>
      <p className="muted">{assessment.reference}</p>
      <RecommendationForm
        reference={reference}
        values={returnedValues(actionData).submitted ?? { priority: "MEDIUM", status: "OPEN" }}
        errors={actionData?.errors}
        submitLabel={t("common.create")}
        cancelTo={`/recommendations/assessments/${assessment.id}`}
      />
    </>
  );
}
