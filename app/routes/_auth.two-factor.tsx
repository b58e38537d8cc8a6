// The second step of signing in, for a half-signed-in session only: a code from the authenticator app (or a
// recovery code), a passkey or security key (with JavaScript), or, when nothing is set up yet and the person must
// use a second factor, setting up an authenticator app.
import { jsonObjectField } from "~/fields";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireHalfSignedIn, requireSignInStep, safeRedirectPath } from "~/auth/guards.server";
import { confirmTotpSetup, secondFactorStepPage, verifySecondFactor } from "~/domain/account/second-factor.server";
import { passkeySignInOptions, verifyPasskeySignIn } from "~/domain/account/passkeys.server";
import { invalid, parseForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { UsePasskey } from "~/ui/account/passkeys";
import { CodeField, RecoveryCodes, TotpSetup } from "~/ui/account/two-factor";
import { Form } from "~/ui/form";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "twoFactor.stepTitle");

const redirectTo = z.string().max(2000).optional();
const CodeForm = z.discriminatedUnion("intent", [
  z.object({
    intent: z.enum(["verify", "enrol"]),
    code: z.string().trim().min(1, "errors.requiredField").max(40, "errors.tooLong"),
    redirectTo,
  }),
  z.object({ intent: z.literal("passkeyOptions") }),
  z.object({
    intent: z.literal("passkey"),
    // The authenticator's answer (JSON from the browser library); the verification checks every part of it.
    response: jsonObjectField("twoFactor.passkeyFailed"),
    redirectTo,
  }),
]);

export async function loader(args: LoaderFunctionArgs) {
  const { actor, halfSignedIn } = await requireSignInStep(args);
  // Signed in (just now, by this page's own form, or before): nothing to ask; the page shows where to go on.
  const page = halfSignedIn ? await secondFactorStepPage(actor) : { mode: "signedIn" as const, required: false, offer: null };
  return data(page, { headers: { "Cache-Control": "private, no-store" } });
}

export async function action(args: ActionFunctionArgs) {
  const actor = await requireHalfSignedIn(args);
  const form = await parseForm(args.request, CodeForm);
  if (!form.ok) return invalid(form);
  if (form.data.intent === "passkeyOptions")
    return data(
      { ok: true as const, passkeyOptions: await passkeySignInOptions(actor) },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  const next = safeRedirectPath(form.data.redirectTo);
  if (form.data.intent === "passkey") {
    const result = await verifyPasskeySignIn(actor, form.data.response);
    if (!result.ok) return invalid({ errors: { passkey: result.error } }, { formError: result.error });
    throw redirect(next);
  }
  if (form.data.intent === "verify") {
    const result = await verifySecondFactor(actor, form.data.code);
    if (!result.ok) return invalid({ errors: { code: result.error } }, { formError: result.error });
    throw redirect(next);
  }
  const result = await confirmTotpSetup(actor, form.data.code);
  if (!result.ok) return invalid({ errors: { code: result.error } }, { formError: result.error });
  return data({ ok: true as const, recoveryCodes: result.recoveryCodes, next }, { headers: { "Cache-Control": "private, no-store" } });
}

/** The address to go on to, when it is a path of this site (the server checked it again when it redirected). */
const safeLocalPath = (path: string) => (/^\/(?![/\\])/.test(path) ? path : "/");

export default function TwoFactorStep() {
  const { t } = useTranslation();
  const page = useLoaderData<typeof loader>();
  const { mode, required, offer } = page;
  const factors = "passkeys" in page ? page : { passkeys: false, totp: false };
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo") ?? "/";
  if (actionData && "recoveryCodes" in actionData) {
    return (
      <>
        <h1>{t("twoFactor.recoveryTitle")}</h1>
        <RecoveryCodes codes={actionData.recoveryCodes} />
        <p>
          <Link to={actionData.next} className="button">
            {t("twoFactor.continue")}
          </Link>
        </p>
      </>
    );
  }
  if (mode === "signedIn") {
    return (
      <p>
        <Link to={safeLocalPath(redirectTo)} className="button">
          {t("twoFactor.continue")}
        </Link>
      </p>
    );
  }
  const errors = actionData && "errors" in actionData ? (actionData.errors as Record<string, string>) : undefined;
  const codeError = errors?.code ? t(errors.code as never) : null;
  const passkeyError = errors?.passkey ?? errors?.response ?? null;
  return (
    <>
      <h1>{t(mode === "verify" ? "twoFactor.stepTitle" : "twoFactor.setupTitle")}</h1>
      {codeError ? <Notice tone="error">{codeError}</Notice> : null}
      {passkeyError ? <Notice tone="error">{t(passkeyError as never)}</Notice> : null}
      {mode === "verify" && factors.passkeys ? <UsePasskey redirectTo={redirectTo} /> : null}
      {mode === "verify" || !offer ? (
        <>
          <p className="muted">{t("twoFactor.stepIntro")}</p>
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="verify" />
            <input type="hidden" name="redirectTo" value={redirectTo} />
            <CodeField error={codeError} />
            <div className="button-row">
              <button type="submit" className="button">
                {t("twoFactor.verify")}
              </button>
            </div>
          </Form>
        </>
      ) : (
        <>
          <p className="muted">{t(required ? "twoFactor.setupRequired" : "twoFactor.setupOptional")}</p>
          <TotpSetup offer={offer} error={codeError} hidden={{ redirectTo }} />
        </>
      )}
      <Form method="post" action="/logout" className="button-row">
        <button type="submit" className="button button--quiet">
          {t("twoFactor.useOtherAccount")}
        </button>
      </Form>
    </>
  );
}
