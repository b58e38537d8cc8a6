import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { titleFor } from "~/i18n/meta";
import { clientIp } from "~/auth/guards.server";
import { passwordPairSchema, PASSWORD_MIN_LENGTH } from "~/auth/password.server";
import { findValidReset, resetPassword } from "~/domain/account/password-reset.server";
import { invalid, parseForm } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { Form, FormErrorSummary, useFieldError } from "~/ui/form";
import { NewPasswordFields } from "~/ui/account/new-password-fields";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "auth.resetTitle");

export async function loader({ params }: LoaderFunctionArgs) {
  const reset = await findValidReset(params.token ?? "");
  return { valid: Boolean(reset), email: reset?.user.email ?? null, minLength: PASSWORD_MIN_LENGTH };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const reset = await findValidReset(params.token ?? "");
  if (!reset) return invalid({ errors: { form: "auth.linkInvalid" } });
  const form = await parseForm(
    request,
    passwordPairSchema(() => [reset.user.email, reset.user.name]),
  );
  if (!form.ok) return invalid(form);
  const done = await resetPassword(params.token ?? "", form.data.password, clientIp(context));
  if (!done) return invalid({ errors: { form: "auth.linkInvalid" } });
  return redirect("/login", { headers: { "Set-Cookie": await setFlash({ key: "auth.resetDone" }) } });
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const { valid, email, minLength } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const fieldError = useFieldError(errors);
  if (!valid) {
    return (
      <>
        <h1>{t("auth.resetTitle")}</h1>
        <Notice tone="error">{t("auth.linkInvalid")}</Notice>
        <p>
          <Link to="/forgot-password">{t("auth.requestNewLink")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("auth.resetTitle")}</h1>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        <input type="email" name="username" autoComplete="username" value={email ?? ""} readOnly hidden />
        <NewPasswordFields label={t("auth.newPassword")} minLength={minLength} fieldError={fieldError} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("auth.setPassword")}
          </button>
        </div>
      </Form>
    </>
  );
}
