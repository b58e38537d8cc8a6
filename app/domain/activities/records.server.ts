// One activity: its form, creation, optimistic-versioned editing, the timeline of dated updates, audit.
import { z } from "zod";
import { LOCAL_NAMES, localName, organizationName, sortedByName } from "~/names";
import { db, type Prisma } from "~/db.server";
import { canEditLedWork, canReadActivitiesAndProjects, canRecordWork } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import type { FieldErrors } from "~/forms.server";
import { auditBy } from "~/audit.server";
import { nameField, optionalText } from "../../fields";
import { resolveWorkReferences } from "../projects/form-references.server";
import { dayField, iso3Field, optionalChoice, pillarField, slugField, workStatusField } from "../projects/work-fields";
import { dayString, todayUtc } from "~/fields";
import { activityKindField, optionalCount } from "./fields";
import { workFormContext } from "../projects/reference-lists.server";
import { notifyLeadOrganization } from "../notifications/notify.server";

type Client = Prisma.TransactionClient;

export const ACTIVITY_ARRAY_FIELDS = ["partnerIds", "countries"] as const;

export const ActivityInput = z
  .object({
    title: nameField,
    description: optionalText(10000),
    kind: activityKindField,
    leadOrganizationId: z.uuid("errors.requiredField"),
    partnerIds: z.array(z.uuid("errors.invalidField")).max(100, "errors.invalidField"),
    pillar: pillarField,
    thematicArea: optionalChoice(slugField),
    countries: z.array(iso3Field).max(200, "errors.invalidField"),
    startDate: dayField,
    endDate: dayField,
    status: workStatusField.default("PLANNED"),
    projectCode: z
      .string()
      .trim()
      .toUpperCase()
      .max(40, "errors.tooLong")
      .optional()
      .transform((v) => (v ? v : null)),
    workingGroup: optionalChoice(z.coerce.number("errors.invalidField").int().min(1).max(99)),
    participants: optionalCount(1_000_000),
    womenSharePercent: optionalCount(100, "activities.errors.percentage"),
  })
  .superRefine((a, ctx) => {
    if (a.endDate < a.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "projects.errors.endBeforeStart" });
  });
export type ActivityInput = z.infer<typeof ActivityInput>;

export type ActivitySaveResult = { ok: true; id: string } | { ok: false; errors: FieldErrors; current?: ActivityFormValues | null };

export type ActivityFormValues = {
  version: number;
  title: string;
  description: string;
  kind: string;
  leadOrganizationId: string;
  partnerIds: string[];
  pillar: string;
  thematicArea: string;
  countries: string[];
  startDate: string;
  endDate: string;
  status: string;
  projectCode: string;
  workingGroup: string;
  participants: string;
  womenSharePercent: string;
};

async function activityFormValues(client: Client | typeof db, id: string): Promise<ActivityFormValues | null> {
  const a = await client.activity.findUnique({
    where: { id },
    include: {
      partners: { select: { organizationId: true } },
      countries: { select: { country: { select: { iso3: true } } } },
      thematicArea: { select: { slug: true } },
      project: { select: { code: true } },
      workingGroup: { select: { number: true } },
    },
  });
  if (!a) return null;
  return {
    version: a.version,
    title: a.title,
    description: a.description ?? "",
    kind: a.kind,
    leadOrganizationId: a.leadOrganizationId,
    partnerIds: a.partners.map((p) => p.organizationId),
    pillar: String(a.pillar),
    thematicArea: a.thematicArea?.slug ?? "",
    countries: a.countries.flatMap((c) => (c.country.iso3 ? [c.country.iso3] : [])),
    startDate: dayString(a.startDate),
    endDate: dayString(a.endDate),
    status: a.status,
    projectCode: a.project?.code ?? "",
    workingGroup: a.workingGroup ? String(a.workingGroup.number) : "",
    participants: a.participants === null ? "" : String(a.participants),
    womenSharePercent: a.womenSharePercent === null ? "" : String(a.womenSharePercent),
  };
}

/** Checks what the form names and returns the columns to write, or the fields that are wrong. */
async function resolveActivity(tx: Client, actor: ActingUser, input: ActivityInput) {
  // Sequential: a transaction's queries share one connection.
  const resolved = await resolveWorkReferences(tx, actor, {
    leadOrganizationId: input.leadOrganizationId,
    partnerIds: input.partnerIds,
    countries: input.countries,
    thematicAreas: input.thematicArea ? [input.thematicArea] : [],
    workingGroup: input.workingGroup,
  });
  const project = input.projectCode ? await tx.project.findUnique({ where: { code: input.projectCode }, select: { id: true } }) : null;
  const errors: FieldErrors = resolved.ok ? {} : { ...resolved.errors };
  if (errors.thematicAreas) errors.thematicArea = errors.thematicAreas;
  delete errors.thematicAreas;
  if (input.projectCode && !project) errors.projectCode = "activities.errors.unknownProject";
  if (!resolved.ok || Object.keys(errors).length) return { ok: false as const, errors };
  const r = resolved.references;
  return {
    ok: true as const,
    data: {
      title: input.title,
      description: input.description,
      kind: input.kind,
      leadOrganizationId: r.leadOrganizationId,
      pillar: input.pillar,
      thematicAreaId: r.thematicAreaIds[0] ?? null,
      projectId: project?.id ?? null,
      workingGroupId: r.workingGroupId,
      startDate: input.startDate,
      endDate: input.endDate,
      status: input.status,
      participants: input.participants,
      womenSharePercent: input.womenSharePercent,
    },
    partnerIds: r.partnerIds,
    countryIds: r.countryIds,
  };
}

async function writeActivityLinks(tx: Client, activityId: string, partnerIds: string[], countryIds: string[]) {
  await tx.activityPartner.createMany({ data: partnerIds.map((organizationId) => ({ activityId, organizationId })) });
  await tx.activityCountry.createMany({ data: countryIds.map((countryId) => ({ activityId, countryId })) });
}

export async function createActivity(actor: ActingUser, input: ActivityInput): Promise<ActivitySaveResult> {
  ensure(canRecordWork(actor), "403");
  return db.$transaction(async (tx) => {
    const resolved = await resolveActivity(tx, actor, input);
    if (!resolved.ok) return resolved;
    // Whoever records it for their own organization is its contact (a handover moves that to their successor).
    const contactId = resolved.data.leadOrganizationId === actor.organizationId ? actor.id : null;
    const activity = await tx.activity.create({ data: { ...resolved.data, contactId }, select: { id: true } });
    await writeActivityLinks(tx, activity.id, resolved.partnerIds, resolved.countryIds);
    await auditBy(actor, tx, {
      action: "activity.created",
      subjectType: "Activity",
      subjectId: activity.id,
      after: await activityFormValues(tx, activity.id),
    });
    return { ok: true, id: activity.id };
  });
}

/** 404 for a missing activity, 403 for a user who may not edit it (or add to its timeline). */
export async function ensureActivityEditor(actor: ActingUser, id: string) {
  const existing = await db.activity.findUnique({ where: { id }, select: { leadOrganizationId: true } });
  if (!existing) notFound();
  ensure(canEditLedWork(actor, existing), "403");
}

export async function updateActivity(actor: ActingUser, id: string, version: number, input: ActivityInput): Promise<ActivitySaveResult> {
  await ensureActivityEditor(actor, id);
  return db.$transaction(async (tx) => {
    const before = await activityFormValues(tx, id);
    const resolved = await resolveActivity(tx, actor, input);
    if (!resolved.ok) return resolved;
    const { count } = await tx.activity.updateMany({ where: { id, version }, data: { ...resolved.data, version: { increment: 1 } } });
    if (count === 0) return { ok: false, errors: { form: "common.staleEdit" }, current: before };
    await tx.activityPartner.deleteMany({ where: { activityId: id } });
    await tx.activityCountry.deleteMany({ where: { activityId: id } });
    await writeActivityLinks(tx, id, resolved.partnerIds, resolved.countryIds);
    await auditBy(actor, tx, {
      action: "activity.updated",
      subjectType: "Activity",
      subjectId: id,
      before,
      after: await activityFormValues(tx, id),
    });
    const saved = await tx.activity.findUniqueOrThrow({ where: { id }, select: { title: true, leadOrganizationId: true } });
    await notifyLeadOrganization(tx, actor, { type: "Activity", id, href: `/activities/${id}`, ...saved }, canReadActivitiesAndProjects);
    return { ok: true, id };
  });
}

export async function getActivityForEdit(actor: ActingUser, id: string) {
  const values = await activityFormValues(db, id);
  if (!values) notFound();
  ensure(canEditLedWork(actor, values), "403");
  return values;
}

// ---------------------------------------------------------------------------------------------
// The timeline: dated entries, newest first; an entry may move the activity to a new status.

export const ActivityUpdateInput = z.object({
  occurredOn: dayField,
  body: z.string("errors.requiredField").trim().min(1, "errors.requiredField").max(5000, "errors.tooLong"),
  newStatus: optionalChoice(workStatusField),
});
export type ActivityUpdateInput = z.infer<typeof ActivityUpdateInput>;

export async function addActivityUpdate(actor: ActingUser, activityId: string, input: ActivityUpdateInput) {
  await ensureActivityEditor(actor, activityId);
  return db.$transaction(async (tx) => {
    const current = await tx.activity.findUniqueOrThrow({ where: { id: activityId }, select: { status: true } });
    const entry = await tx.activityUpdate.create({
      data: { activityId, authorId: actor.id, occurredOn: input.occurredOn, body: input.body, newStatus: input.newStatus },
    });
    if (input.newStatus && input.newStatus !== current.status) {
      // An entry is appended, never edited, so it cannot conflict; the status change bumps the version so
      // that an edit form opened before it is refused rather than silently putting the old status back.
      await tx.activity.update({ where: { id: activityId }, data: { status: input.newStatus, version: { increment: 1 } } });
    }
    await auditBy(actor, tx, {
      action: "activity.updateAdded",
      subjectType: "Activity",
      subjectId: activityId,
      before: { status: current.status },
      after: {
        status: input.newStatus ?? current.status,
        update: { id: entry.id, occurredOn: dayString(entry.occurredOn), body: entry.body },
      },
    });
    return entry.id;
  });
}

const organizationSelect = {
  id: true,
  ...LOCAL_NAMES,
  acronym: true,
  iso3: true,
  region: true,
} as const;

/** The record for its page; partners and countries in the alphabetical order of `language` (the reader's). */
export async function getActivity(actor: ActingUser, id: string, language: string) {
  ensure(canReadActivitiesAndProjects(actor));
  const a = await db.activity.findUnique({
    where: { id },
    include: {
      leadOrganization: { select: organizationSelect },
      contact: { select: { id: true, name: true, status: true } },
      partners: { select: { organization: { select: organizationSelect } } },
      countries: { select: { country: { select: organizationSelect } } },
      thematicArea: { select: { slug: true, ...LOCAL_NAMES } },
      project: { select: { id: true, code: true, title: true } },
      workingGroup: { select: { number: true, ...LOCAL_NAMES } },
      updates: {
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        take: 200,
        include: { author: { select: { id: true, name: true } } },
      },
    },
  });
  if (!a) notFound();
  return {
    ...a,
    partners: sortedByName(a.partners, (p) => organizationName(p.organization, language), language),
    countries: sortedByName(a.countries, (c) => localName(c.country, language), language),
    startDate: dayString(a.startDate),
    endDate: dayString(a.endDate),
    overdue: a.status === "PLANNED" && a.startDate < todayUtc(),
    updates: a.updates.map((u) => ({ ...u, occurredOn: dayString(u.occurredOn) })),
    canEdit: canEditLedWork(actor, a),
  };
}

/** The edit page of an activity: its values and the choices of the form. */
export async function activityEditPage(actor: ActingUser, id: string) {
  const [activity, context] = await Promise.all([getActivityForEdit(actor, id), workFormContext(actor)]);
  return { activity, ...context };
}
