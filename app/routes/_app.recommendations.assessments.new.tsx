// A new assessment of a Member State, with the State's consent (the assessment body and SECRETARIAT).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, requireUser } from "~/auth/guards.server";
import { canAuthorRecommendations } from "~/auth/policy";
import { AssessmentInput, CONSENT_ARRAY_FIELDS, createAssessment } from "~/domain/recommendations/records.server";
import { workReference } from "~/domain/projects/reference-lists.server";
import { submitRecordForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { AssessmentForm } from "~/ui/recommendations/forms";
import { returnedValues } from "~/ui/projects/project-form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.assessments.newAssessment");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAuthorRecommendations(user), "403");
  return { reference: await workReference() };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAuthorRecommendations(user), "403");
  const outcome = await submitRecordForm(
    args.request,
    { schema: AssessmentInput, arrayFields: CONSENT_ARRAY_FIELDS, versioned: false },
    (data) => createAssessment(user, data),
  );
  if (!outcome.ok) return outcome.answer;
  return redirect(`/recommendations/assessments/${outcome.id}`, {
    headers: { "Set-Cookie": await setFlash({ key: "recommendations.assessments.created" }) },
  });
}

export default function NewAssessment() {
  const { t } = useTranslation();
  const { reference } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>{t("recommendations.assessments.newAssessment")}</h1>
      <AssessmentForm
        reference={reference}
        values={returnedValues(actionData).submitted ?? { kind: "VISIT", consentScope: "NOT_SHARED" }}
        errors={actionData?.errors}
        submitLabel={t("common.create")}
        cancelTo="/recommendations/assessments"
      />
    </>
  );
}
