// One project: its form, creation, optimistic-versioned editing with audit, and the detail page's data.
import { z } from "zod";
import { LOCAL_NAMES, localName, organizationName, sortedByName } from "~/names";
import { db, isUniqueViolation, type Prisma } from "~/db.server";
import { canEditLedWork, canReadActivitiesAndProjects, canRecordWork } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import type { FieldErrors } from "~/forms.server";
import { auditBy } from "~/audit.server";
import { checkboxField, dayString, nameField, optionalText, regionField } from "../../fields";
import { resolveWorkReferences, type WorkReferences } from "./form-references.server";
import {
  dayField,
  fundingStatusOf,
  iso3Field,
  optionalChoice,
  optionalUsdField,
  pillarField,
  slugField,
  usdField,
  workStatusField,
} from "./work-fields";
import { workFormContext } from "./reference-lists.server";
import { notifyLeadOrganization } from "../notifications/notify.server";

type Client = Prisma.TransactionClient;

/** Form fields that carry several values (multi-selects, checkbox groups). */
export const PROJECT_ARRAY_FIELDS = ["partnerIds", "pillars", "thematicAreas", "countries", "regions"] as const;

export const ProjectInput = z
  .object({
    code: z
      .string("errors.requiredField")
      .trim()
      .toUpperCase()
      .min(1, "errors.requiredField")
      .max(40, "errors.tooLong")
      .regex(/^[A-Z0-9][A-Z0-9._/-]*$/, "projects.errors.invalidCode"),
    title: nameField,
    summary: optionalText(10000),
    leadOrganizationId: z.uuid("errors.requiredField"),
    partnerIds: z.array(z.uuid("errors.invalidField")).max(100, "errors.invalidField"),
    pillars: z.array(pillarField).min(1, "projects.errors.pillarRequired"),
    thematicAreas: z.array(slugField).min(1, "projects.errors.thematicRequired"),
    isGlobal: checkboxField,
    countries: z.array(iso3Field).max(200, "errors.invalidField"),
    regions: z.array(regionField).max(5, "errors.invalidField"),
    startDate: dayField,
    endDate: dayField,
    budgetUsd: usdField,
    fundsSecuredUsd: optionalUsdField,
    inCurrentAppeal: checkboxField,
    workingGroup: optionalChoice(z.coerce.number("errors.invalidField").int().min(1).max(99)),
    status: workStatusField.default("PLANNED"),
  })
  .superRefine((p, ctx) => {
    if (p.endDate < p.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "projects.errors.endBeforeStart" });
    if (p.fundsSecuredUsd > p.budgetUsd)
      ctx.addIssue({ code: "custom", path: ["fundsSecuredUsd"], message: "projects.errors.securedAboveBudget" });
    if (p.isGlobal && (p.countries.length || p.regions.length))
      ctx.addIssue({ code: "custom", path: ["countries"], message: "projects.errors.globalWithPlaces" });
    if (!p.isGlobal && !p.countries.length && !p.regions.length)
      ctx.addIssue({ code: "custom", path: ["countries"], message: "projects.errors.placeRequired" });
  });
export type ProjectInput = z.infer<typeof ProjectInput>;

export type ProjectSaveResult = { ok: true; id: string } | { ok: false; errors: FieldErrors; current?: ProjectFormValues | null };

function scalarData(input: ProjectInput, references: WorkReferences) {
  return {
    code: input.code,
    title: input.title,
    summary: input.summary,
    leadOrganizationId: references.leadOrganizationId,
    workingGroupId: references.workingGroupId,
    isGlobal: input.isGlobal,
    startDate: input.startDate,
    endDate: input.endDate,
    budgetUsd: input.budgetUsd,
    fundsSecuredUsd: input.fundsSecuredUsd,
    fundingStatus: fundingStatusOf(input.budgetUsd, input.fundsSecuredUsd),
    inCurrentAppeal: input.inCurrentAppeal,
    status: input.status,
  };
}

/** The rows of the join tables; regions are those chosen plus those of the countries. */
async function writeLinks(tx: Client, projectId: string, input: ProjectInput, references: WorkReferences) {
  const regions = [...new Set([...input.regions, ...references.countryRegions])];
  await tx.projectPartner.createMany({ data: references.partnerIds.map((organizationId) => ({ projectId, organizationId })) });
  await tx.projectPillar.createMany({ data: [...new Set(input.pillars)].map((pillar) => ({ projectId, pillar })) });
  await tx.projectThematicArea.createMany({ data: references.thematicAreaIds.map((thematicAreaId) => ({ projectId, thematicAreaId })) });
  await tx.projectRegion.createMany({ data: regions.map((region) => ({ projectId, region })) });
  await tx.projectCountry.createMany({ data: references.countryIds.map((countryId) => ({ projectId, countryId })) });
}

async function clearLinks(tx: Client, projectId: string) {
  const where = { projectId };
  await tx.projectPartner.deleteMany({ where });
  await tx.projectPillar.deleteMany({ where });
  await tx.projectThematicArea.deleteMany({ where });
  await tx.projectRegion.deleteMany({ where });
  await tx.projectCountry.deleteMany({ where });
}

const formInclude = {
  partners: { select: { organizationId: true } },
  pillars: { select: { pillar: true }, orderBy: { pillar: "asc" } },
  thematicAreas: { select: { thematicArea: { select: { slug: true } } } },
  regions: { select: { region: true } },
  countries: { select: { country: { select: { iso3: true } } } },
  workingGroup: { select: { number: true } },
} satisfies Prisma.ProjectInclude;

export type ProjectFormValues = {
  version: number;
  code: string;
  title: string;
  summary: string;
  leadOrganizationId: string;
  partnerIds: string[];
  pillars: string[];
  thematicAreas: string[];
  isGlobal: boolean;
  countries: string[];
  regions: string[];
  startDate: string;
  endDate: string;
  budgetUsd: string;
  fundsSecuredUsd: string;
  inCurrentAppeal: boolean;
  workingGroup: string;
  status: string;
};

/** A stored project as its edit form shows it (also what the audit trail records, minus the version). */
async function projectFormValues(client: Client | typeof db, id: string): Promise<ProjectFormValues | null> {
  const p = await client.project.findUnique({ where: { id }, include: formInclude });
  if (!p) return null;
  return {
    version: p.version,
    code: p.code,
    title: p.title,
    summary: p.summary ?? "",
    leadOrganizationId: p.leadOrganizationId,
    partnerIds: p.partners.map((x) => x.organizationId),
    pillars: p.pillars.map((x) => String(x.pillar)),
    thematicAreas: p.thematicAreas.map((x) => x.thematicArea.slug),
    isGlobal: p.isGlobal,
    countries: p.countries.flatMap((x) => (x.country.iso3 ? [x.country.iso3] : [])),
    regions: p.regions.map((x) => x.region),
    startDate: dayString(p.startDate),
    endDate: dayString(p.endDate),
    budgetUsd: String(p.budgetUsd),
    fundsSecuredUsd: String(p.fundsSecuredUsd),
    inCurrentAppeal: p.inCurrentAppeal,
    workingGroup: p.workingGroup ? String(p.workingGroup.number) : "",
    status: p.status,
  };
}

function codeTaken(error: unknown): ProjectSaveResult | null {
  if (isUniqueViolation(error)) return { ok: false, errors: { code: "projects.errors.codeTaken" } };
  return null;
}

const referenceInput = (input: ProjectInput) => ({
  leadOrganizationId: input.leadOrganizationId,
  partnerIds: input.partnerIds,
  countries: input.countries,
  thematicAreas: input.thematicAreas,
  workingGroup: input.workingGroup,
});

export async function createProject(actor: ActingUser, input: ProjectInput): Promise<ProjectSaveResult> {
  ensure(canRecordWork(actor), "403");
  try {
    return await db.$transaction(async (tx) => {
      const resolved = await resolveWorkReferences(tx, actor, referenceInput(input));
      if (!resolved.ok) return resolved;
      const data = scalarData(input, resolved.references);
      // Whoever records it for their own organization is its contact (a handover moves that to their successor).
      const contactId = data.leadOrganizationId === actor.organizationId ? actor.id : null;
      const project = await tx.project.create({ data: { ...data, contactId }, select: { id: true } });
      await writeLinks(tx, project.id, input, resolved.references);
      const after = await projectFormValues(tx, project.id);
      await auditBy(actor, tx, { action: "project.created", subjectType: "Project", subjectId: project.id, after });
      return { ok: true, id: project.id };
    });
  } catch (error) {
    const known = codeTaken(error);
    if (known) return known;
    throw error;
  }
}

/** 404 for a missing project, 403 for a user who may not edit it: asked before looking at a submitted form. */
export async function ensureProjectEditor(actor: ActingUser, id: string) {
  const existing = await db.project.findUnique({ where: { id }, select: { leadOrganizationId: true } });
  if (!existing) notFound();
  ensure(canEditLedWork(actor, existing), "403");
}

/** Saves only if nobody changed the project since `version` was read; otherwise returns theirs. */
export async function updateProject(actor: ActingUser, id: string, version: number, input: ProjectInput): Promise<ProjectSaveResult> {
  await ensureProjectEditor(actor, id);
  try {
    return await db.$transaction(async (tx) => {
      const before = await projectFormValues(tx, id);
      const resolved = await resolveWorkReferences(tx, actor, referenceInput(input));
      if (!resolved.ok) return resolved;
      const { count } = await tx.project.updateMany({
        where: { id, version },
        data: { ...scalarData(input, resolved.references), version: { increment: 1 } },
      });
      if (count === 0) return { ok: false, errors: { form: "common.staleEdit" }, current: before };
      await clearLinks(tx, id);
      await writeLinks(tx, id, input, resolved.references);
      const after = await projectFormValues(tx, id);
      await auditBy(actor, tx, { action: "project.updated", subjectType: "Project", subjectId: id, before, after });
      const saved = await tx.project.findUniqueOrThrow({ where: { id }, select: { title: true, leadOrganizationId: true } });
      await notifyLeadOrganization(tx, actor, { type: "Project", id, href: `/projects/${id}`, ...saved }, canReadActivitiesAndProjects);
      return { ok: true, id };
    });
  } catch (error) {
    const known = codeTaken(error);
    if (known) return known;
    throw error;
  }
}

export async function getProjectForEdit(actor: ActingUser, id: string) {
  const values = await projectFormValues(db, id);
  if (!values) notFound();
  ensure(canEditLedWork(actor, values), "403");
  return values;
}

const organizationSelect = {
  id: true,
  ...LOCAL_NAMES,
  acronym: true,
  iso3: true,
  region: true,
} as const;

/** The record for its page; partners and countries in the alphabetical order of `language` (the reader's). */
export async function getProject(actor: ActingUser, id: string, language: string) {
  ensure(canReadActivitiesAndProjects(actor));
  const project = await db.project.findUnique({
    where: { id },
    include: {
      leadOrganization: { select: organizationSelect },
      contact: { select: { id: true, name: true, status: true } },
      workingGroup: {
        select: { number: true, ...LOCAL_NAMES, slug: true },
      },
      partners: { select: { organization: { select: organizationSelect } } },
      pillars: { select: { pillar: true }, orderBy: { pillar: "asc" } },
      thematicAreas: {
        select: {
          thematicArea: {
            select: { slug: true, ...LOCAL_NAMES, position: true },
          },
        },
      },
      regions: { select: { region: true }, orderBy: { region: "asc" } },
      countries: { select: { country: { select: organizationSelect } } },
      activities: {
        orderBy: [{ startDate: "desc" }, { id: "asc" }],
        take: 50,
        select: { id: true, title: true, kind: true, status: true, startDate: true, endDate: true },
      },
      _count: { select: { activities: true } },
    },
  });
  if (!project) notFound();
  return {
    ...project,
    partners: sortedByName(project.partners, (p) => organizationName(p.organization, language), language),
    countries: sortedByName(project.countries, (c) => localName(c.country, language), language),
    startDate: dayString(project.startDate),
    endDate: dayString(project.endDate),
    activities: project.activities.map((a) => ({ ...a, startDate: dayString(a.startDate), endDate: dayString(a.endDate) })),
    thematicAreas: project.thematicAreas.map((x) => x.thematicArea).sort((a, b) => a.position - b.position),
    canEdit: canEditLedWork(actor, project),
  };
}

/** The edit page of a project: its values and the choices of the form. */
export async function projectEditPage(actor: ActingUser, id: string) {
  const [project, context] = await Promise.all([getProjectForEdit(actor, id), workFormContext(actor)]);
  return { project, ...context };
}
