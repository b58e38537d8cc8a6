import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { titleFor } from "~/i18n/meta";
import { clientIp } from "~/auth/guards.server";
import { PASSWORD_MIN_LENGTH } from "~/auth/password.server";
import { acceptInvitation, AcceptInvitationInput, findPendingInvitation } from "~/domain/admin/invitations.server";
import { invalid, parseForm } from "~/forms.server";
import { Field, Form, FormErrorSummary, useFieldError } from "~/ui/form";
import { organizationFullName } from "~/names";
import { NewPasswordFields } from "~/ui/account/new-password-fields";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "auth.inviteTitle");

export async function loader({ params }: LoaderFunctionArgs) {
  const invitation = await findPendingInvitation(params.token ?? "");
  if (!invitation) return { valid: false as const, minLength: PASSWORD_MIN_LENGTH };
  return {
    valid: true as const,
    minLength: PASSWORD_MIN_LENGTH,
    email: invitation.user.email,
    name: invitation.user.name,
    organization: invitation.organization,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await parseForm(request, AcceptInvitationInput);
  if (!form.ok) return invalid(form);
  const result = await acceptInvitation(params.token ?? "", form.data, {
    ip: clientIp(context),
    userAgent: request.headers.get("User-Agent"),
  });
  if (!result.ok) return invalid({ errors: { form: "auth.linkInvalid" } });
  return redirect("/", { headers: { "Set-Cookie": result.cookie } });
}

export default function AcceptInvitation() {
  const { t, i18n } = useTranslation();
  const invitation = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const fieldError = useFieldError(errors);
  if (!invitation.valid) {
    return (
      <>
        <h1>{t("auth.inviteTitle")}</h1>
        <Notice tone="error">{t("auth.linkInvalid")}</Notice>
      </>
    );
  }
  return (
    <>
      <h1>{t("auth.inviteTitle")}</h1>
      <p>{t("auth.inviteIntro", { organization: organizationFullName(invitation.organization, i18n.language) })}</p>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        <Field name="email" type="email" label={t("auth.email")} autoComplete="username" value={invitation.email} readOnly />
        <Field
          name="name"
          label={t("auth.yourName")}
          autoComplete="name"
          required
          defaultValue={actionData?.values?.name ?? invitation.name}
          error={fieldError("name")}
        />
        <NewPasswordFields label={t("auth.password")} minLength={invitation.minLength} fieldError={fieldError} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("auth.createAccount")}
          </button>
        </div>
      </Form>
    </>
  );
}
