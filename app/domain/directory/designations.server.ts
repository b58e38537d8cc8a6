// Designations: who an organization's lead focal points are (the secretariat marks them), when a focal point's
// designation ends (a lead or the secretariat sets or renews it), and the daily review that reminds people a week
// before the end and suspends the account after it (not deleted: a former focal point stays for history).
import { z } from "zod";
import { db } from "~/db.server";
import {
  canHandOver,
  canManageOrganizationPeople,
  canMarkLead,
  canNominateFor,
  canSeeOrganizationPeople,
  canSetDesignationOf,
} from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { auditBy, recordAudit } from "~/audit.server";
import { revokeSessionsOf } from "~/auth/session.server";
import { sendMail } from "~/mail.server";
import { noticeMail } from "~/mail-templates.server";
import { dayField, dayString, uuidField } from "../../fields";
import { organizationNominations } from "./nominations.server";
import { getDirectoryOrganization } from "./organizations.server";

/** How long before the end of a designation the person and their leads are reminded. */
export const REMINDER_DAYS = 7;

export const DesignationChange = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("lead"), userId: uuidField, lead: z.enum(["yes", "no"], "errors.invalidField") }),
  z.object({
    intent: z.literal("designation"),
    userId: uuidField,
    endsOn: dayField()
      .optional()
      .or(z.literal("").transform(() => undefined)),
  }),
]);
export type DesignationChange = z.infer<typeof DesignationChange>;

const DAY = 86_400_000;
const startOfDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/**
 * An organization's people as its own people and the secretariat see them: leads and designation ends of the
 * current focal points, and the past focal points with their periods. Null for anyone else.
 */
export async function organizationPeople(actor: ActingUser, organizationId: string) {
  if (!canSeeOrganizationPeople(actor, organizationId)) return null;
  const [current, past] = await Promise.all([
    db.user.findMany({
      where: { organizationId, status: "ACTIVE" },
      orderBy: [{ leadSince: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        title: true,
        role: true,
        organizationId: true,
        leadSince: true,
        designationEndsOn: true,
        createdAt: true,
      },
      take: 200,
    }),
    db.user.findMany({
      where: { organizationId, leftAt: { not: null } },
      orderBy: [{ leftAt: "desc" }, { id: "asc" }],
      select: { id: true, name: true, title: true, createdAt: true, leftAt: true },
      take: 200,
    }),
  ]);
  return {
    current: current.map(({ role, organizationId: orgId, ...person }) => ({
      ...person,
      canMarkLead: canMarkLead(actor, { role }),
      canSetDesignation: canSetDesignationOf(actor, { id: person.id, organizationId: orgId, role }),
      canHandOver: canHandOver(actor, { id: person.id, organizationId: orgId, role }),
    })),
    past,
  };
}

/** The organization page: the directory's view, and for its own people and the secretariat, people and nominations. */
export async function organizationPage(actor: ActingUser, organizationId: string, page: number) {
  const [directory, people, nominations] = await Promise.all([
    getDirectoryOrganization(actor, organizationId, page),
    organizationPeople(actor, organizationId),
    organizationNominations(actor, organizationId),
  ]);
  return { ...directory, people, nominations, canNominate: canNominateFor(actor, organizationId) };
}

/** Refuses (404) anyone who may change nothing about this organization's people, before their form is read. */
export function ensureManagesPeople(actor: ActingUser, organizationId: string) {
  ensure(canManageOrganizationPeople(actor, organizationId));
}

export type DesignationResult = { ok: true; name: string } | { ok: false; errors: Record<string, string> };

export async function changeDesignation(actor: ActingUser, organizationId: string, change: DesignationChange): Promise<DesignationResult> {
  ensureManagesPeople(actor, organizationId);
  const target = await db.user.findUnique({
    where: { id: change.userId },
    select: { id: true, name: true, role: true, status: true, organizationId: true, leadSince: true, designationEndsOn: true },
  });
  // Someone of another organization, or an account the actor may not change, is not found from here.
  if (!target || target.organizationId !== organizationId) notFound();
  if (change.intent === "lead") {
    ensure(canMarkLead(actor, target));
    if (target.status !== "ACTIVE") return { ok: false, errors: { form: "nominations.notActive" } };
    const leadSince = change.lead === "yes" ? (target.leadSince ?? new Date()) : null;
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: target.id }, data: { leadSince, version: { increment: 1 } } });
      await auditBy(actor, tx, {
        action: "user.leadChanged",
        subjectType: "User",
        subjectId: target.id,
        before: { lead: target.leadSince !== null },
        after: { lead: leadSince !== null },
      });
    });
    return { ok: true, name: target.name };
  }
  ensure(canSetDesignationOf(actor, target));
  const endsOn = change.endsOn ? new Date(`${change.endsOn}T00:00:00Z`) : null;
  if (endsOn && endsOn < startOfDay(new Date())) return { ok: false, errors: { endsOn: "nominations.endInPast" } };
  await db.$transaction(async (tx) => {
    // A new end (a renewal) earns a new reminder.
    await tx.user.update({
      where: { id: target.id },
      data: { designationEndsOn: endsOn, designationRemindedAt: null, version: { increment: 1 } },
    });
    await auditBy(actor, tx, {
      action: "user.designationChanged",
      subjectType: "User",
      subjectId: target.id,
      before: { endsOn: target.designationEndsOn ? dayString(target.designationEndsOn) : null },
      after: { endsOn: change.endsOn ?? null },
    });
  });
  return { ok: true, name: target.name };
}

/**
 * The daily review (a scheduled job, once across all instances): reminds each person whose designation ends within
 * REMINDER_DAYS, and their leads, once; suspends the accounts whose designation ended before today.
 */
export async function reviewDesignations(now = new Date()): Promise<{ reminded: number; suspended: number }> {
  const today = startOfDay(now);
  const soon = new Date(today.getTime() + REMINDER_DAYS * DAY);
  const due = await db.user.findMany({
    where: { status: "ACTIVE", designationRemindedAt: null, designationEndsOn: { gte: today, lte: soon } },
    select: { id: true, name: true, email: true, locale: true, organizationId: true, designationEndsOn: true },
  });
  let reminded = 0;
  for (const person of due) {
    // Claimed first, so a second run (or instance) never sends the same reminder twice.
    const claim = await db.user.updateMany({ where: { id: person.id, designationRemindedAt: null }, data: { designationRemindedAt: now } });
    if (claim.count !== 1) continue;
    reminded++;
    const path = `/organizations/${person.organizationId}`;
    await sendMail(
      await noticeMail({ ...recipient(person), notice: "designationEnding", values: {}, date: person.designationEndsOn!, path }),
    );
    const leads = await db.user.findMany({
      where: { organizationId: person.organizationId, status: "ACTIVE", leadSince: { not: null }, id: { not: person.id } },
      select: { name: true, email: true, locale: true },
    });
    for (const lead of leads)
      await sendMail(
        await noticeMail({
          ...recipient(lead),
          notice: "designationEndingLead",
          values: { person: person.name },
          date: person.designationEndsOn!,
          path,
        }),
      );
  }

  const ended = await db.user.findMany({
    where: { status: "ACTIVE", designationEndsOn: { lt: today } },
    select: { id: true, designationEndsOn: true },
  });
  let suspended = 0;
  for (const person of ended) {
    const done = await db.$transaction(async (tx) => {
      const claim = await tx.user.updateMany({
        where: { id: person.id, status: "ACTIVE", designationEndsOn: { lt: today } },
        data: { status: "SUSPENDED", leftAt: now, leadSince: null, version: { increment: 1 } },
      });
      if (claim.count !== 1) return false;
      await recordAudit(tx, {
        actorId: null,
        action: "user.designationEnded",
        subjectType: "User",
        subjectId: person.id,
        after: { endsOn: dayString(person.designationEndsOn!) },
      });
      return true;
    });
    if (!done) continue;
    suspended++;
    await revokeSessionsOf(person.id);
  }
  return { reminded, suspended };
}

const recipient = (person: { name: string; email: string; locale: string | null }) => ({
  to: person.email,
  name: person.name,
  locale: person.locale,
});
