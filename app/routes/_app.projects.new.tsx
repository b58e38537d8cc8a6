import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, requireUser } from "~/auth/guards.server";
import { canRecordWork } from "~/auth/policy";
import { createProject, PROJECT_ARRAY_FIELDS, ProjectInput } from "~/domain/projects/records.server";
import { workFormContext } from "~/domain/projects/reference-lists.server";
import { submitRecordForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { ProjectForm, returnedValues } from "~/ui/projects/project-form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "projects.newProject");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  ensure(canRecordWork(user), "403");
  return workFormContext(user);
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canRecordWork(user), "403");
  const outcome = await submitRecordForm(
    args.request,
    { schema: ProjectInput, arrayFields: PROJECT_ARRAY_FIELDS, versioned: false },
    (data) => createProject(user, data),
  );
  if (!outcome.ok) return outcome.answer;
  return redirect(`/projects/${outcome.id}`, { headers: { "Set-Cookie": await setFlash({ key: "projects.created" }) } });
}

export default function NewProject() {
  const { t } = useTranslation();
  const { reference, leadChoices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>{t("projects.newProject")}</h1>
      <ProjectForm
        reference={reference}
        leadChoices={leadChoices}
        values={returnedValues(actionData).submitted ?? { status: "PLANNED" }}
        errors={actionData?.errors}
        submitLabel={t("common.create")}
        cancelTo="/projects"
      />
    </>
  );
}
