// Form fields with their label, hint and error wired for screen readers (aria-invalid, aria-describedby).
import { Link } from "@remix-run/react";
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

/** The translated message for a field's error key; `values` fill placeholders such as {{mb}}. */
export function useFieldError(errors: Record<string, string> | undefined | null, values: Record<string, string | number> = {}) {
  const { t } = useTranslation();
  return (name: string) => (errors?.[name] ? String(t(errors[name] as never, values as never)) : null);
}

function describedBy(id: string, hint?: string | null, error?: string | null) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** Label, hint, the control, and the error, wired together for screen readers. */
export function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string | null; error?: string | null; children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode }) {
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) })}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Field({ name, label, type = "text", error, hint, defaultValue, required, id, ...rest }: FieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame id={fieldId} label={label} hint={hint} error={error}>
      {(aria) => <input id={fieldId} name={name} type={type} defaultValue={defaultValue ?? undefined} required={required} {...aria} {...rest} />}
    </FieldFrame>
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
    <FieldFrame id={fieldId} label={label} hint={hint} error={error}>
      {(aria) => (
        <select id={fieldId} name={name} defaultValue={defaultValue ?? ""} {...aria} {...rest}>
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
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
    <FieldFrame id={fieldId} label={label} hint={hint} error={error}>
      {(aria) => <textarea id={fieldId} name={name} defaultValue={defaultValue ?? undefined} {...aria} {...rest} />}
    </FieldFrame>
  );
}

/** A group of checkboxes sharing one name (submitted as several values). */
export function CheckboxGroup({ name, legend, hint, options, selected = [] }: { name: string; legend: string; hint?: string; options: ReadonlyArray<{ value: string; label: string }>; selected?: readonly string[] }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <ul className="checkbox-list">
        {options.map((o) => (
          <li key={o.value}>
            <label>
              <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} /> {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The submit button of a form and the way back without saving. */
export function FormActions({ submitLabel, cancelTo }: { submitLabel: string; cancelTo: string }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button type="submit" className="button">
        {submitLabel}
      </button>
      <Link to={cancelTo}>{t("common.cancel")}</Link>
    </div>
  );
}
