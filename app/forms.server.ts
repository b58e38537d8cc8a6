// Reading a form: every input goes through a zod schema; what fails comes back as one message per field
// (a translation key, with its values after "|" as JSON: see app/ui/field-errors.ts) with a 400, never a
// 500 and never a partial write. The message says what is expected; the page puts the field's name before it.
import { data } from "@remix-run/node";
import { z } from "zod";
import { hasControlCharacters, versionField } from "./fields";
import { formToObject, typedValues } from "./form-values";

export { formToObject, typedValues };

export type FieldErrors = Record<string, string>;
export type FormFailure = { ok: false; errors: FieldErrors; values: Record<string, string> };
export type FormResult<T> = { ok: true; data: T } | FormFailure;

const looksLikeKey = (message: string) => /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+(\|\{.*\})?$/.test(message);
/** Keys a schema may name that say nothing specific: the issue itself tells more. */
const GENERIC = new Set(["errors.invalidField", "errors.requiredField", "errors.tooLong", "errors.invalidEmail"]);

const withValues = (key: string, values: Record<string, number | string>) => `${key}|${JSON.stringify(values)}`;
const bound = (value: number | bigint) => Number(value);

/** What the field expects, from the way its value failed. `raw` is what the form sent for the field. */
function messageKey(issue: z.core.$ZodIssue, raw: unknown): string {
  if (looksLikeKey(issue.message) && !GENERIC.has(issue.message)) return issue.message;
  const empty =
    raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "") || (Array.isArray(raw) && raw.length === 0);
  if (empty && issue.code !== "too_big") return "errors.requiredField";
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return withValues("errors.tooShort", { min: bound(issue.minimum) });
      if (issue.origin === "array" || issue.origin === "set") return withValues("errors.chooseAtLeast", { min: bound(issue.minimum) });
      return withValues("errors.numberMin", { min: bound(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return withValues("errors.tooLong", { max: bound(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set") return withValues("errors.chooseAtMost", { max: bound(issue.maximum) });
      return withValues("errors.numberMax", { max: bound(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return "errors.invalidEmail";
      if (issue.format === "url") return "errors.invalidUrl";
      if (issue.format === "date" || issue.format === "datetime") return "errors.invalidDate";
      if (issue.format === "uuid" || issue.format === "guid") return "errors.chooseOption";
      return "errors.invalidFormat";
    case "invalid_value":
      return "errors.chooseOption";
    case "not_multiple_of":
      return "errors.wholeNumber";
    case "invalid_type":
      if (issue.expected === "int") return "errors.wholeNumber";
      if (issue.expected === "number" || issue.expected === "bigint") return "errors.notANumber";
      if (issue.expected === "date") return "errors.invalidDate";
      return "errors.invalidField";
    default:
      return "errors.invalidField";
  }
}

export function toFieldErrors(error: z.ZodError, input: Record<string, unknown> = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "form";
    const raw = issue.path.reduce<unknown>(
      (value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined),
      input,
    );
    errors[field] ??= messageKey(issue, raw);
  }
  return errors;
}

/** Fields whose value holds a character no text may hold (NUL and other controls: app/fields.ts). */
function fieldsWithControlCharacters(formData: FormData): FieldErrors {
  const errors: FieldErrors = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && hasControlCharacters(value)) errors[key] = "errors.controlCharacters";
  }
  return errors;
}

export function parseFormData<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  arrayFields: readonly string[] = [],
): FormResult<z.output<S>> {
  const input = formToObject(formData, arrayFields);
  const refused = fieldsWithControlCharacters(formData);
  const parsed = schema.safeParse(input);
  if (parsed.success && !Object.keys(refused).length) return { ok: true, data: parsed.data };
  const errors = parsed.success ? refused : { ...toFieldErrors(parsed.error, input), ...refused };
  return { ok: false, errors, values: typedValues(formData) };
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * The one way an action reads its form. A body that is not a form (JSON, text, none with a wrong type) is
 * answered 415, a form that cannot be read (malformed multipart, cut short) 400: never a 500. Multipart
 * bodies are accepted only where `multipart` says so (uploads read theirs with app/upload-form.server.ts).
 */
export async function readFormData(request: Request, options: { multipart?: boolean } = {}): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data\b/i.test(type);
  if (!FORM_TYPES.test(type) || (multipart && !options.multipart)) {
    throw data({ ok: false as const, errors: { form: "errors.notAForm" }, values: {} }, { status: 415 });
  }
  try {
    return await request.formData();
  } catch {
    throw data({ ok: false as const, errors: { form: "errors.unreadableForm" }, values: {} }, { status: 400 });
  }
}

export async function parseForm<S extends z.ZodType>(request: Request, schema: S, arrayFields: readonly string[] = []) {
  return parseFormData(await readFormData(request), schema, arrayFields);
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
    // A value with a control character (NUL) is dropped like any other unreadable filter.
    const all = params.getAll(key).filter((v) => v !== "" && !hasControlCharacters(v));
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
  const formData = await readFormData(request);
  const formValues = formToObject(formData, form.arrayFields) as Record<string, string | string[]>;
  const version = form.versioned ? parseFormData(formData, versionInput) : ({ ok: true, data: { version: 0 } } as const);
  const parsed = parseFormData(formData, form.schema, form.arrayFields);
  if (!version.ok) return { ok: false as const, answer: invalid({ errors: { form: "errors.invalidField" } }, { formValues }) };
  if (!parsed.ok) return { ok: false as const, answer: invalid({ errors: parsed.errors }, { formValues }) };
  const result = await save(parsed.data, version.data.version);
  if (!result.ok)
    return { ok: false as const, answer: invalid({ errors: result.errors }, { formValues, current: result.current ?? null }) };
  return { ok: true as const, id: result.id };
}
