// Forms and their fields: the app's Form (Remix's, plus what makes a repeated post harmless), and fields
// with their label, hint and error wired for screen readers (aria-invalid, aria-describedby).
import { Form as RemixForm, useActionData, useNavigation, useRouteLoaderData, type FormProps } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useContext, useEffect, useId, useRef, useState } from "react";
import { KeptMarkupContext, keptMarkupKey } from "./kept-markup";
import { keptListNumber } from "./kept-by-language";
import { useTranslation } from "react-i18next";

/**
 * Remix's Form. A post also carries the page's form key (new at every render of the page's data, see the
 * root loader), which lets the server answer a repeat of the same submission (double click, retry) with
 * the first answer instead of writing twice (scripts/lib/idempotency.ts). While it is being sent its buttons
 * do not take a second click, and once it succeeded its fields are emptied for the next entry.
 * `secretAnswer`: the answer holds a secret shown once (recovery codes), which must not be kept for replaying: the
 * form then carries no key.
 */
export function Form({ children, method, onSubmit, secretAnswer = false, ...props }: FormProps & { secretAnswer?: boolean }) {
  const isPost = (method ?? "get").toLowerCase() !== "get";
  const root = useRouteLoaderData<{ formKey?: string }>("root");
  const instance = useId();
  const navigation = useNavigation();
  const actionData = useActionData() as { ok?: boolean } | undefined;
  const form = useRef<HTMLFormElement>(null);
  const submitting = isPost && navigation.state !== "idle" && navigation.formData?.get("_formInstance") === instance;
  const wasSubmitting = useRef(false);
  useEffect(() => {
    if (submitting) wasSubmitting.current = true;
    else if (wasSubmitting.current) {
      wasSubmitting.current = false;
      if (actionData?.ok !== false) form.current?.reset();
    }
  }, [submitting, actionData]);
  return (
    <RemixForm
      ref={form}
      method={method}
      aria-busy={submitting || undefined}
      data-submitting={submitting || undefined}
      onSubmit={onSubmit}
      {...props}
    >
      {isPost ? (
        <>
          {secretAnswer ? null : <input type="hidden" name="_formKey" value={root?.formKey ?? ""} />}
          <input type="hidden" name="_formInstance" value={instance} />
        </>
      ) : null}
      {children}
    </RemixForm>
  );
}

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

/**
 * The translated message for a field's error: a key, optionally followed by "|" and the message's values as
 * JSON (app/forms.server.ts writes them, e.g. the longest length allowed); `values` fill placeholders the page
 * knows, such as {{limit}}.
 */
export function useFieldError(errors: Record<string, string> | undefined | null, values: Record<string, string | number> = {}) {
  const { t } = useTranslation();
  return (name: string) => (errors?.[name] ? translateError(t, errors[name], values) : null);
}

export function translateError(
  t: (key: never, values?: never) => unknown,
  error: string,
  values: Record<string, string | number> = {},
): string {
  const split = error.indexOf("|");
  const key = split < 0 ? error : error.slice(0, split);
  let own: Record<string, string | number> = {};
  if (split >= 0) {
    try {
      own = JSON.parse(error.slice(split + 1)) as Record<string, string | number>;
    } catch {
      own = {};
    }
  }
  return String(t(key as never, { ...values, ...own } as never));
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

/** The error under a control names the field, then says what it expects ("Title: at most 200 characters."). */
function FieldErrorText({ fieldId, label, error }: { fieldId: string; label: string; error?: string | null }) {
  const { t } = useTranslation();
  return error ? (
    <p className="field__error" id={`${fieldId}-error`}>
      {t("errors.inField", { field: label, message: error })}
    </p>
  ) : null;
}
/** Label, hint, the control, and the error, wired together for screen readers. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string | null;
  error?: string | null;
  children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <FieldHint fieldId={id} hint={hint} />
      {children({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) })}
      <FieldErrorText fieldId={id} label={label} error={error} />
    </div>
  );
}

export function Field({ name, label, type = "text", error, hint, defaultValue, required, id, ...rest }: FieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame id={fieldId} label={label} hint={hint} error={error}>
      {(aria) => (
        <input id={fieldId} name={name} type={type} defaultValue={defaultValue ?? undefined} required={required} {...aria} {...rest} />
      )}
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

/** A select with at least this many options, from a list kept for its version and language, sends its kept options. */
const KEPT_OPTIONS_FROM = 40;

export function SelectField({ name, label, options, error, hint, defaultValue, emptyOption, id, ...rest }: SelectFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const keep = useContext(KeptMarkupContext);
  const { i18n } = useTranslation();
  const value = defaultValue ?? "";
  const optionElements = (
    <>
      {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
  // The organizations' and countries' long lists (240 and 193 options on every filtered list page) are the same for
  // every reader of a language: on the server their markup is drawn once per list, empty option and value and kept
  // (app/kept-markup.server.tsx), with the chosen option marked as React marks it; the browser draws the same options
  // in place, so hydration finds what it would have drawn (tests/unit/kept-markup.test.ts).
  const listNumber = keep && options.length >= KEPT_OPTIONS_FROM ? keptListNumber(options) : undefined;
  const keptOptions =
    keep && listNumber !== undefined
      ? keep(keptMarkupKey("select-options", i18n.language, [listNumber, emptyOption ?? null, value]), () => (
          <select defaultValue={value}>{optionElements}</select>
        )).replace(/^<select[^>]*>|<\/select>$/g, "")
      : null;
  return (
    <FieldFrame id={fieldId} label={label} hint={hint} error={error}>
      {(aria) =>
        // Keyed by its default: React follows a changed default of an input, not of a select, and a form that saved
        // and stays on the page is reset (Form above) to the defaults it was first drawn with, not to what was saved.
        keptOptions !== null ? (
          <select
            key={value}
            id={fieldId}
            name={name}
            defaultValue={value}
            {...aria}
            {...rest}
            dangerouslySetInnerHTML={{ __html: keptOptions }}
          />
        ) : (
          <select key={value} id={fieldId} name={name} defaultValue={value} {...aria} {...rest}>
            {optionElements}
          </select>
        )
      }
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
      <input
        id={fieldId}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
      />
      <label htmlFor={fieldId}>{label}</label>
    </div>
  );
  if (!hint && !error) return box;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      {box}
      <FieldHint fieldId={fieldId} hint={hint} />
      <FieldErrorText fieldId={fieldId} label={label} error={error} />
    </div>
  );
}

/**
 * Shown at the top of a form that came back with errors, and focused, so that screen-reader and keyboard
 * users land on it. It says what is wrong with the form as a whole, or asks to correct the fields; in the
 * browser it also lists each field's message as a link to the field.
 */
export function FormErrorSummary({ errors }: { errors?: Record<string, string> | null }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [fieldMessages, setFieldMessages] = useState<Array<{ id: string; text: string }>>([]);
  const hasErrors = Boolean(errors && Object.keys(errors).length > 0);
  useEffect(() => {
    if (!hasErrors) return;
    const messages = [...document.querySelectorAll<HTMLElement>(".field__error[id]")].map((p) => ({
      id: p.id.replace(/-error$/, ""),
      text: p.textContent ?? "",
    }));
    setFieldMessages(messages);
    box.current?.focus();
  }, [errors, hasErrors]);
  if (!errors || !hasErrors) return null;
  const general = errors.form && !errors.form.startsWith("errors.") ? translateError(t, errors.form) : null;
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={box}>
      <p>
        <strong>{general ?? t("errors.problemHeading")}</strong>
      </p>
      {general ? null : <p>{t("common.formHasErrors")}</p>}
      {fieldMessages.length ? (
        <ul>
          {fieldMessages.map((m) => (
            <li key={m.id}>
              <a href={`#${m.id}`}>{m.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export type TextAreaFieldProps = {
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
      <FieldErrorText fieldId={groupId} label={legend} error={error} />
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
