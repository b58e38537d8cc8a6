import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { titleFor } from "~/i18n/meta";
import { z } from "zod";
import { clientIp, optionalUser, safeRedirectPath, SECOND_FACTOR_PATH } from "~/auth/guards.server";
import { signIn } from "~/domain/account/sign-in.server";
import { deviceTokenOf } from "~/auth/devices.server";
import { emailField } from "~/fields";
import { invalid, parseForm } from "~/forms.server";
import { Field, Form, FormErrorSummary, useFieldError } from "~/ui/form";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "auth.signIn");

const SignInForm = z.object({
  email: emailField,
  password: z.string().min(1, "errors.requiredField").max(1000, "errors.tooLong"),
  redirectTo: z.string().optional(),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await optionalUser({ request, context })) {
    throw redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")));
  }
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, SignInForm);
  if (!form.ok) return invalid(form);
  const { email, password, redirectTo } = form.data;
  const result = await signIn(email, password, {
    ip: clientIp(context),
    userAgent: request.headers.get("User-Agent"),
    deviceToken: deviceTokenOf(request),
  });
  if (result.ok) {
    const target = safeRedirectPath(redirectTo);
    const next = result.secondFactor ? `${SECOND_FACTOR_PATH}?${new URLSearchParams({ redirectTo: target })}` : target;
    const headers = new Headers({ "Set-Cookie": result.cookie });
    if (result.deviceCookie) headers.append("Set-Cookie", result.deviceCookie);
    throw redirect(next, { headers });
  }
  const values = { email };
  if (result.reason === "rateLimited") {
    return data(
      { ok: false as const, errors: { form: "auth.tooManyAttempts" }, values, retryAfterMinutes: result.retryAfterMinutes },
      { status: 429 },
    );
  }
  const message = result.reason === "suspended" ? "auth.suspended" : "auth.invalidCredentials";
  return data({ ok: false as const, errors: { form: message }, values, retryAfterMinutes: 0 }, { status: 400 });
}

export default function Login() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const navigation = useNavigation();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const fieldError = useFieldError(errors);
  const formMessage =
    errors?.form === "auth.tooManyAttempts"
      ? t("auth.tooManyAttempts", { count: (actionData as { retryAfterMinutes?: number }).retryAfterMinutes ?? 1 })
      : errors?.form
        ? t(errors.form as never)
        : null;
  return (
    <>
      <h1>{t("auth.signInTitle")}</h1>
      <p className="muted">{t("auth.signInIntro")}</p>
      {formMessage ? <Notice tone="error">{formMessage}</Notice> : errors ? <FormErrorSummary errors={errors} /> : null}
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="username"
          required
          defaultValue={actionData?.values?.email}
          error={fieldError("email")}
          autoFocus
        />
        <Field
          name="password"
          type="password"
          label={t("auth.password")}
          autoComplete="current-password"
          required
          error={fieldError("password")}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={navigation.state === "submitting"}>
            {t("auth.signIn")}
          </button>
          <Link to="/forgot-password">{t("auth.forgotPasswordLink")}</Link>
        </div>
      </Form>
      <p className="small muted">{t("auth.noAccount")}</p>
    </>
  );
}
