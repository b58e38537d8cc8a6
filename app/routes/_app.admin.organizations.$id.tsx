import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, requireUser, uuidParam } from "~/auth/guards.server";
import { canAdminister } from "~/auth/policy";
import { getOrganizationForAdmin, OrganizationInput, updateOrganization, versionInput } from "~/domain/admin/organizations.server";
import { invalid, parseFormData, readFormData } from "~/forms.server";
import { OrganizationForm } from "~/ui/admin/organization-form";
import { setFlash } from "~/ui/flash.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  return { organization: await getOrganizationForAdmin(user, id) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAdminister(user, "organizations.write"), "403");
  const id = uuidParam(args.params, "id");
  const formData = await readFormData(args.request);
  const version = parseFormData(formData, versionInput);
  const form = parseFormData(formData, OrganizationInput);
  if (!form.ok) return invalid(form);
  if (!version.ok) return invalid({ errors: { form: "errors.invalidField" } });
  const result = await updateOrganization(user, id, version.data.version, form.data);
  if (!result.ok)
    return invalid(
      { errors: result.errors, values: Object.fromEntries(formData) as Record<string, string> },
      { current: result.current ?? null },
    );
  return redirect("/admin/organizations", { headers: { "Set-Cookie": await setFlash({ key: "admin.organizationSaved" }) } });
}

export default function EditOrganization() {
  const { t } = useTranslation();
  const { organization } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // After a refused stale edit, the form shows the newer version (with its version number) to work from.
  const stale = actionData && "current" in actionData && actionData.current ? (actionData.current as typeof organization) : null;
  // After a refused invalid input, the submitted values keep the version they were based on.
  const values = stale ?? (actionData?.values && Object.keys(actionData.values).length ? actionData.values : organization);
  return (
    <section aria-labelledby="org-heading">
      <h2 id="org-heading">{t("admin.editOrganization")}</h2>
      <OrganizationForm
        key={String(values.version)}
        values={values}
        errors={actionData?.errors as Record<string, string> | undefined}
        submitLabel={t("common.saveChanges")}
      />
    </section>
  );
}
