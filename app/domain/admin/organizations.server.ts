// Organizations: Member States, Compact entities and observers. ADMIN creates and edits.
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { localNameOrder } from "~/names.server";
import { db, isUniqueViolation, Prisma, readRows } from "~/db.server";
import { canAdminister } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { auditBy } from "~/audit.server";
import { rewriteIcsOfOrganization } from "../calendar/occurrences.server";
import { checkboxField, nameField, optionalText, organizationKindField, pageField, regionField, versionField } from "../../fields";

export const ORGS_PAGE_SIZE = 50;

export const OrganizationFilters = z.object({
  q: z.string().trim().max(200).optional(),
  kind: organizationKindField.optional(),
  region: regionField.optional(),
  page: pageField,
});
export type OrganizationFilters = z.infer<typeof OrganizationFilters>;

/** A page of organizations, each kind in the alphabetical order of `language` (the reader's). */
export async function listOrganizationsForAdmin(actor: ActingUser, filters: OrganizationFilters, language: string) {
  ensure(canAdminister(actor, "organizations.read"), "403");
  const where: Prisma.OrganizationWhereInput = {
    ...(filters.q
      ? {
          OR: [
            { name: { contains: filters.q, mode: "insensitive" } },
            { nameZh: { contains: filters.q } },
            { nameAr: { contains: filters.q } },
            { nameFr: { contains: filters.q, mode: "insensitive" } },
            { nameRu: { contains: filters.q, mode: "insensitive" } },
            { nameEs: { contains: filters.q, mode: "insensitive" } },
            { acronym: { contains: filters.q, mode: "insensitive" } },
            { iso3: { equals: filters.q.toUpperCase() } },
          ],
        }
      : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.region ? { region: filters.region } : {}),
  };
  // The page is cut in the alphabetical order of the reader's language, which only SQL with the language's
  // collation gives (Prisma's orderBy has no collation): the matching ids (a few hundred organizations at most),
  // then the page of them in that order, then its rows.
  const matching = await db.organization.findMany({ where, select: { id: true } });
  const page = await readRows<{ id: string }>(Prisma.sql`
    SELECT o."id" FROM "organization" o WHERE o."id" = ANY(${matching.map((m) => m.id)}::uuid[])
    ORDER BY o."kind", ${localNameOrder("o", language)}, o."id"
    LIMIT ${ORGS_PAGE_SIZE} OFFSET ${(filters.page - 1) * ORGS_PAGE_SIZE}`);
  const rows = await db.organization.findMany({
    where: { id: { in: page.map((p) => p.id) } },
    include: { _count: { select: { users: { where: { status: "ACTIVE" } } } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const organizations = page.flatMap((p) => byId.get(p.id) ?? []);
  return { total: matching.length, organizations, page: filters.page, pageSize: ORGS_PAGE_SIZE };
}

/** Every organization, for pickers (invitation form, filters). */
export async function organizationOptions() {
  return db.organization.findMany({
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, ...LOCAL_NAMES, acronym: true, kind: true },
  });
}

const iso = (length: number) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => v === "" || new RegExp(`^[A-Z]{${length}}$`).test(v), `errors.lettersCode|{"length":${length}}`)
    .optional()
    .transform((v) => (v ? v : null));

export const OrganizationInput = z
  .object({
    kind: organizationKindField,
    name: nameField,
    nameZh: optionalText(200),
    nameAr: optionalText(200),
    nameFr: optionalText(200),
    nameRu: optionalText(200),
    nameEs: optionalText(200),
    acronym: optionalText(40),
    iso3: iso(3),
    iso2: iso(2),
    region: z
      .union([regionField, z.literal("")])
      .optional()
      .transform((v) => (v ? v : null)),
    isSecretariat: checkboxField,
    isAssessmentBody: checkboxField,
  })
  .superRefine((org, ctx) => {
    if (org.kind === "MEMBER_STATE" && (!org.iso3 || !org.iso2)) {
      ctx.addIssue({ code: "custom", path: [org.iso3 ? "iso2" : "iso3"], message: "admin.isoRequired" });
    }
  });
export type OrganizationInput = z.infer<typeof OrganizationInput>;

export type SaveResult = { ok: true; id: string } | { ok: false; errors: Record<string, string>; current?: unknown };

function uniqueViolation(error: unknown): SaveResult | null {
  if (isUniqueViolation(error)) {
    const target = String((error.meta as { target?: unknown } | undefined)?.target ?? error.message);
    if (target.includes("iso3")) return { ok: false, errors: { iso3: "admin.isoTaken" } };
    if (target.includes("iso2")) return { ok: false, errors: { iso2: "admin.isoTaken" } };
    return { ok: false, errors: { name: "admin.organizationNameTaken" } };
  }
  return null;
}

export async function createOrganization(actor: ActingUser, input: OrganizationInput): Promise<SaveResult> {
  ensure(canAdminister(actor, "organizations.write"), "403");
  try {
    const org = await db.$transaction(async (tx) => {
      const created = await tx.organization.create({ data: input });
      await auditBy(actor, tx, { action: "organization.created", subjectType: "Organization", subjectId: created.id, after: created });
      return created;
    });
    return { ok: true, id: org.id };
  } catch (error) {
    const known = uniqueViolation(error);
    if (known) return known;
    throw error;
  }
}

export async function getOrganizationForAdmin(actor: ActingUser, id: string) {
  ensure(canAdminister(actor, "organizations.read"), "403");
  const org = await db.organization.findUnique({ where: { id } });
  if (!org) notFound();
  return org;
}

/** Saves only if nobody changed the record since `version` was read; otherwise says so and returns theirs. */
export async function updateOrganization(actor: ActingUser, id: string, version: number, input: OrganizationInput): Promise<SaveResult> {
  ensure(canAdminister(actor, "organizations.write"), "403");
  const before = await db.organization.findUnique({ where: { id } });
  if (!before) notFound();
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.organization.updateMany({ where: { id, version }, data: { ...input, version: { increment: 1 } } });
      if (count === 0) {
        const current = await tx.organization.findUnique({ where: { id } });
        return { ok: false, errors: { form: "common.staleEdit" }, current } satisfies SaveResult;
      }
      const after = await tx.organization.findUniqueOrThrow({ where: { id } });
      // Its events' stored VEVENTs name their organizers (personal feeds are assembled from them).
      if (after.name !== before.name) await rewriteIcsOfOrganization(tx, id);
      await auditBy(actor, tx, { action: "organization.updated", subjectType: "Organization", subjectId: id, before, after });
      return { ok: true, id } satisfies SaveResult;
    });
  } catch (error) {
    const known = uniqueViolation(error);
    if (known) return known;
    throw error;
  }
}

export const versionInput = z.object({ version: versionField });
