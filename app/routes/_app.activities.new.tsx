import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ensure, requireUser } from "~/auth/guards.server";
import { canRecordWork } from "~/auth/policy";
import { ACTIVITY_ARRAY_FIELDS, ActivityInput, createActivity } from "~/domain/activities/records.server";
import { workFormContext } from "~/domain/projects/reference-lists.server";
import { parseSearchParams, submitRecordForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { ActivityForm } from "~/ui/activities/activity-form";
import { returnedValues } from "~/ui/projects/project-form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "activities.newActivity");

// "Record an activity for this project" arrives with ?project=CODE.
const Query = z.object({ project: z.string().trim().max(40).optional() });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  ensure(canRecordWork(user), "403");
  const { project } = parseSearchParams(args.request.url, Query);
  return { ...(await workFormContext(user)), projectCode: project ?? "" };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canRecordWork(user), "403");
  const outcome = await submitRecordForm(
    args.request,
    { schema: ActivityInput, arrayFields: ACTIVITY_ARRAY_FIELDS, versioned: false },
    (data) => createActivity(user, data),
  );
  if (!outcome.ok) return outcome.answer;
  return redirect(`/activities/${outcome.id}`, { headers: { "Set-Cookie": await setFlash({ key: "activities.created" }) } });
}

export default function NewActivity() {
  const { t } = useTranslation();
  const { reference, leadChoices, projectCode } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>{t("activities.newActivity")}</h1>
      <ActivityForm
        reference={reference}
        leadChoices={leadChoices}
        values={returnedValues(actionData).submitted ?? { status: "PLANNED", projectCode }}
        errors={actionData?.errors}
        submitLabel={t("common.create")}
        cancelTo="/activities"
      />
    </>
  );
}
