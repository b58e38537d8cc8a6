// A lead focal point nominates a colleague of their organization; the secretariat decides (admin/nominations).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { ensureNominates, NOMINATION_ARRAY_FIELDS, NominationInput, nominate, nominationForm } from "~/domain/directory/nominations.server";
import { invalid, parseForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { languageNames, supportedLanguages } from "~/i18n/config";
import { groupName, organizationFullName } from "~/names";
import { setFlash } from "~/ui/flash.server";
import { CheckboxGroup, Field, Form, FormActions, FormErrorSummary, SelectField, TextAreaField, useFieldError } from "~/ui/form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "nominations.nominateTitle");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return nominationForm(user, uuidParam(args.params, "id"));
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  ensureNominates(user, id);
  const form = await parseForm(args.request, NominationInput, NOMINATION_ARRAY_FIELDS);
  if (!form.ok) return invalid(form);
  const result = await nominate(user, id, form.data);
  if (!result.ok) return invalid({ errors: result.errors, values: { ...form.data, groupIds: "" } as Record<string, string> });
  return redirect(`/organizations/${id}`, {
    headers: {
      "Set-Cookie": await setFlash({ key: result.merged ? "nominations.merged" : "nominations.sent", values: { name: form.data.name } }),
    },
  });
}

export default function Nominate() {
  const { t, i18n } = useTranslation();
  const { organization, groups } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const values = (actionData?.values ?? {}) as Record<string, string>;
  const fieldError = useFieldError(errors);
  return (
    <section aria-labelledby="nominate-heading">
      <h1 id="nominate-heading">{t("nominations.nominateTitle")}</h1>
      <p>{t("nominations.nominateIntro", { organization: organizationFullName(organization, i18n.language) })}</p>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        <Field
          name="name"
          label={t("nominations.name")}
          required
          defaultValue={values.name}
          error={fieldError("name")}
          autoComplete="off"
        />
        <Field name="email" type="email" label={t("nominations.email")} required defaultValue={values.email} error={fieldError("email")} />
        <Field name="title" label={t("nominations.title")} defaultValue={values.title} error={fieldError("title")} />
        <SelectField
          name="locale"
          label={t("nominations.language")}
          hint={t("nominations.languageHint")}
          options={supportedLanguages.map((language) => ({ value: language, label: languageNames[language] }))}
          defaultValue={values.locale ?? i18n.language}
          error={fieldError("locale")}
        />
        <CheckboxGroup
          name="groupIds"
          legend={t("nominations.groups")}
          hint={t("nominations.groupsHint")}
          options={groups.map((g) => ({ value: g.id, label: `${g.number}. ${groupName(g, i18n.language)}` }))}
          error={fieldError("groupIds")}
        />
        <Field
          name="designationEndsOn"
          type="date"
          label={t("nominations.designationEnds")}
          hint={t("nominations.designationEndsHint")}
          defaultValue={values.designationEndsOn}
          error={fieldError("designationEndsOn")}
        />
        <TextAreaField name="note" label={t("nominations.note")} defaultValue={values.note} error={fieldError("note")} rows={3} />
        <FormActions submitLabel={t("nominations.send")} cancelTo={`/organizations/${organization.id}`} />
      </Form>
    </section>
  );
}
