// What a submitted form holds, as plain values: pure, for the form reader (app/forms.server.ts) and for the
// answer that gives a form back when the database is away (app/outcome-responses.ts).

/** Text values to put back in the form (never passwords). */
export function typedValues(formData: FormData): Record<string, string> {
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
