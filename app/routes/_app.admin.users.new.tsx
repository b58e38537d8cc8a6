import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, requireUser } from "~/auth/guards.server";
import { canAdminister } from "~/auth/policy";
import { InviteInput, inviteUser } from "~/domain/invitations.server";
import { organizationOptions } from "~/domain/organizations.server";
import { invalid, parseForm } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { Field, FormErrorSummary, SelectField, useFieldError } from "~/ui/form";
import { useEnumOptions, useOrganizationOptions } from "~/ui/options";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAdminister(user, "users.invite"), "403");
  return { organizations: await organizationOptions() };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAdminister(user, "users.invite"), "403");
  const form = await parseForm(args.request, InviteInput);
  if (!form.ok) return invalid(form);
  const result = await inviteUser(user, form.data);
  if (!result.ok) return invalid({ errors: result.errors, values: { ...form.data } });
  return redirect("/admin/invitations", { headers: { "Set-Cookie": await setFlash({ key: "admin.inviteSent", values: { email: form.data.email } }) } });
}

export default function InviteUser() {
  const { t } = useTranslation();
  const { organizations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = (actionData?.values ?? {}) as Record<string, string>;
  const fieldError = useFieldError(errors);
  const orgOptions = useOrganizationOptions(organizations);
  const roleOptions = useEnumOptions("role");
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("admin.inviteUser")}</h2>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        <Field name="email" type="email" label={t("admin.email")} required defaultValue={values.email} error={fieldError("email")} />
        <Field name="name" label={t("admin.name")} required defaultValue={values.name} error={fieldError("name")} />
        <SelectField name="organizationId" label={t("admin.organization")} options={orgOptions} emptyOption="" defaultValue={values.organizationId} error={fieldError("organizationId")} required />
        <SelectField name="role" label={t("admin.role")} options={roleOptions} defaultValue={values.role ?? "FOCAL_POINT"} error={fieldError("role")} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("admin.inviteUser")}
          </button>
          <Link to="/admin/users">{t("common.cancel")}</Link>
        </div>
      </Form>
    </section>
  );
}
