// The enums of the database schema exactly as Prisma generates them (plain objects, safe in the browser),
// and their values in the schema's order for option lists. An enum's values are never typed by hand:
// `z.enum(ActivityKind)` in a schema, `valuesOf(ActivityKind)` for a list.
export * from "./generated/prisma/enums";

export function valuesOf<E extends Record<string, string>>(enumObject: E): Array<E[keyof E]> {
  return Object.values(enumObject) as Array<E[keyof E]>;
}
