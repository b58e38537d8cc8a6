import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, requireUser } from "~/auth/guards.server";
import { canAdminister } from "~/auth/policy";
import { createOrganization, OrganizationInput } from "~/domain/admin/organizations.server";
import { invalid, parseForm } from "~/forms.server";
import { OrganizationForm } from "~/ui/admin/organization-form";
import { setFlash } from "~/ui/flash.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAdminister(user, "organizations.write"), "403");
  return null;
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAdminister(user, "organizations.write"), "403");
  const form = await parseForm(args.request, OrganizationInput);
  if (!form.ok) return invalid(form);
  const result = await createOrganization(user, form.data);
  if (!result.ok)
    return invalid({ errors: result.errors, values: Object.fromEntries(Object.entries(form.data).map(([k, v]) => [k, String(v ?? "")])) });
  return redirect("/admin/organizations", { headers: { "Set-Cookie": await setFlash({ key: "admin.organizationSaved" }) } });
}

export default function NewOrganization() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="org-heading">
      <h2 id="org-heading">{t("admin.newOrganization")}</h2>
      <OrganizationForm
        values={actionData?.values ?? {}}
        errors={actionData?.errors as Record<string, string> | undefined}
        submitLabel={t("common.create")}
      />
    </section>
  );
}
