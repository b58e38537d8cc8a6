// Nominations: a lead focal point of a Member State or entity nominates a colleague (name, address, title, language,
// working groups, end of designation, note); the secretariat approves, which sends the invitation in the nominee's
// language, or declines with a reason; the lead is told either way. One pending nomination per address (a partial
// unique index): a second one from the same organization is merged into it. Everything is audited.
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { db, isUniqueViolation, type Prisma } from "~/db.server";
import { canDecideNominations, canNominateFor, canSeeNominationsOf } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { auditBy } from "~/audit.server";
import { sendMail } from "~/mail.server";
import { noticeMail } from "~/mail-templates.server";
import { dayField, emailField, nameField, optionalText, pageField, uuidField } from "../../fields";
import { supportedLanguages } from "../../i18n/config";
import { createInvitation, mailInvitation } from "../admin/invitations.server";
import { workingGroupChoices } from "../groups/spaces.server";

export const NOMINATION_QUEUE_PAGE_SIZE = 25;

export const NominationInput = z.object({
  email: emailField,
  name: nameField,
  title: optionalText(200),
  locale: z.enum(supportedLanguages, "errors.chooseOption"),
  groupIds: z.array(z.uuid("errors.chooseOption")).max(20, "errors.invalidField").default([]),
  designationEndsOn: dayField()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  note: optionalText(2000),
});
export const NOMINATION_ARRAY_FIELDS = ["groupIds"] as const;
export type NominationInput = z.infer<typeof NominationInput>;

export const NominationDecision = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), nominationId: uuidField }),
  z.object({
    intent: z.literal("decline"),
    nominationId: uuidField,
    reason: z.string("errors.requiredField").trim().min(1, "nominations.reasonRequired").max(2000, "errors.tooLong"),
  }),
]);
export type NominationDecision = z.infer<typeof NominationDecision>;

export const NominationQueueQuery = z.object({ page: pageField });

type Refusal = { ok: false; errors: Record<string, string> };
export type NominateResult = { ok: true; nominationId: string; merged: boolean } | Refusal;

const dayOrNull = (day: string | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

/** The nomination form: the organization it is for and the groups to choose from (its leads only; others get 404). */
export async function nominationForm(actor: ActingUser, organizationId: string) {
  ensure(canNominateFor(actor, organizationId));
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, ...LOCAL_NAMES, acronym: true },
  });
  if (!organization) notFound();
  return { organization, groups: await workingGroupChoices() };
}

/** Refuses (404) anyone but the organization's leads, before their form is read. */
export function ensureNominates(actor: ActingUser, organizationId: string) {
  ensure(canNominateFor(actor, organizationId));
}

/** Refuses (403) anyone but the secretariat, before their form is read. */
export function ensureDecidesNominations(actor: ActingUser) {
  ensure(canDecideNominations(actor), "403");
}

/** Why an address cannot be nominated, if it cannot: it already has an account, or an invitation is on its way. */
async function addressRefusal(email: string): Promise<string | null> {
  const existing = await db.user.findUnique({ where: { email }, select: { status: true } });
  if (!existing) return null;
  return existing.status === "INVITED" ? "nominations.alreadyInvited" : "nominations.alreadyRegistered";
}

export async function nominate(actor: ActingUser, organizationId: string, input: NominationInput): Promise<NominateResult> {
  ensureNominates(actor, organizationId);
  const refusal = await addressRefusal(input.email);
  if (refusal) return { ok: false, errors: { email: refusal } };
  const groupIds = [...new Set(input.groupIds)];
  if ((await db.workingGroup.count({ where: { id: { in: groupIds } } })) !== groupIds.length)
    return { ok: false, errors: { groupIds: "errors.chooseOption" } };
  const fields = {
    name: input.name,
    title: input.title,
    locale: input.locale,
    designationEndsOn: dayOrNull(input.designationEndsOn),
    note: input.note,
  };
  // Two leads nominating the same person at once: the second insert meets the partial unique index and merges.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx): Promise<NominateResult> => {
        const pending = await tx.nomination.findFirst({
          where: { email: input.email, status: "PENDING" },
          include: { groups: { select: { groupId: true } } },
        });
        if (pending && pending.organizationId !== organizationId) return { ok: false, errors: { email: "nominations.pendingElsewhere" } };
        if (pending) {
          const merged = [...new Set([...pending.groups.map((g) => g.groupId), ...groupIds])];
          await tx.nominationGroup.createMany({
            data: merged.map((groupId) => ({ nominationId: pending.id, groupId })),
            skipDuplicates: true,
          });
          await tx.nomination.update({
            where: { id: pending.id },
            data: { ...fields, note: input.note ?? pending.note, nominatedById: actor.id, version: { increment: 1 } },
          });
          await auditBy(actor, tx, {
            action: "nomination.merged",
            subjectType: "Nomination",
            subjectId: pending.id,
            before: { name: pending.name, title: pending.title, groupIds: pending.groups.map((g) => g.groupId) },
            after: { name: input.name, title: input.title, groupIds: merged },
          });
          return { ok: true, nominationId: pending.id, merged: true };
        }
        const created = await tx.nomination.create({
          data: {
            ...fields,
            email: input.email,
            organizationId,
            nominatedById: actor.id,
            groups: { create: groupIds.map((groupId) => ({ groupId })) },
          },
        });
        await auditBy(actor, tx, {
          action: "nomination.created",
          subjectType: "Nomination",
          subjectId: created.id,
          after: { email: input.email, name: input.name, organizationId, groupIds, locale: input.locale },
        });
        return { ok: true, nominationId: created.id, merged: false };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt > 0) throw error;
    }
  }
}

const nominationInclude = {
  organization: { select: { id: true, ...LOCAL_NAMES, acronym: true } },
  nominatedBy: { select: { id: true, name: true } },
  decidedBy: { select: { id: true, name: true } },
  groups: { select: { group: { select: { id: true, number: true, ...LOCAL_NAMES } } } },
} satisfies Prisma.NominationInclude;

/** The secretariat's queue: pending nominations, oldest first, and the last decisions. */
export async function nominationQueue(actor: ActingUser, page: number) {
  ensureDecidesNominations(actor);
  const [total, pending, decided] = await Promise.all([
    db.nomination.count({ where: { status: "PENDING" } }),
    db.nomination.findMany({
      where: { status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: nominationInclude,
      skip: (page - 1) * NOMINATION_QUEUE_PAGE_SIZE,
      take: NOMINATION_QUEUE_PAGE_SIZE,
    }),
    db.nomination.findMany({
      where: { status: { not: "PENDING" } },
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      include: nominationInclude,
      take: 10,
    }),
  ]);
  return { total, page, pageSize: NOMINATION_QUEUE_PAGE_SIZE, pending, decided };
}

/** An organization's nominations, for its leads and the secretariat: pending ones and the last decisions. */
export async function organizationNominations(actor: ActingUser, organizationId: string) {
  if (!canSeeNominationsOf(actor, organizationId)) return null;
  const [pending, decided] = await Promise.all([
    db.nomination.findMany({
      where: { organizationId, status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: nominationInclude,
    }),
    db.nomination.findMany({
      where: { organizationId, status: { not: "PENDING" } },
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      include: nominationInclude,
      take: 10,
    }),
  ]);
  return { pending, decided };
}

export type DecideResult = { ok: true; name: string; approved: boolean } | Refusal;

export async function decideNomination(actor: ActingUser, decision: NominationDecision): Promise<DecideResult> {
  ensureDecidesNominations(actor);
  const nomination = await db.nomination.findUnique({
    where: { id: decision.nominationId },
    include: { groups: { select: { groupId: true } }, organization: { select: { id: true, ...LOCAL_NAMES } } },
  });
  if (!nomination) notFound();
  if (nomination.status !== "PENDING") return { ok: false, errors: { form: "nominations.alreadyDecided" } };
  if (decision.intent === "approve") {
    const refusal = await addressRefusal(nomination.email);
    if (refusal) return { ok: false, errors: { form: refusal } };
  }
  const approved = decision.intent === "approve";
  const outcome = await db
    .$transaction(async (tx) => {
      // Claimed first: a second secretary deciding the same nomination at once finds it decided.
      const claim = await tx.nomination.updateMany({
        where: { id: nomination.id, status: "PENDING" },
        data: {
          status: approved ? "APPROVED" : "DECLINED",
          decidedById: actor.id,
          decidedAt: new Date(),
          declineReason: decision.intent === "decline" ? decision.reason : null,
          version: { increment: 1 },
        },
      });
      if (claim.count !== 1) return null;
      let invitation: { invitationId: string; token: string } | null = null;
      if (approved) {
        invitation = await createInvitation(
          tx,
          actor,
          {
            email: nomination.email,
            name: nomination.name,
            organizationId: nomination.organizationId,
            role: "FOCAL_POINT",
            groupIds: nomination.groups.map((g) => g.groupId),
            locale: nomination.locale as (typeof supportedLanguages)[number],
            title: nomination.title,
            designationEndsOn: nomination.designationEndsOn,
          },
          null,
        );
        await tx.nomination.update({ where: { id: nomination.id }, data: { invitationId: invitation.invitationId } });
      }
      await auditBy(actor, tx, {
        action: approved ? "nomination.approved" : "nomination.declined",
        subjectType: "Nomination",
        subjectId: nomination.id,
        before: { status: "PENDING" },
        after: { status: approved ? "APPROVED" : "DECLINED", ...(decision.intent === "decline" ? { reason: decision.reason } : {}) },
      });
      return { invitation };
    })
    // Someone got an account with this address between the check above and the approval: nothing was written.
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return "registered" as const;
      throw error;
    });
  if (outcome === "registered") return { ok: false, errors: { form: "nominations.alreadyRegistered" } };
  if (!outcome) return { ok: false, errors: { form: "nominations.alreadyDecided" } };
  if (outcome.invitation) await mailInvitation(outcome.invitation.invitationId, outcome.invitation.token);
  await tellLeads(nomination, decision);
  return { ok: true, name: nomination.name, approved };
}

/** The nominating lead and the organization's other leads hear of the decision, each in their own language. */
async function tellLeads(
  nomination: { id: string; name: string; organizationId: string; nominatedById: string | null },
  decision: NominationDecision,
) {
  const leads = await db.user.findMany({
    where: {
      status: "ACTIVE",
      organizationId: nomination.organizationId,
      OR: [{ leadSince: { not: null } }, ...(nomination.nominatedById ? [{ id: nomination.nominatedById }] : [])],
    },
    select: { email: true, name: true, locale: true },
  });
  for (const lead of leads) {
    await sendMail(
      await noticeMail({
        to: lead.email,
        name: lead.name,
        locale: lead.locale,
        notice: decision.intent === "approve" ? "nominationApproved" : "nominationDeclined",
        values: { nominee: nomination.name, reason: decision.intent === "decline" ? decision.reason : "" },
        path: `/organizations/${nomination.organizationId}`,
      }),
    );
  }
}
