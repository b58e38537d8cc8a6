// The pieces of two-factor sign-in the second sign-in step and the account page share: setting up an
// authenticator app (QR code and the key as text), the code field, and the recovery codes shown once.
import { useTranslation } from "react-i18next";
import { Field, Form } from "~/ui/form";

/** A code field: digits from the app or a recovery code; the browser may offer the one-time code it received. */
export function CodeField({ error, label }: { error?: string | null; label?: string }) {
  const { t } = useTranslation();
  return (
    <Field
      name="code"
      label={label ?? t("twoFactor.code")}
      hint={t("twoFactor.codeHint")}
      autoComplete="one-time-code"
      autoCapitalize="characters"
      spellCheck={false}
      required
      maxLength={40}
      error={error}
    />
  );
}

export function TotpSetup({
  offer,
  error,
  hidden,
}: {
  offer: { secretGroups: string; qrImage: string };
  error?: string | null;
  hidden?: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="form" secretAnswer noValidate>
      <input type="hidden" name="intent" value="enrol" />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ol className="stack">
        <li>
          <p>{t("twoFactor.setupStep1")}</p>
          <img src={offer.qrImage} width={220} height={220} alt={t("twoFactor.qrLabel")} />
        </li>
        <li>
          <p>{t("twoFactor.setupStep2")}</p>
          <p>
            <span className="visually-hidden">{t("twoFactor.keyLabel")}: </span>
            <code data-testid="totp-key" aria-label={t("twoFactor.keyLabel")}>
              {offer.secretGroups}
            </code>
          </p>
        </li>
        <li>
          <p>{t("twoFactor.setupStep3")}</p>
          <CodeField error={error} label={t("twoFactor.appCode")} />
        </li>
      </ol>
      <div className="button-row">
        <button type="submit" className="button">
          {t("twoFactor.confirmSetup")}
        </button>
      </div>
    </Form>
  );
}

export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="recovery-heading" className="card stack">
      <h2 id="recovery-heading">{t("twoFactor.recoveryTitle")}</h2>
      <p>{t("twoFactor.recoveryIntro", { count: codes.length })}</p>
      <ul aria-label={t("twoFactor.recoveryCodesLabel")} className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
