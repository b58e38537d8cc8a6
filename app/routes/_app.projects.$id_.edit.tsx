import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requireUser, uuidParam } from "~/auth/guards.server";
import { ensureProjectEditor, PROJECT_ARRAY_FIELDS, ProjectInput, updateProject } from "~/domain/projects/records.server";

import { submitRecordForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { ProjectForm, returnedValues } from "~/ui/projects/project-form";
import { projectEditPage } from "~/domain/projects/records.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "projects.editProject");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  return { id, ...(await projectEditPage(user, id)) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  await ensureProjectEditor(user, id);
  const outcome = await submitRecordForm(
    args.request,
    { schema: ProjectInput, arrayFields: PROJECT_ARRAY_FIELDS, versioned: true },
    (data, version) => updateProject(user, id, version, data),
  );
  if (!outcome.ok) return outcome.answer;
  return redirect(`/projects/${id}`, { headers: { "Set-Cookie": await setFlash({ key: "projects.saved" }) } });
}

export default function EditProject() {
  const { t } = useTranslation();
  const { id, project, reference, leadChoices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // After a refused stale edit the form shows the newer version (and its version number) to work from;
  // after refused input, what was typed (with the version it was based on).
  const returned = returnedValues(actionData);
  const values = returned.current ?? returned.submitted ?? project;
  return (
    <>
      <h1>{t("projects.editProject")}</h1>
      <ProjectForm
        key={String(values.version)}
        reference={reference}
        leadChoices={leadChoices}
        values={values}
        errors={actionData?.errors}
        submitLabel={t("common.saveChanges")}
        cancelTo={`/projects/${id}`}
      />
    </>
  );
}
