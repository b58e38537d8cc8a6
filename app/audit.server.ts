// Writing the audit trail: every write records who did what to which record, before and after, from where.
// Secrets never enter it: fields that hold passwords or tokens are dropped before writing. Every area's
// domain functions call auditBy in the transaction of their change; the trail is read in
// app/domain/admin/audit-trail.server.ts.
import type { ActingUser } from "~/auth/guards.server";
import { type db, type Prisma } from "~/db.server";

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
