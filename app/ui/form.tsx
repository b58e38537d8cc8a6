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

function describedBy(id: string, hint?: string | null, error?: string | null) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function Field({ name, label, type = "text", error, hint, defaultValue, required, id, ...rest }: FieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell fieldId={fieldId} label={label} hint={hint} error={error}>
      <input id={fieldId} name={name} type={type} defaultValue={defaultValue ?? undefined} required={required} {...describedByFor(fieldId, hint, error)} {...rest} />
    </FieldShell>
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
    <FieldShell fieldId={fieldId} label={label} hint={hint} error={error}>
      <select id={fieldId} name={name} defaultValue={defaultValue ?? ""} {...describedByFor(fieldId, hint, error)} {...rest}>
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
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

/** Label, hint and error around any control (the control gets `${fieldId}` and describedByFor). */
export function FieldShell({ fieldId, label, hint, error, children }: { fieldId: string; label: string; hint?: string | null; error?: string | null; children: React.ReactNode }) {
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={`${fieldId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** aria-invalid and aria-describedby for a control inside FieldShell. */
export function describedByFor(fieldId: string, hint?: string | null, error?: string | null) {
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(fieldId, hint, error) };
}

type TextAreaFieldProps = {
  name: string;
  label: string;
  error?: string | null;
  hint?: string | null;
  defaultValue?: string | null;
  id?: string;
} & Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "defaultValue" | "id" | "name">;

export function TextAreaField({ name, label, error, hint, defaultValue, id, ...rest }: TextAreaFieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldShell fieldId={fieldId} label={label} hint={hint} error={error}>
      <textarea id={fieldId} name={name} defaultValue={defaultValue ?? undefined} {...describedByFor(fieldId, hint, error)} {...rest} />
    </FieldShell>
  );
}
