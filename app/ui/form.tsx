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

/** The translated message for a field's error key; `values` fill placeholders such as {{limit}}. */
export function useFieldError(errors: Record<string, string> | undefined | null, values: Record<string, string | number> = {}) {
  const { t } = useTranslation();
  return (name: string) => (errors?.[name] ? String(t(errors[name] as never, values as never)) : null);
}

function describedBy(id: string, hint?: string | null, error?: string | null) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** The hint under a label and the error under a control, with the ids describedBy points to. */
function FieldHint({ fieldId, hint }: { fieldId: string; hint?: string | null }) {
  return hint ? (
    <p className="field__hint" id={`${fieldId}-hint`}>
      {hint}
    </p>
  ) : null;
}

function FieldErrorText({ fieldId, error }: { fieldId: string; error?: string | null }) {
  return error ? (
    <p className="field__error" id={`${fieldId}-error`}>
      {error}
    </p>
  ) : null;
}
/** Label, hint, the control, and the error, wired together for screen readers. */
export function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string | null; error?: string | null; children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode }) {
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <FieldHint fieldId={id} hint={hint} />
      {children({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) })}
      <FieldErrorText fieldId={id} error={error} />
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

export function CheckboxField({
  name,
  label,
  defaultChecked,
  value = "on",
  id,
  hint,
  error,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  value?: string;
  id?: string;
  hint?: string | null;
  error?: string | null;
}) {
  const fieldId = id ?? `field-${name}`;
  const box = (
    <div className="field field--checkbox">
      <input id={fieldId} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, hint, error)} />
      <label htmlFor={fieldId}>{label}</label>
    </div>
  );
  if (!hint && !error) return box;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      {box}
      <FieldHint fieldId={fieldId} hint={hint} />
      <FieldErrorText fieldId={fieldId} error={error} />
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

/** Several checkboxes under one name (a multi-valued field), in a fieldset with its legend and error. */
export function CheckboxGroup({
  name,
  legend,
  options,
  selected = [],
  error,
  hint,
}: {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string; lang?: string }>;
  selected?: ReadonlyArray<string>;
  error?: string | null;
  hint?: string | null;
}) {
  const groupId = `field-${name}`;
  return (
    <fieldset className={`field checkbox-group${error ? " field--invalid" : ""}`} aria-describedby={describedBy(groupId, hint, error)}>
      <legend>{legend}</legend>
      <FieldHint fieldId={groupId} hint={hint} />
      <div className="checkbox-group__options">
        {options.map((o) => (
          <div key={o.value} className="field--checkbox">
            <input id={`${groupId}-${o.value}`} type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
            <label htmlFor={`${groupId}-${o.value}`} lang={o.lang}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
      <FieldErrorText fieldId={groupId} error={error} />
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
