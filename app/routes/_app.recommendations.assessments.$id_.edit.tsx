// Editing an assessment and the State's consent; a change of consent is dated and audited.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, requireUser, uuidParam } from "~/auth/guards.server";
import { canAuthorRecommendations } from "~/auth/policy";
import { AssessmentInput, CONSENT_ARRAY_FIELDS, updateAssessment } from "~/domain/recommendations/records.server";

import { submitRecordForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { AssessmentForm } from "~/ui/recommendations/forms";
import { returnedValues } from "~/ui/projects/project-form";
import { assessmentEditPage } from "~/domain/recommendations/records.server";
import { requestLanguage } from "~/i18n/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.assessments.editAssessment");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const { assessment, reference } = await assessmentEditPage(user, id, await requestLanguage(args.request, user.locale));
  return { id, assessment, reference };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAuthorRecommendations(user), "403");
  const id = uuidParam(args.params, "id");
  const outcome = await submitRecordForm(
    args.request,
    { schema: AssessmentInput, arrayFields: CONSENT_ARRAY_FIELDS, versioned: true },
    (data, version) => updateAssessment(user, id, version, data),
  );
  if (!outcome.ok) return outcome.answer;
  return redirect(`/recommendations/assessments/${id}`, {
    headers: { "Set-Cookie": await setFlash({ key: "recommendations.assessments.saved" }) },
  });
}

export default function EditAssessment() {
  const { t } = useTranslation();
  const { id, assessment, reference } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const returned = returnedValues(actionData);
  const values = returned.current ?? returned.submitted ?? assessment;
  return (
    <>
      <h1>{t("recommendations.assessments.editAssessment")}</h1>
      <AssessmentForm
        key={String(values.version)}
        reference={reference}
        values={values}
        errors={actionData?.errors}
        submitLabel={t("common.saveChanges")}
        cancelTo={`/recommendations/assessments/${id}`}
      />
    </>
  );
}
