// The one SQL translation of the rule for a group's space (canReadGroupSpace in app/auth/policy.ts): its
// members and the secretariat. For readings that list or count records of many groups at once (notifications).
import { Prisma } from "~/db.server";
import { hasSecretariatRights, type Actor } from "~/auth/policy";

const sql = Prisma.sql;

/** The condition on a group id column for the group spaces this reader may read. */
export function readableGroupSpace(actor: Actor, groupIdColumn: Prisma.Sql): Prisma.Sql {
  if (actor.status !== "ACTIVE") return sql`FALSE`;
  if (hasSecretariatRights(actor)) return sql`TRUE`;
  const groups = actor.memberships.map((m) => m.groupId);
  return sql`${groupIdColumn} = ANY(${groups}::uuid[])`;
}
