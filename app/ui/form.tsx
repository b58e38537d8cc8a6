// Form fields with their label, hint and error wired for screen readers (aria-invalid, aria-describedby).
import { useTranslation } from "react-i18next";

type FieldProps = {
  name: string;
  label: string;
  type?: string;
  error?: string | null;
  hint?: string | null;
  defaultValue?: string | number | null;
  required?: boolean;
  autoComplete?: string;
  id?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "defaultValue" | "id" | "name" | "type">;

export function useFieldError(errors: Record<string, string> | undefined | null) {
  const { t } = useTranslation();
  return (name: string) => (errors?.[name] ? (t(errors[name] as never) as string) : null);
}

export function describedBy(id: string, hint?: string | null, error?: string | null) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function Field({ name, label, type = "text", error, hint, defaultValue, required, id, ...rest }: FieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={fieldId}>{label}</label>
      <FieldHint id={fieldId} hint={hint} />
      <input
        id={fieldId}
        name={name}
        type={type}
        defaultValue={defaultValue ?? undefined}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...rest}
      />
      <FieldErrorText id={fieldId} error={error} />
    </div>
  );
}

type SelectFieldProps = {
  name: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string | null;
  hint?: string | null;
  defaultValue?: string | null;
  emptyOption?: string;
  id?: string;
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "defaultValue" | "id" | "name">;

export function SelectField({ name, label, options, error, hint, defaultValue, emptyOption, id, ...rest }: SelectFieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={fieldId}>{label}</label>
      <FieldHint id={fieldId} hint={hint} />
      <select
        id={fieldId}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...rest}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrorText id={fieldId} error={error} />
    </div>
  );
}

export function CheckboxField({ name, label, defaultChecked, value = "on", id }: { name: string; label: string; defaultChecked?: boolean; value?: string; id?: string }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="field field--checkbox">
      <input id={fieldId} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} />
      <label htmlFor={fieldId}>{label}</label>
    </div>
  );
}

/** Shown at the top of a form that came back with errors; focus lands here for screen-reader users. */
export function FormErrorSummary({ errors }: { errors?: Record<string, string> | null }) {
  const { t } = useTranslation();
  if (!errors || Object.keys(errors).length === 0) return null;
  const general = errors.form ? (t(errors.form as never) as string) : null;
  return (
    <div className="notice notice--error" role="alert">
      {general ?? t("common.formHasErrors")}
    </div>
  );
}

/** The hint above and the error below a field, with the ids aria-describedby points to. */
export function FieldHint({ id, hint }: { id: string; hint?: string | null }) {
  return hint ? (
    <p className="field__hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

export function FieldErrorText({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <p className="field__error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

export function TextAreaField({ name, label, error, hint, defaultValue, required, id }: { name: string; label: string; error?: string | null; hint?: string | null; defaultValue?: string | null; required?: boolean; id?: string }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={fieldId}>{label}</label>
      <FieldHint id={fieldId} hint={hint} />
      <textarea id={fieldId} name={name} required={required} defaultValue={defaultValue ?? undefined} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, hint, error)} />
      <FieldErrorText id={fieldId} error={error} />
    </div>
  );
}
