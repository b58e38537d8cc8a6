// Two-factor sign-in on the account: set up an authenticator app, make new recovery codes, or turn it off (only
// for people whose role does not require it). Each change needs a fresh code. Passkeys and security keys: added
// after the password again (needs JavaScript), listed, and removed.
import { jsonObjectField } from "~/fields";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import {
  confirmTotpSetup,
  regenerateRecoveryCodes,
  turnOffSecondFactor,
  twoFactorAccountPage,
} from "~/domain/account/second-factor.server";
import { addPasskey, passkeyRegistrationOptions, passkeysOf, removePasskey } from "~/domain/account/passkeys.server";
import { invalid, parseForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { PASSKEY_NAME_MAX_LENGTH, PasskeySection } from "~/ui/account/passkeys";
import { CodeField, RecoveryCodes, TotpSetup } from "~/ui/account/two-factor";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { Form } from "~/ui/form";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "twoFactor.sectionTitle");

const code = z.string().trim().min(1, "errors.requiredField").max(40, "errors.tooLong");
const passkeyName = z.string().trim().min(1, "errors.requiredField").max(PASSKEY_NAME_MAX_LENGTH, "errors.tooLong");
/** The authenticator's answer, as the browser library gives it (JSON); its parts are checked by the verification. */
const authenticatorAnswer = jsonObjectField("twoFactor.passkeyFailed");

const ChangeForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["enrol", "renew", "turnOff"]), code }),
  z.object({
    intent: z.literal("passkeyOptions"),
    name: passkeyName,
    password: z.string().min(1, "errors.requiredField").max(1000, "errors.tooLong"),
  }),
  z.object({ intent: z.literal("addPasskey"), name: passkeyName, response: authenticatorAnswer }),
  z.object({
    intent: z.literal("removePasskey"),
    passkeyId: z.string().min(1, "errors.requiredField").max(1500, "errors.tooLong"),
    password: z.string().min(1, "errors.requiredField").max(1000, "errors.tooLong"),
  }),
]);

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const [page, passkeys] = await Promise.all([twoFactorAccountPage(user), passkeysOf(user.id)]);
  return data({ ...page, passkeys }, { headers: { "Cache-Control": "private, no-store" } });
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const form = await parseForm(args.request, ChangeForm);
  if (!form.ok) return invalid(form);
  const noStore = { headers: { "Cache-Control": "private, no-store" } };
  if (form.data.intent === "passkeyOptions") {
    const result = await passkeyRegistrationOptions(user, form.data.password);
    if (!result.ok) return invalid({ errors: { password: result.error } }, { intent: "addPasskey" });
    return data({ ok: true as const, passkeyOptions: result.options }, noStore);
  }
  if (form.data.intent === "addPasskey") {
    const result = await addPasskey(user, { name: form.data.name, response: form.data.response });
    if (!result.ok) return invalid({ errors: { passkey: result.error } }, { intent: "addPasskey" });
    return data({ ok: true as const, passkeyAdded: form.data.name, recoveryCodes: result.recoveryCodes ?? undefined }, noStore);
  }
  if (form.data.intent === "removePasskey") {
    const result = await removePasskey(user, { passkeyId: form.data.passkeyId, password: form.data.password });
    if (!result.ok)
      return invalid(
        { errors: result.error === "twoFactor.passkeyLastFactor" ? { passkeyId: result.error } : { removePassword: result.error } },
        { intent: "removePasskey" },
      );
    return redirect("/account/two-factor", { headers: { "Set-Cookie": await setFlash({ key: "twoFactor.passkeyRemoved" }) } });
  }
  const { intent, code } = form.data;
  if (intent === "turnOff") {
    const result = await turnOffSecondFactor(user, code);
    if (!result.ok) return invalid({ errors: { code: result.error } }, { intent });
    return redirect("/account", { headers: { "Set-Cookie": await setFlash({ key: "twoFactor.turnedOff" }) } });
  }
  const result = intent === "enrol" ? await confirmTotpSetup(user, code) : await regenerateRecoveryCodes(user, code);
  if (!result.ok) return invalid({ errors: { code: result.error } }, { intent });
  return data({ ok: true as const, recoveryCodes: result.recoveryCodes }, { headers: { "Cache-Control": "private, no-store" } });
}

export default function AccountTwoFactor() {
  const { t } = useTranslation();
  const { totp, since, recoveryCodesLeft, required, offer, passkeys } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const format = useFormat();
  const failed = actionData && "errors" in actionData ? actionData : null;
  const failedErrors = (failed?.errors ?? {}) as Record<string, string>;
  const failedIntent = (failed as { intent?: string } | null)?.intent;
  const passkeyError = failedIntent === "removePasskey" ? null : (failedErrors.passkey ?? failedErrors.response ?? null);
  const errorFor = (intent: string) =>
    failed && (failed as { intent?: string }).intent === intent ? t((failed.errors as Record<string, string>).code as never) : null;
  return (
    <>
      <p>
        <Link to="/account">← {t("account.title")}</Link>
      </p>
      <h1>{t("twoFactor.sectionTitle")}</h1>
      {actionData && "recoveryCodes" in actionData && actionData.recoveryCodes ? <RecoveryCodes codes={actionData.recoveryCodes} /> : null}
      {!totp && passkeys.length > 0 ? (
        <>
          <Notice tone="success">{t("twoFactor.statusPasskeys")}</Notice>
          <p>{t("twoFactor.codesLeft", { count: recoveryCodesLeft })}</p>
        </>
      ) : null}
      {totp ? (
        <>
          <Notice tone="success">{t("twoFactor.statusOn", { date: since ? format.date(since) : "" })}</Notice>
          <p>{t("twoFactor.codesLeft", { count: recoveryCodesLeft })}</p>
          <section aria-labelledby="renew-heading" className="card">
            <h2 id="renew-heading">{t("twoFactor.renewTitle")}</h2>
            <p className="muted">{t("twoFactor.renewIntro")}</p>
            <Form method="post" className="form" secretAnswer noValidate>
              <input type="hidden" name="intent" value="renew" />
              <CodeField error={errorFor("renew")} label={t("twoFactor.appCode")} />
              <div className="button-row">
                <button type="submit" className="button">
                  {t("twoFactor.renew")}
                </button>
              </div>
            </Form>
          </section>
          {required ? (
            <p className="muted">{t("twoFactor.requiredNote")}</p>
          ) : (
            <section aria-labelledby="off-heading" className="card">
              <h2 id="off-heading">{t("twoFactor.turnOffTitle")}</h2>
              <p className="muted">{t("twoFactor.turnOffIntro")}</p>
              <Form method="post" className="form" noValidate>
                <input type="hidden" name="intent" value="turnOff" />
                <CodeField error={errorFor("turnOff")} />
                <div className="button-row">
                  <button type="submit" className="button button--danger">
                    {t("twoFactor.turnOff")}
                  </button>
                </div>
              </Form>
            </section>
          )}
        </>
      ) : offer ? (
        <section aria-labelledby="setup-heading" className="card">
          <h2 id="setup-heading">{t("twoFactor.setupTitle")}</h2>
          {passkeys.length === 0 ? <p className="muted">{t("twoFactor.statusOff")}</p> : null}
          <p>{t(required ? "twoFactor.setupRequired" : "twoFactor.setupOptional")}</p>
          {errorFor("enrol") ? <Notice tone="error">{errorFor("enrol")}</Notice> : null}
          <TotpSetup offer={offer} error={errorFor("enrol")} />
        </section>
      ) : null}
      <PasskeySection
        keys={passkeys}
        error={passkeyError ? t(passkeyError as never) : null}
        added={actionData && "passkeyAdded" in actionData ? actionData.passkeyAdded : null}
        removeErrors={failedIntent === "removePasskey" || failedErrors.removePassword ? failedErrors : null}
      />
    </>
  );
}
