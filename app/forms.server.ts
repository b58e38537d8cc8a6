// Reading a form: every input goes through a zod schema; what fails comes back as one message key
// per field (translated on the page) with a 400, never a 500 and never a partial write.
import { data } from "@remix-run/node";
import { z } from "zod";
import { versionField } from "./domain/fields";

export type FieldErrors = Record<string, string>;
export type FormFailure = { ok: false; errors: FieldErrors; values: Record<string, string> };
export type FormResult<T> = { ok: true; data: T } | FormFailure;

const looksLikeKey = (message: string) => /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/.test(message);

function messageKey(issue: z.core.$ZodIssue): string {
  if (looksLikeKey(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "errors.requiredField" : "errors.invalidField";
    case "too_big":
      return "errors.tooLong";
    case "invalid_format":
      return issue.format === "email" ? "errors.invalidEmail" : "errors.invalidField";
    case "invalid_type":
      return issue.input === undefined ? "errors.requiredField" : "errors.invalidField";
    default:
      return "errors.invalidField";
  }
}

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "form";
    errors[field] ??= messageKey(issue);
  }
  return errors;
}

/** Text values to put back in the form (never passwords). */
function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !/password/i.test(key)) values[key] = value;
  }
  return values;
}

/** Multi-valued fields (checkbox groups, multi-selects) become arrays; the rest stay strings. */
export function formToObject(formData: FormData, arrayFields: readonly string[] = []): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    object[key] = arrayFields.includes(key) ? all : all[0];
  }
  for (const key of arrayFields) object[key] ??= [];
  return object;
}

export function parseFormData<S extends z.ZodType>(formData: FormData, schema: S, arrayFields: readonly string[] = []): FormResult<z.output<S>> {
  const parsed = schema.safeParse(formToObject(formData, arrayFields));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, errors: toFieldErrors(parsed.error), values: echoValues(formData) };
}

export async function parseForm<S extends z.ZodType>(request: Request, schema: S, arrayFields: readonly string[] = []) {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return { ok: false, errors: { form: "errors.invalidField" }, values: {} } satisfies FormFailure;
  }
  return parseFormData(formData, schema, arrayFields);
}

/** The 400 answer for a form that did not pass. */
export function invalid(failure: Pick<FormFailure, "errors"> & { values?: Record<string, string> }, extra: Record<string, unknown> = {}) {
  return data({ ok: false as const, errors: failure.errors, values: failure.values ?? {}, ...extra }, { status: 400 });
}

/** Search params (filters, pages) through a schema; anything unparseable falls back to defaults. */
export function parseSearchParams<S extends z.ZodType>(url: string | URL, schema: S, arrayFields: readonly string[] = []): z.output<S> {
  const params = new URL(url).searchParams;
  const object: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key).filter((v) => v !== "");
    if (all.length) object[key] = arrayFields.includes(key) ? all : all[0];
  }
  const parsed = schema.safeParse(object);
  if (parsed.success) return parsed.data;
  // Drop the offending keys and try again, so one bad filter in a shared link does not break the page.
  for (const issue of parsed.error.issues) if (issue.path[0] !== undefined) delete object[String(issue.path[0])];
  return schema.parse(object);
}

/** For ConfirmAction: true once the user confirmed; otherwise the answer that asks them to. */
export function confirmed(formData: FormData): boolean {
  return formData.get("confirmed") === "yes";
}

export function askToConfirm(intent: string, extra: Record<string, unknown> = {}) {
  return data({ ok: false as const, confirm: intent, errors: {} as FieldErrors, values: {} as Record<string, string>, ...extra });
}

const versionInput = z.object({ version: versionField });

type SaveOutcome<V> = { ok: true; id: string } | { ok: false; errors: FieldErrors; current?: V | null };

/**
 * What a create or edit action does with a record's form: read it, check it against `schema` (and, for an
 * edit, the version it was based on), save it. Refused input comes back as the 400 answer, carrying what was
 * typed (`formValues`) and, after a stale edit, the newer record (`current`).
 */
export async function submitRecordForm<S extends z.ZodType, V>(
  request: Request,
  form: { schema: S; arrayFields: readonly string[]; versioned: boolean },
  save: (data: z.output<S>, version: number) => Promise<SaveOutcome<V>>,
) {
  const formData = await request.formData();
  const formValues = formToObject(formData, form.arrayFields) as Record<string, string | string[]>;
  const version = form.versioned ? parseFormData(formData, versionInput) : ({ ok: true, data: { version: 0 } } as const);
  const parsed = parseFormData(formData, form.schema, form.arrayFields);
  if (!version.ok) return { ok: false as const, answer: invalid({ errors: { form: "errors.invalidField" } }, { formValues }) };
  if (!parsed.ok) return { ok: false as const, answer: invalid({ errors: parsed.errors }, { formValues }) };
  const result = await save(parsed.data, version.data.version);
  if (!result.ok) return { ok: false as const, answer: invalid({ errors: result.errors }, { formValues, current: result.current ?? null }) };
  return { ok: true as const, id: result.id };
}
