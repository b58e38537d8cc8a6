// The audit trail: every write records who did what to which record, before and after, from where.
// Secrets never enter it: fields that hold passwords or tokens are dropped before writing.
import { z } from "zod";
import { db, type Prisma } from "~/db.server";
import { canAdminister } from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import { ensure } from "~/auth/guards.server";

type Client = Prisma.TransactionClient | typeof db;

export type AuditInput = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

const SECRET_FIELD = /password|token|secret|hash/i;

/** A JSON copy without secret fields, dates as ISO strings. */
export function auditSnapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const json = JSON.stringify(value, (key, v) => (key && SECRET_FIELD.test(key) ? undefined : v));
  return json === undefined ? undefined : (JSON.parse(json) as Prisma.InputJsonValue);
}

export async function recordAudit(client: Client, event: AuditInput) {
  await client.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId ?? null,
      before: auditSnapshot(event.before),
      after: auditSnapshot(event.after),
      ip: event.ip ?? null,
    },
  });
}

/** Shorthand for a change made by a signed-in user. */
export function auditBy(actor: Pick<ActingUser, "id" | "ip">, client: Client, event: Omit<AuditInput, "actorId" | "ip">) {
  return recordAudit(client, { ...event, actorId: actor.id, ip: actor.ip });
}

export const PAGE_SIZE = 50;

export const AuditFilters = z.object({
  q: z.string().trim().max(200).optional(),
  action: z.string().trim().max(100).optional(),
  subjectType: z.string().trim().max(100).optional(),
  actor: z.string().uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
});
export type AuditFilters = z.infer<typeof AuditFilters>;

export async function listAuditEvents(actor: ActingUser, filters: AuditFilters) {
  ensure(canAdminister(actor, "audit.read"), "403");
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.subjectType ? { subjectType: filters.subjectType } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.q ? { OR: [{ subjectId: filters.q }, { actor: { email: { contains: filters.q.toLowerCase() } } }, { actor: { name: { contains: filters.q, mode: "insensitive" } } }] } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86400_000) } : {}),
          },
        }
      : {}),
  };
  const [total, events, actions, subjectTypes] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { actor: { select: { id: true, name: true, email: true } } },
    }),
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditEvent.findMany({ distinct: ["subjectType"], select: { subjectType: true }, orderBy: { subjectType: "asc" } }),
  ]);
  return {
    total,
    page: filters.page,
    pageSize: PAGE_SIZE,
    events,
    actions: actions.map((a) => a.action),
    subjectTypes: subjectTypes.map((s) => s.subjectType),
  };
}
