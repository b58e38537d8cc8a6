// Passkeys and security keys in the browser (WebAuthn through @simplewebauthn/browser): adding one on the account
// page, using one at the second sign-in step, and the list of keys with a remove button each. A ceremony needs
// JavaScript: the page asks its own action for options (a fetcher), hands them to the browser's authenticator, and
// posts the answer as a form (a navigation, so the server's redirect or its answer shows as for any form). Without
// JavaScript the page says so, and the codes (app or recovery) still work. Removing a key is a plain form (with the
// password again).
import { startAuthentication, startRegistration, browserSupportsWebAuthn } from "@simplewebauthn/browser";
import { useFetcher, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/ui/format";
import { Field, Form, SelectField } from "~/ui/form";
import { useHydrated } from "~/ui/hydrated";
import { Notice } from "~/ui/notice";

export const PASSKEY_NAME_MAX_LENGTH = 60;

type OptionsAnswer = { ok?: boolean; passkeyOptions?: unknown; errors?: Record<string, string> };

/** A ceremony's options from the page's own action, then the authenticator, then the answer posted as a form. */
function usePasskeyCeremony(run: (options: unknown) => Promise<unknown>, post: (response: unknown) => void) {
  const fetcher = useFetcher<OptionsAnswer>();
  const handled = useRef<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const answer = fetcher.data;
    if (fetcher.state !== "idle" || !answer || handled.current === answer) return;
    handled.current = answer;
    if (!answer.passkeyOptions) return;
    run(answer.passkeyOptions).then(post, () => setProblem("twoFactor.passkeyCancelled"));
  }, [fetcher.state, fetcher.data, run, post]);
  return { fetcher, problem, setProblem, errors: fetcher.data?.errors ?? null };
}

/** The note for browsers without JavaScript or WebAuthn (the codes still work). */
function NeedsScript() {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  if (!hydrated) return <p className="muted">{t("twoFactor.passkeyNeedsScript")}</p>;
  if (!browserSupportsWebAuthn()) return <p className="muted">{t("twoFactor.passkeyUnsupported")}</p>;
  return null;
}

/** At the second sign-in step: one button that asks the person's key. */
export function UsePasskey({ redirectTo }: { redirectTo: string }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const submit = useSubmit();
  const ceremony = usePasskeyCeremony(
    (options) => startAuthentication({ optionsJSON: options as Parameters<typeof startAuthentication>[0]["optionsJSON"] }),
    (response) => submit({ intent: "passkey", response: JSON.stringify(response), redirectTo }, { method: "post" }),
  );
  const supported = hydrated && browserSupportsWebAuthn();
  return (
    <section aria-labelledby="passkey-step-heading" className="card stack">
      <h2 id="passkey-step-heading">{t("twoFactor.passkeysTitle")}</h2>
      {ceremony.problem ? <Notice tone="error">{t(ceremony.problem as never)}</Notice> : null}
      <NeedsScript />
      {supported ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={ceremony.fetcher.state !== "idle"}
            onClick={() => {
              ceremony.setProblem(null);
              ceremony.fetcher.submit({ intent: "passkeyOptions" }, { method: "post" });
            }}
          >
            {t("twoFactor.passkeyUse")}
          </button>
        </div>
      ) : null}
    </section>
  );
}

type Key = { id: string; name: string; createdAt: string | Date; lastUsedAt: string | Date | null };

/** On the account page: the keys, a remove button for each, and the form that adds one (name and password). */
export function PasskeySection({
  keys,
  error,
  added,
  removeErrors,
}: {
  keys: Key[];
  error?: string | null;
  added?: string | null;
  /** The removal form's refusals: `passkeyId` (the last factor of a role that needs one), `removePassword`. */
  removeErrors?: Record<string, string> | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const hydrated = useHydrated();
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState("");
  const post = (response: unknown) => submit({ intent: "addPasskey", name, response: JSON.stringify(response) }, { method: "post" });
  const ceremony = usePasskeyCeremony(
    (options) => startRegistration({ optionsJSON: options as Parameters<typeof startRegistration>[0]["optionsJSON"] }),
    post,
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    ceremony.setProblem(null);
    const data = new FormData(event.currentTarget);
    setName(String(data.get("name") ?? ""));
    ceremony.fetcher.submit(
      { intent: "passkeyOptions", name: String(data.get("name") ?? ""), password: String(data.get("password") ?? "") },
      { method: "post" },
    );
  };
  // Added: the name and the password are not kept in the form.
  useEffect(() => {
    if (added) form.current?.reset();
  }, [added]);
  const problem = ceremony.problem ? t(ceremony.problem as never) : error;
  const fieldErrors = ceremony.errors;
  const supported = hydrated && browserSupportsWebAuthn();
  return (
    <section aria-labelledby="passkeys-heading" className="card stack">
      <h2 id="passkeys-heading">{t("twoFactor.passkeysTitle")}</h2>
      <p className="muted">{t("twoFactor.passkeysIntro")}</p>
      {added ? <Notice tone="success">{t("twoFactor.passkeyAdded", { name: added })}</Notice> : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {keys.length === 0 ? (
        <p>{t("twoFactor.passkeysNone")}</p>
      ) : (
        <>
          <ul className="stack" aria-label={t("twoFactor.passkeysTitle")}>
            {keys.map((key) => (
              <li key={key.id}>
                <strong>{key.name}</strong>{" "}
                <span className="muted">
                  {t("twoFactor.passkeyAddedOn", { date: format.date(key.createdAt) })}
                  {key.lastUsedAt ? `, ${t("twoFactor.passkeyLastUsed", { date: format.date(key.lastUsedAt) })}` : null}
                </span>
              </li>
            ))}
          </ul>
          {/* Removing needs the password again; a plain form, with or without JavaScript. */}
          <Form method="post" className="form" aria-labelledby="passkey-remove-heading" noValidate>
            <h3 id="passkey-remove-heading">{t("twoFactor.passkeyRemoveTitle")}</h3>
            <input type="hidden" name="intent" value="removePasskey" />
            <SelectField
              name="passkeyId"
              id="passkey-remove-key"
              label={t("twoFactor.passkeyToRemove")}
              options={keys.map((key) => ({ value: key.id, label: key.name }))}
              error={removeErrors?.passkeyId ? t(removeErrors.passkeyId as never) : null}
            />
            <Field
              name="password"
              id="passkey-remove-password"
              type="password"
              label={t("twoFactor.passkeyPassword")}
              autoComplete="current-password"
              required
              error={removeErrors?.removePassword ? t(removeErrors.removePassword as never) : null}
            />
            <div className="button-row">
              <button type="submit" className="button button--danger">
                {t("twoFactor.passkeyRemoveButton")}
              </button>
            </div>
          </Form>
        </>
      )}
      <NeedsScript />
      {supported ? (
        <form ref={form} method="post" className="form" onSubmit={onSubmit} aria-label={t("twoFactor.passkeyAdd")} noValidate>
          <Field
            name="name"
            label={t("twoFactor.passkeyName")}
            hint={t("twoFactor.passkeyNameHint")}
            required
            maxLength={PASSKEY_NAME_MAX_LENGTH}
            error={fieldErrors?.name ? t(fieldErrors.name as never) : null}
          />
          <Field
            name="password"
            id="passkey-add-password"
            type="password"
            label={t("twoFactor.passkeyPassword")}
            autoComplete="current-password"
            required
            error={fieldErrors?.password ? t(fieldErrors.password as never) : null}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={ceremony.fetcher.state !== "idle"}>
              {t("twoFactor.passkeyAdd")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
