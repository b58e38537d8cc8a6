import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requireUser, uuidParam } from "~/auth/guards.server";
import { ACTIVITY_ARRAY_FIELDS, ActivityInput, ensureActivityEditor, updateActivity } from "~/domain/activities/records.server";

import { submitRecordForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { ActivityForm } from "~/ui/activities/activity-form";
import { returnedValues } from "~/ui/projects/project-form";
import { activityEditPage } from "~/domain/activities/records.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "activities.editActivity");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  return { id, ...(await activityEditPage(user, id)) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  await ensureActivityEditor(user, id);
  const outcome = await submitRecordForm(
    args.request,
    { schema: ActivityInput, arrayFields: ACTIVITY_ARRAY_FIELDS, versioned: true },
    (data, version) => updateActivity(user, id, version, data),
  );
  if (!outcome.ok) return outcome.answer;
  return redirect(`/activities/${id}`, { headers: { "Set-Cookie": await setFlash({ key: "activities.saved" }) } });
}

export default function EditActivity() {
  const { t } = useTranslation();
  const { id, activity, reference, leadChoices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const returned = returnedValues(actionData);
  const values = returned.current ?? returned.submitted ?? activity;
  return (
    <>
      <h1>{t("activities.editActivity")}</h1>
      <ActivityForm
        key={String(values.version)}
        reference={reference}
        leadChoices={leadChoices}
        values={values}
        errors={actionData?.errors}
        submitLabel={t("common.saveChanges")}
        cancelTo={`/activities/${id}`}
      />
    </>
  );
}
