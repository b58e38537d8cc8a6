import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { titleFor } from "~/i18n/meta";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { PASSWORD_MIN_LENGTH, passwordPairSchema } from "~/auth/password.server";
import { config } from "~/config.server";
import { accountPage, changePassword, signOutOtherSessions } from "~/domain/account/settings.server";
import { invalid, parseFormData, readFormData } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { NewPasswordFields } from "~/ui/account/new-password-fields";
import { Field, Form, FormErrorSummary, useFieldError } from "~/ui/form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "account.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return {
    ...(await accountPage(user)),
    idleMinutes: config().SESSION_IDLE_MINUTES,
    absoluteHours: config().SESSION_ABSOLUTE_HOURS,
    minLength: PASSWORD_MIN_LENGTH,
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const formData = await readFormData(args.request);
  const intent = formData.get("intent");
  if (intent === "signOutOthers") {
    const count = await signOutOtherSessions(user);
    return redirect("/account", { headers: { "Set-Cookie": await setFlash({ key: "account.othersSignedOut", values: { count } }) } });
  }
  if (intent === "changePassword") {
    const schema = z.intersection(
      z.object({ currentPassword: z.string().min(1, "errors.requiredField").max(1000) }),
      passwordPairSchema(() => [user.email, user.name]),
    );
    const form = parseFormData(formData, schema);
    if (!form.ok) return invalid(form);
    const result = await changePassword(user, form.data, args.request.headers.get("User-Agent"));
    if (!result.ok) return invalid({ errors: result.errors });
    const headers = new Headers();
    headers.append("Set-Cookie", result.cookie);
    headers.append("Set-Cookie", await setFlash({ key: "account.passwordChanged" }));
    return redirect("/account", { headers });
  }
  return data({ ok: false as const, errors: { form: "errors.invalidField" }, values: {} }, { status: 400 });
}

export default function Account() {
  const { t } = useTranslation();
  const { sessions, twoFactor, idleMinutes, absoluteHours, minLength } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const fieldError = useFieldError(errors);
  const format = useFormat();
  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <h1>{t("account.title")}</h1>

      <section aria-labelledby="two-factor-heading" className="card">
        <h2 id="two-factor-heading">{t("twoFactor.sectionTitle")}</h2>
        <p>
          {twoFactor.totp
            ? t("twoFactor.statusOn", { date: twoFactor.since ? format.date(twoFactor.since) : "" })
            : twoFactor.passkeys > 0
              ? t("twoFactor.statusPasskeys")
              : t("twoFactor.statusOff")}
        </p>
        {twoFactor.passkeys > 0 ? <p className="muted">{t("twoFactor.passkeysCount", { count: twoFactor.passkeys })}</p> : null}
        {twoFactor.totp || twoFactor.passkeys > 0 ? (
          <p className="muted">{t("twoFactor.codesLeft", { count: twoFactor.recoveryCodesLeft })}</p>
        ) : null}
        {twoFactor.required ? <p className="muted">{t("twoFactor.requiredNote")}</p> : null}
        <p>
          <Link to="/account/two-factor">{t(twoFactor.totp || twoFactor.passkeys > 0 ? "twoFactor.manage" : "twoFactor.setUp")}</Link>
        </p>
      </section>

      <section aria-labelledby="notification-settings-heading" className="card">
        <h2 id="notification-settings-heading">{t("notifications.preferences.title")}</h2>
        <p>
          <Link to="/account/notifications">{t("notifications.preferences.link")}</Link>
        </p>
      </section>

      <section aria-labelledby="password-heading" className="card">
        <h2 id="password-heading">{t("account.passwordSection")}</h2>
        <FormErrorSummary errors={errors} />
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="changePassword" />
          <Field
            name="currentPassword"
            type="password"
            label={t("auth.currentPassword")}
            autoComplete="current-password"
            required
            error={fieldError("currentPassword")}
          />
          <NewPasswordFields label={t("auth.newPassword")} minLength={minLength} fieldError={fieldError} />
          <div className="button-row">
            <button type="submit" className="button">
              {t("account.passwordSection")}
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("account.sessionsSection")}</h2>
        <p className="muted">{t("account.sessionsIntro", { idle: idleMinutes, absolute: absoluteHours })}</p>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("account.signedInAt")}</th>
                <th scope="col">{t("account.expiresAt")}</th>
                <th scope="col">{t("account.address")}</th>
                <th scope="col">{t("account.browser")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    {format.dateTime(s.createdAt)} {s.current ? <span className="badge">{t("account.thisSession")}</span> : null}
                  </td>
                  <td>{format.dateTime(s.expiresAt)}</td>
                  <td>{s.ip ?? "—"}</td>
                  <td className="small">{s.userAgent ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {others > 0 ? (
          <Form method="post" className="button-row">
            <input type="hidden" name="intent" value="signOutOthers" />
            <button type="submit" className="button button--quiet">
              {t("account.signOutOthers")}
            </button>
          </Form>
        ) : (
          <p className="muted">{t("account.noOtherSessions")}</p>
        )}
      </section>
    </>
  );
}
