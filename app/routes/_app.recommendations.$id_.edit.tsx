// Editing a recommendation (text, area, priority, status and its narrowing of the consent).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, requireUser, uuidParam } from "~/auth/guards.server";
import { canAuthorRecommendations } from "~/auth/policy";
import { CONSENT_ARRAY_FIELDS, RecommendationInput, updateRecommendation } from "~/domain/recommendations/records.server";

import { submitRecordForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { RecommendationForm } from "~/ui/recommendations/forms";
import { returnedValues } from "~/ui/projects/project-form";
import { recommendationEditPage } from "~/domain/recommendations/records.server";
import { requestLanguage } from "~/i18n/i18n.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "recommendations.form.editRecommendation");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const { recommendation, reference } = await recommendationEditPage(user, id, await requestLanguage(args.request, user.locale));
  return { id, recommendation, reference };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAuthorRecommendations(user), "403");
  const id = uuidParam(args.params, "id");
  const outcome = await submitRecordForm(
    args.request,
    { schema: RecommendationInput, arrayFields: CONSENT_ARRAY_FIELDS, versioned: true },
    (data, version) => updateRecommendation(user, id, version, data),
  );
  if (!outcome.ok) return outcome.answer;
  return redirect(`/recommendations/${id}`, { headers: { "Set-Cookie": await setFlash({ key: "recommendations.form.saved" }) } });
}

export default function EditRecommendation() {
  const { t } = useTranslation();
  const { id, recommendation, reference } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const returned = returnedValues(actionData);
  const values = returned.current ?? returned.submitted ?? recommendation;
  return (
    <>
      <h1>{t("recommendations.form.editRecommendation")}</h1>
      <RecommendationForm
        key={String(values.version)}
        reference={reference}
        values={values}
        errors={actionData?.errors}
        submitLabel={t("common.saveChanges")}
        cancelTo={`/recommendations/${id}`}
      />
    </>
  );
}
