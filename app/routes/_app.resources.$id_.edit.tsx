import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { RESOURCE_ARRAY_FIELDS, ResourceUpdate, updateResource } from "~/domain/resources/library.server";
import { uploadLimitBytes } from "~/upload-form.server";
import { RESOURCE_LANGUAGES } from "~/domain/resources/values";
import { invalid, parseForm } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { ResourceForm } from "~/ui/resources/resource-form";
import { resourceEditPage } from "~/domain/resources/library.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { resource, organizations } = await resourceEditPage(user, uuidParam(args.params, "id"));
  return { resource, organizations, languages: RESOURCE_LANGUAGES, maxBytes: uploadLimitBytes() };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const form = await parseForm(args.request, ResourceUpdate, RESOURCE_ARRAY_FIELDS);
  if (!form.ok) return invalid(form);
  const result = await updateResource(user, id, form.data);
  if (!result.ok) return invalid({ errors: result.errors }, { current: result.current ?? null });
  return redirect(`/resources/${id}`, { headers: { "Set-Cookie": await setFlash({ key: "resources.saved" }) } });
}

export default function EditResource() {
  const { t } = useTranslation();
  const { resource, organizations, languages, maxBytes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const stale = actionData && "current" in actionData && actionData.current ? (actionData.current as typeof resource) : null;
  const values =
    stale ??
    (actionData?.values && Object.keys(actionData.values).length
      ? actionData.values
      : { ...resource, publisherOrganizationId: resource.publisherOrganizationId });
  return (
    <section aria-labelledby="edit-resource">
      <h1 id="edit-resource">
        {t("resources.edit")}: {resource.title}
      </h1>
      <ResourceForm
        key={String(values.version)}
        mode="edit"
        values={values}
        errors={actionData?.errors}
        organizations={organizations}
        groups={[]}
        platformWide={false}
        languages={languages}
        maxBytes={maxBytes}
        cancelTo={`/resources/${resource.id}`}
      />
    </section>
  );
}
