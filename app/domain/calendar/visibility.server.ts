// The one SQL translation of the calendar's reading rule (canReadEvent in app/auth/policy.ts), for every
// reading that lists or counts events: the views, a group's upcoming events, the personal feed. Rows it admits
// are checked against the policy once more; tests/integration/calendar-routes.test.ts ("a group-only event")
// walks every view, count, search, group page and feed for members, outsiders and the secretariat.
import { Prisma } from "~/db.server";
import { hasSecretariatRights, type Actor } from "~/auth/policy";

const sql = Prisma.sql;

/** The condition on `event e` for the events this reader may read. */
export function visibleEvents(actor: Actor): Prisma.Sql {
  if (actor.status !== "ACTIVE") return sql`FALSE`;
  if (hasSecretariatRights(actor)) return sql`TRUE`;
  const groups = actor.memberships.map((m) => m.groupId);
  return sql`(e.visibility = 'ALL_FOCAL_POINTS' OR (e.visibility = 'GROUP_MEMBERS' AND e.group_id = ANY(${groups}::uuid[])))`;
}
