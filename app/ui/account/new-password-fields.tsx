import { useTranslation } from "react-i18next";
import { Field } from "~/ui/form";

/** A new password and its confirmation, as every form that sets one asks for them (invitation, reset, account). */
export function NewPasswordFields({
  label,
  minLength,
  fieldError,
}: {
  label: string;
  minLength: number;
  fieldError: (name: string) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        name="password"
        type="password"
        label={label}
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={t("auth.passwordHint", { min: minLength })}
        error={fieldError("password")}
      />
      <Field
        name="confirmPassword"
        type="password"
        label={t("auth.confirmPassword")}
        autoComplete="new-password"
        required
        error={fieldError("confirmPassword")}
      />
    </>
  );
}
