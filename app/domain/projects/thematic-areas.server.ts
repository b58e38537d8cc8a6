// Thematic areas: the fixed but editable list that classifies projects and activities (and, later, the
// technical-assistance recommendations). SECRETARIAT adds, renames, reorders and archives; a slug, once
// given, never changes, so filters in shared links keep working.
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { db, isUniqueViolation } from "~/db.server";
import { canManageThematicAreas } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { auditBy } from "~/audit.server";
import { checkboxField, nameField, optionalText, versionField } from "../../fields";
import { slugField } from "./work-fields";

export type ThematicAreaOption = { id: string; slug: string; name: string; nameZh: string | null; archived: boolean };

const optionSelect = {
  id: true,
  slug: true,
  ...LOCAL_NAMES,
  archived: true,
} as const;

/** Every area in the list's order; pickers offer the ones not archived, labels need them all. */
export function thematicAreaOptions(): Promise<ThematicAreaOption[]> {
  return db.thematicArea.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: optionSelect });
}

export async function listThematicAreasForManagement(actor: ActingUser) {
  ensure(canManageThematicAreas(actor), "403");
  const areas = await db.thematicArea.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    include: { _count: { select: { projects: true, activities: true } } },
  });
  return areas.map(({ _count, ...area }) => ({ ...area, projectCount: _count.projects, activityCount: _count.activities }));
}

export const ThematicAreaInput = z.object({
  name: nameField,
  nameZh: optionalText(200),
  nameAr: optionalText(200),
  nameFr: optionalText(200),
  nameRu: optionalText(200),
  nameEs: optionalText(200),
  position: z.coerce
    .number("errors.invalidField")
    .int("errors.invalidField")
    .min(0, "errors.invalidField")
    .max(100000, "errors.invalidField"),
  archived: checkboxField,
});
export type ThematicAreaInput = z.infer<typeof ThematicAreaInput>;

export const NewThematicAreaInput = ThematicAreaInput.extend({
  slug: z
    .string()
    .trim()
    .optional()
    .transform((v) => v ?? ""),
}).transform((input, ctx) => {
  const slug = slugFrom(input.slug || input.name);
  const parsed = slugField.safeParse(slug);
  if (!slug || !parsed.success) {
    ctx.addIssue({ code: "custom", path: ["slug"], message: "projects.thematic.slugNeeded" });
    return z.NEVER;
  }
  return { ...input, slug: parsed.data };
});
export type NewThematicAreaInput = z.infer<typeof NewThematicAreaInput>;

/** "Border security & management" → "border-security-management" (Latin letters and digits only). */
export function slugFrom(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

export type ThematicSaveResult = { ok: true; id: string } | { ok: false; errors: Record<string, string>; current?: unknown };

export async function createThematicArea(actor: ActingUser, input: NewThematicAreaInput): Promise<ThematicSaveResult> {
  ensure(canManageThematicAreas(actor), "403");
  try {
    const created = await db.$transaction(async (tx) => {
      const area = await tx.thematicArea.create({ data: input });
      await auditBy(actor, tx, { action: "thematicArea.created", subjectType: "ThematicArea", subjectId: area.id, after: area });
      return area;
    });
    return { ok: true, id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, errors: { slug: "projects.thematic.slugTaken" } };
    throw error;
  }
}

export async function updateThematicArea(
  actor: ActingUser,
  id: string,
  version: number,
  input: ThematicAreaInput,
): Promise<ThematicSaveResult> {
  ensure(canManageThematicAreas(actor), "403");
  const before = await db.thematicArea.findUnique({ where: { id } });
  if (!before) notFound();
  return db.$transaction(async (tx) => {
    const { count } = await tx.thematicArea.updateMany({ where: { id, version }, data: { ...input, version: { increment: 1 } } });
    if (count === 0)
      return { ok: false, errors: { form: "common.staleEdit" }, current: await tx.thematicArea.findUnique({ where: { id } }) };
    const after = await tx.thematicArea.findUniqueOrThrow({ where: { id } });
    await auditBy(actor, tx, { action: "thematicArea.updated", subjectType: "ThematicArea", subjectId: id, before, after });
    return { ok: true, id };
  });
}

/** Only an area nothing uses can go; one in use is archived instead. */
export async function deleteThematicArea(actor: ActingUser, id: string): Promise<ThematicSaveResult> {
  ensure(canManageThematicAreas(actor), "403");
  return db.$transaction(async (tx) => {
    const area = await tx.thematicArea.findUnique({ where: { id }, include: { _count: { select: { projects: true, activities: true } } } });
    if (!area) notFound();
    if (area._count.projects + area._count.activities > 0) return { ok: false, errors: { form: "projects.thematic.inUse" } };
    await tx.thematicArea.delete({ where: { id } });
    const { _count, ...before } = area;
    await auditBy(actor, tx, { action: "thematicArea.deleted", subjectType: "ThematicArea", subjectId: id, before });
    return { ok: true, id };
  });
}

export const thematicVersionInput = z.object({ id: z.uuid(), version: versionField });
