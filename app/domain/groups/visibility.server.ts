// The one SQL translation of the reading rule of working-group spaces (canReadGroupSpace in app/auth/policy.ts: its
// members and the secretariat) for readings that list or count what is inside many groups at once: /search (posts,
// comments, plan items) and notifications. tests/integration/search-visibility.test.ts walks every demo user × every
// record through both.
import { Prisma } from "~/db.server";
import { hasSecretariatRights, type Actor } from "~/auth/policy";

const sql = Prisma.sql;

/** The condition that the group in `groupColumn` is a space this reader may read. */
export function readableGroupSpace(actor: Actor, groupColumn: Prisma.Sql): Prisma.Sql {
  if (actor.status !== "ACTIVE") return sql`FALSE`;
  if (hasSecretariatRights(actor)) return sql`TRUE`;
  const groups = actor.memberships.map((m) => m.groupId);
  return sql`${groupColumn} = ANY(${groups}::uuid[])`;
}

/**
 * The SQL translation of canReadPost for the post aliased `p`: its group's space, and a draft (published_at IS NULL)
 * only for its author.
 */
export function readablePost(actor: Actor, p: Prisma.Sql = sql`p`): Prisma.Sql {
  return sql`${readableGroupSpace(actor, sql`${p}.group_id`)} AND ${publishedOrOwn(actor, p)}`;
}

/** The same rule's draft part, for a list within one space (whose reading the caller checked): published, or the reader's own. */
export function publishedOrOwn(actor: Actor, p: Prisma.Sql = sql`p`): Prisma.Sql {
  return sql`(${p}.published_at IS NOT NULL OR ${p}.author_id = ${actor.id}::uuid)`;
}
