import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { ensure, requireUser } from "~/auth/guards.server";
import { canAdminister } from "~/auth/policy";

import { INVITE_ARRAY_FIELDS, InviteInput, inviteUser } from "~/domain/admin/invitations.server";

import { invalid, parseForm } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { CheckboxGroup, Field, Form, FormErrorSummary, SelectField, useFieldError } from "~/ui/form";
import { groupName } from "~/names";
import { languageNames, supportedLanguages } from "~/i18n/config";
import { useEnumOptions, useOrganizationOptions } from "~/ui/options";
import { invitationChoices } from "~/domain/admin/invitations.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return invitationChoices(user);
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAdminister(user, "users.invite"), "403");
  const form = await parseForm(args.request, InviteInput, INVITE_ARRAY_FIELDS);
  if (!form.ok) return invalid(form);
  const result = await inviteUser(user, form.data);
  if (!result.ok)
    return invalid({
      errors: result.errors,
      values: {
        email: form.data.email,
        name: form.data.name,
        organizationId: form.data.organizationId,
        role: form.data.role,
        ...(form.data.locale ? { locale: form.data.locale } : {}),
      },
    });
  return redirect("/admin/invitations", {
    headers: { "Set-Cookie": await setFlash({ key: "admin.inviteSent", values: { email: form.data.email } }) },
  });
}

export default function InviteUser() {
  const { t, i18n } = useTranslation();
  const { organizations, groups, roles } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = (actionData?.values ?? {}) as Record<string, string>;
  const fieldError = useFieldError(errors);
  const orgOptions = useOrganizationOptions(organizations);
  const roleOptions = useEnumOptions("role").filter((o) => (roles as readonly string[]).includes(o.value));
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("admin.inviteUser")}</h2>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        <Field name="email" type="email" label={t("admin.email")} required defaultValue={values.email} error={fieldError("email")} />
        <Field name="name" label={t("admin.name")} required defaultValue={values.name} error={fieldError("name")} />
        <SelectField
          name="organizationId"
          label={t("admin.organization")}
          options={orgOptions}
          emptyOption=""
          defaultValue={values.organizationId}
          error={fieldError("organizationId")}
          required
        />
        {roleOptions.length > 1 ? (
          <SelectField
            name="role"
            label={t("admin.role")}
            options={roleOptions}
            defaultValue={values.role ?? "FOCAL_POINT"}
            error={fieldError("role")}
          />
        ) : (
          <input type="hidden" name="role" value="FOCAL_POINT" />
        )}
        <SelectField
          name="locale"
          label={t("admin.inviteLanguage")}
          hint={t("admin.inviteLanguageHint")}
          options={supportedLanguages.map((language) => ({ value: language, label: languageNames[language] }))}
          defaultValue={values.locale ?? i18n.language}
          error={fieldError("locale")}
        />
        <CheckboxGroup
          name="groupIds"
          legend={t("admin.inviteGroups")}
          hint={t("admin.inviteGroupsHint")}
          options={groups.map((g) => ({ value: g.id, label: `${g.number}. ${groupName(g, i18n.language)}` }))}
          error={fieldError("groupIds")}
        />
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
