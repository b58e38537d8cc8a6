import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { titleFor } from "~/i18n/meta";
import { z } from "zod";
import { clientIp, requireAnonymous } from "~/auth/guards.server";
import { config } from "~/config.server";
import { emailField } from "~/fields";
import { requestPasswordReset } from "~/domain/account/password-reset.server";
import { invalid, parseForm } from "~/forms.server";
import { Field, Form, FormErrorSummary, useFieldError } from "~/ui/form";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "auth.forgotTitle");

const ForgotForm = z.object({ email: emailField });

export async function loader(args: LoaderFunctionArgs) {
  await requireAnonymous(args);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, ForgotForm);
  if (!form.ok) return invalid(form);
  const result = await requestPasswordReset(form.data.email, clientIp(context));
  if (!result.ok)
    return data({ ok: false as const, errors: { form: "auth.tooManyResetRequests" }, values: { email: form.data.email } }, { status: 429 });
  return data({ ok: true as const, minutes: config().PASSWORD_RESET_TTL_MINUTES });
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const errors = actionData && !actionData.ok ? (actionData.errors as Record<string, string>) : undefined;
  const fieldError = useFieldError(errors);
  if (actionData?.ok) {
    return (
      <>
        <h1>{t("auth.forgotTitle")}</h1>
        <Notice tone="success">{t("auth.resetSent", { minutes: actionData.minutes })}</Notice>
        <p>
          <Link to="/login">{t("auth.backToSignIn")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("auth.forgotTitle")}</h1>
      <p className="muted">{t("auth.forgotIntro")}</p>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="username"
          required
          defaultValue={actionData?.values?.email}
          error={fieldError("email")}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("auth.sendResetLink")}
          </button>
          <Link to="/login">{t("auth.backToSignIn")}</Link>
        </div>
      </Form>
    </>
  );
}
