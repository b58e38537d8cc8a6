// A group's joint work plan: members propose items and endorse them (one endorsement per organization);
// chairs set the priority order and agree or drop items. Reordering locks the group's plan, so two chairs
// moving items at once are applied one after the other and no item is ever lost or duplicated.
import { csvText } from "~/downloads.server";
import { z } from "zod";
import { db, type Prisma } from "~/db.server";
import type { WorkPlanStatus } from "~/enums";
import { canEditPlanItem, canManageGroup, canParticipateInGroup, canReadGroupSpace } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { auditBy } from "~/audit.server";
import { dayField, optionalText, uuidField } from "../../fields";
import { groupSpaceId, requireGroupSpace, type GroupAddress } from "./spaces.server";
import { notify } from "../notifications/notify.server";
import { organizationOptions } from "../admin/organizations.server";
import { translator } from "~/i18n/i18n.server";
import type { Language } from "~/i18n/config";
import { organizationName, LOCAL_NAMES } from "~/names";

const org = {
  select: { id: true, ...LOCAL_NAMES, acronym: true },
} as const;

export const PlanItemInput = z.object({
  title: z.string().trim().min(1, "errors.requiredField").max(200, "errors.tooLong"),
  description: optionalText(5000),
  leadOrganizationId: uuidField,
  partnerOrganizationIds: z.array(z.uuid("errors.invalidField")).max(40, "errors.tooLong").default([]),
  pillar: z.coerce.number("errors.requiredField").int().min(1, "errors.invalidField").max(4, "errors.invalidField"),
  deliverable: optionalText(500),
  dueDate: z
    .union([dayField({ format: "errors.invalidField" }), z.literal("")])
    .optional()
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
});
export type PlanItemInput = z.infer<typeof PlanItemInput>;
export const PLAN_ARRAY_FIELDS = ["partnerOrganizationIds"] as const;

const itemSelect = {
  id: true,
  title: true,
  description: true,
  pillar: true,
  deliverable: true,
  dueDate: true,
  status: true,
  rank: true,
  version: true,
  proposedById: true,
  leadOrganization: org,
  partners: { select: { organization: org } },
  endorsements: { select: { organization: org, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.WorkPlanItemSelect;

export async function listPlan(actor: ActingUser, group: GroupAddress) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canReadGroupSpace(actor, groupId));
  const items = await db.workPlanItem.findMany({ where: { groupId }, orderBy: [{ rank: "asc" }, { id: "asc" }], select: itemSelect });
  const manage = canManageGroup(actor, groupId);
  const participate = canParticipateInGroup(actor, groupId);
  return {
    items: items.map((item) => ({
      ...item,
      partners: item.partners.map((p) => p.organization),
      endorsements: item.endorsements.map((e) => e.organization),
      endorsedByMyOrganization: item.endorsements.some((e) => e.organization.id === actor.organizationId),
      canEdit: canEditPlanItem(actor, { groupId, proposedById: item.proposedById, status: item.status }),
    })),
    can: { propose: participate, endorse: participate, manage },
  };
}

async function findItem(groupId: string, itemId: string) {
  const item = await db.workPlanItem.findFirst({ where: { id: itemId, groupId }, include: { partners: true } });
  if (!item) notFound();
  return item;
}

export async function getPlanItem(actor: ActingUser, group: GroupAddress, itemId: string) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canReadGroupSpace(actor, groupId));
  const item = await findItem(groupId, itemId);
  ensure(canEditPlanItem(actor, { groupId, proposedById: item.proposedById, status: item.status }), "403");
  return { ...item, partnerOrganizationIds: item.partners.map((p) => p.organizationId) };
}

async function lockPlan(tx: Prisma.TransactionClient, groupId: string) {
  await tx.$queryRaw`SELECT id FROM working_group WHERE id = ${groupId}::uuid FOR UPDATE`;
}

async function assertOrganizations(tx: Prisma.TransactionClient, ids: string[]) {
  const found = await tx.organization.count({ where: { id: { in: ids } } });
  return found === new Set(ids).size;
}

export type PlanSaveResult = { ok: true; id: string } | { ok: false; errors: Record<string, string>; current?: unknown };

export async function proposePlanItem(actor: ActingUser, group: GroupAddress, input: PlanItemInput): Promise<PlanSaveResult> {
  const groupId = await groupSpaceId(actor, group);
  ensure(canParticipateInGroup(actor, groupId), "403");
  return db.$transaction(async (tx): Promise<PlanSaveResult> => {
    if (!(await assertOrganizations(tx, [input.leadOrganizationId, ...input.partnerOrganizationIds]))) {
      return { ok: false, errors: { leadOrganizationId: "errors.chooseOption" } };
    }
    await lockPlan(tx, groupId);
    const last = await tx.workPlanItem.aggregate({ where: { groupId }, _max: { rank: true } });
    const { partnerOrganizationIds, ...fields } = input;
    const item = await tx.workPlanItem.create({
      data: {
        ...fields,
        groupId,
        rank: (last._max.rank ?? 0) + 1,
        proposedById: actor.id,
        partners: {
          create: partnerOrganizationIds.filter((id) => id !== input.leadOrganizationId).map((organizationId) => ({ organizationId })),
        },
      },
    });
    await auditBy(actor, tx, {
      action: "plan.itemProposed",
      subjectType: "WorkPlanItem",
      subjectId: item.id,
      after: { ...input, groupId, rank: item.rank },
    });
    return { ok: true, id: item.id };
  });
}

export async function updatePlanItem(
  actor: ActingUser,
  group: GroupAddress,
  itemId: string,
  version: number,
  input: PlanItemInput,
): Promise<PlanSaveResult> {
  const groupId = await groupSpaceId(actor, group);
  const before = await findItem(groupId, itemId);
  ensure(canEditPlanItem(actor, { groupId, proposedById: before.proposedById, status: before.status }), "403");
  return db.$transaction(async (tx): Promise<PlanSaveResult> => {
    if (!(await assertOrganizations(tx, [input.leadOrganizationId, ...input.partnerOrganizationIds]))) {
      return { ok: false, errors: { leadOrganizationId: "errors.chooseOption" } };
    }
    const { partnerOrganizationIds, ...fields } = input;
    const { count } = await tx.workPlanItem.updateMany({ where: { id: itemId, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.workPlanItem.findUniqueOrThrow({ where: { id: itemId }, include: { partners: true } });
      return {
        ok: false,
        errors: { form: "common.staleEdit" },
        current: { ...current, partnerOrganizationIds: current.partners.map((p) => p.organizationId) },
      };
    }
    await tx.workPlanPartner.deleteMany({ where: { itemId } });
    await tx.workPlanPartner.createMany({
      data: partnerOrganizationIds.filter((id) => id !== input.leadOrganizationId).map((organizationId) => ({ itemId, organizationId })),
    });
    await auditBy(actor, tx, { action: "plan.itemUpdated", subjectType: "WorkPlanItem", subjectId: itemId, before, after: input });
    return { ok: true, id: itemId };
  });
}

/** A change of status, an endorsement or a move in priority is news for the item's proposer and the group's chairs. */
async function notifyPlanChange(tx: Prisma.TransactionClient, actor: ActingUser, groupId: string, itemId: string) {
  const item = await tx.workPlanItem.findUniqueOrThrow({ where: { id: itemId }, select: { title: true, proposedById: true } });
  const group = await tx.workingGroup.findUniqueOrThrow({ where: { id: groupId }, select: { slug: true } });
  const chairs = await tx.membership.findMany({ where: { groupId, role: { in: ["CHAIR", "VICE_CHAIR"] } }, select: { userId: true } });
  await notify(tx, {
    kind: "PLAN_CHANGE",
    recipients: [...(item.proposedById ? [item.proposedById] : []), ...chairs.map((c) => c.userId)],
    actorId: actor.id,
    subject: { type: "WorkPlanItem", id: itemId },
    title: item.title,
    href: `/groups/${group.slug}/plan/${itemId}`,
    groupId,
    mayRead: (recipient) => canReadGroupSpace(recipient, groupId),
  });
}

/** Agree, start, finish or drop an item (chairs and vice-chairs). */
export async function setPlanItemStatus(actor: ActingUser, group: GroupAddress, itemId: string, status: WorkPlanStatus) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canManageGroup(actor, groupId), "403");
  const item = await findItem(groupId, itemId);
  await db.$transaction(async (tx) => {
    await tx.workPlanItem.update({ where: { id: itemId }, data: { status, version: { increment: 1 } } });
    await auditBy(actor, tx, {
      action: "plan.statusChanged",
      subjectType: "WorkPlanItem",
      subjectId: itemId,
      before: { status: item.status },
      after: { status },
    });
    await notifyPlanChange(tx, actor, groupId, itemId);
  });
}

/**
 * Moves one item to a position (1 = top) and renumbers the rest 1..n. The move is applied to the order
 * as it is when the lock is obtained, so concurrent moves never drop or duplicate an item.
 */
export async function movePlanItem(actor: ActingUser, group: GroupAddress, itemId: string, position: number) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canManageGroup(actor, groupId), "403");
  await db.$transaction(async (tx) => {
    await lockPlan(tx, groupId);
    const order = await tx.workPlanItem.findMany({
      where: { groupId },
      orderBy: [{ rank: "asc" }, { id: "asc" }],
      select: { id: true, rank: true },
    });
    const from = order.findIndex((i) => i.id === itemId);
    if (from < 0) notFound();
    const ids = order.map((i) => i.id);
    ids.splice(from, 1);
    const to = Math.min(Math.max(1, position), order.length) - 1;
    ids.splice(to, 0, itemId);
    const changed = ids
      .map((id, index) => ({ id, rank: index + 1 }))
      .filter(({ id, rank }) => order.find((o) => o.id === id)!.rank !== rank);
    if (changed.length === 0) return;
    await tx.$executeRaw`
      UPDATE work_plan_item AS w SET rank = v.rank, updated_at = now()
      FROM (SELECT unnest(${changed.map((c) => c.id)}::uuid[]) AS id, unnest(${changed.map((c) => c.rank)}::int[]) AS rank) AS v
      WHERE w.id = v.id`;
    await auditBy(actor, tx, {
      action: "plan.reordered",
      subjectType: "WorkPlanItem",
      subjectId: itemId,
      before: { position: from + 1 },
      after: { position: to + 1 },
    });
    await notifyPlanChange(tx, actor, groupId, itemId);
  });
}

/** One endorsement per organization: a second focal point of the same organization changes nothing. */
export async function endorsePlanItem(actor: ActingUser, group: GroupAddress, itemId: string, endorse: boolean) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canParticipateInGroup(actor, groupId), "403");
  const item = await findItem(groupId, itemId);
  if (item.status === "DROPPED" || item.status === "DONE") return { ok: false as const, error: "plan.closed" };
  return db.$transaction(async (tx) => {
    if (endorse) {
      const created = await tx.endorsement.createMany({
        data: [{ itemId, organizationId: actor.organizationId, userId: actor.id }],
        skipDuplicates: true,
      });
      if (created.count === 0) return { ok: false as const, error: "plan.alreadyEndorsed" };
      await auditBy(actor, tx, {
        action: "plan.endorsed",
        subjectType: "WorkPlanItem",
        subjectId: itemId,
        after: { organizationId: actor.organizationId },
      });
      await notifyPlanChange(tx, actor, groupId, itemId);
    } else {
      const removed = await tx.endorsement.deleteMany({ where: { itemId, organizationId: actor.organizationId } });
      if (removed.count)
        await auditBy(actor, tx, {
          action: "plan.endorsementWithdrawn",
          subjectType: "WorkPlanItem",
          subjectId: itemId,
          before: { organizationId: actor.organizationId },
        });
    }
    return { ok: true as const };
  });
}

/** The ranked plan as CSV, in the reader's language for headers and statuses. */
export async function planCsv(
  actor: ActingUser,
  group: GroupAddress,
  t: (key: string) => string,
  nameOf: (o: { name: string; nameZh: string | null; acronym: string | null }) => string,
) {
  const { items } = await listPlan(actor, await requireGroupSpace(actor, group));
  const header = [
    "rank",
    "title",
    "status",
    "pillar",
    "leadOrganization",
    "partners",
    "deliverable",
    "dueDate",
    "endorsements",
    "description",
  ].map((k) => t(`plan.csv.${k}`));
  const rows = items.map((i) => [
    i.rank,
    i.title,
    t(`plan.status.${i.status}`),
    i.pillar,
    nameOf(i.leadOrganization),
    i.partners.map(nameOf).join("; "),
    i.deliverable ?? "",
    i.dueDate ? i.dueDate.toISOString().slice(0, 10) : "",
    i.endorsements.map(nameOf).join("; "),
    i.description ?? "",
  ]);
  return csvText(header, rows);
}

/** The form to propose an item: the organizations to name, for a member who may take part. */
export async function planItemProposalChoices(actor: ActingUser, group: GroupAddress) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canParticipateInGroup(actor, groupId), "403");
  return { organizations: await organizationOptions(), myOrganizationId: actor.organizationId };
}

/** An item for its edit form, with the organizations to choose from. */
export async function planItemForEditing(actor: ActingUser, group: GroupAddress, itemId: string) {
  const [item, organizations] = await Promise.all([getPlanItem(actor, group, itemId), organizationOptions()]);
  return { item, organizations };
}

export type PlanChange =
  | { intent: "endorse" | "withdrawEndorsement"; itemId: string }
  | { intent: "move"; itemId: string; position: number }
  | { intent: "status"; itemId: string; status: WorkPlanStatus };

/** A change made on the plan page: endorse or withdraw, move in the priority order, set the status. */
export async function changePlan(
  actor: ActingUser,
  group: GroupAddress,
  change: PlanChange,
): Promise<{ ok: true; messageKey: string } | { ok: false; error: string }> {
  switch (change.intent) {
    case "endorse":
    case "withdrawEndorsement": {
      const result = await endorsePlanItem(actor, group, change.itemId, change.intent === "endorse");
      if (!result.ok) return result;
      return { ok: true, messageKey: change.intent === "endorse" ? "plan.endorsed" : "plan.endorsementWithdrawn" };
    }
    case "move":
      await movePlanItem(actor, group, change.itemId, change.position);
      return { ok: true, messageKey: "plan.moved" };
    case "status":
      await setPlanItemStatus(actor, group, change.itemId, change.status);
      return { ok: true, messageKey: "plan.statusChanged" };
  }
}

/** The plan as a CSV file named after its group, headers and values in the reader's language. */
export async function planCsvFile(actor: ActingUser, group: GroupAddress, language: Language) {
  const space = await requireGroupSpace(actor, group);
  const t = await translator(language);
  const body = await planCsv(
    actor,
    space,
    (key) => String(t(key as never)),
    (o) => organizationName(o, language),
  );
  return { body, fileName: `work-plan-group-${space.number}.csv` };
}
