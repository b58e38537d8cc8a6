// A new recommendation in an assessment, optionally narrowing the assessment's consent.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, requireUser, uuidParam } from "~/auth/guards.server";
import { canAuthorRecommendations } from "~/auth/policy";
import { getAssessment } from "~/domain/recommendations/assessments.server";
import { CONSENT_ARRAY_FIELDS, createRecommendation, RecommendationInput } from "~/domain/recommendations/records.server";
import { workReference } from "~/domain/work-reference.server";
import { formToObject, invalid, parseFormData } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { RecommendationForm } from "~/ui/recommendations/forms";
import { returnedValues, type FormValues } from "~/ui/work/project-form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.form.newRecommendation");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAuthorRecommendations(user), "403");
  const id = uuidParam(args.params, "id");
  const [assessment, reference] = await Promise.all([getAssessment(user, id), workReference()]);
  return { assessment: { id: assessment.id, reference: assessment.reference }, reference };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAuthorRecommendations(user), "403");
  const id = uuidParam(args.params, "id");
  const formData = await args.request.formData();
  const values = formToObject(formData, CONSENT_ARRAY_FIELDS) as FormValues;
  const form = parseFormData(formData, RecommendationInput, CONSENT_ARRAY_FIELDS);
  if (!form.ok) return invalid({ errors: form.errors }, { formValues: values });
  const result = await createRecommendation(user, id, form.data);
  if (!result.ok) return invalid({ errors: result.errors }, { formValues: values });
  return redirect(`/recommendations/${result.id}`, { headers: { "Set-Cookie": await setFlash({ key: "recommendations.form.created" }) } });
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
