// Reading one's notifications: the bell's unread count, the list (paged, by kind), marking read. A line about a
// record shows only while its recipient may still read that record: the group space's and the recommendation's
// SQL translations of the policy (the same as their own lists), and for a person the directory's, filter every count
// and every page.
import { z } from "zod";
import { db, Prisma, readRows } from "~/db.server";
import type { ActingUser } from "~/auth/guards.server";
import type { Actor } from "~/auth/policy";
import { NotificationKind } from "~/enums";
import { pageField } from "~/fields";
import { LOCAL_NAMES } from "~/names";
import { DirectoryQuery } from "../directory/filters";
import { directoryWhere } from "../directory/search.server";
import { readableGroupSpace } from "../groups/visibility.server";
import { visibleRecommendations } from "../recommendations/visibility.server";

const sql = Prisma.sql;
/** The directory's rule with no filter: a line about a person shows while the directory shows that person. */
const EVERYONE_IN_THE_DIRECTORY = DirectoryQuery.parse({});
export const NOTIFICATIONS_PAGE_SIZE = 25;

/** The condition on `notification n` for the lines this reader may see. */
function visibleNotifications(actor: Actor): Prisma.Sql {
  return sql`n.recipient_id = ${actor.id}::uuid
    AND (n.group_id IS NULL OR ${readableGroupSpace(actor, sql`n.group_id`)})
    AND (n.recommendation_id IS NULL OR EXISTS (
      SELECT 1 FROM recommendation r JOIN assessment a ON a.id = r.assessment_id
       WHERE r.id = n.recommendation_id AND ${visibleRecommendations(actor)}))
    AND (n.subject_type <> 'User' OR EXISTS (
      SELECT 1 FROM "user" u JOIN organization o ON o.id = u.organization_id
       WHERE u.id = n.subject_id AND ${directoryWhere(EVERYONE_IN_THE_DIRECTORY)}))`;
}

/** Whether the recipient may still see this line (checked again before a mail about it is sent). */
export async function notificationVisibleTo(client: Prisma.TransactionClient, actor: Actor, id: string): Promise<boolean> {
  const rows = await client.$queryRaw<unknown[]>`SELECT 1 FROM notification n WHERE n.id = ${id}::uuid AND ${visibleNotifications(actor)}`;
  return rows.length > 0;
}

/** Of these lines, the ones the recipient may still see (a digest lists only those). */
export async function visibleNotificationIds(client: Prisma.TransactionClient, actor: Actor, ids: string[]): Promise<string[]> {
  const rows = await client.$queryRaw<Array<{ id: string }>>`
    SELECT n.id FROM notification n WHERE n.id = ANY(${ids}::uuid[]) AND ${visibleNotifications(actor)}`;
  return rows.map((r) => r.id);
}

/** The bell: one COUNT on the (recipient, read_at) index. */
export async function unreadNotificationCount(actor: Actor): Promise<number> {
  const [row] = await readRows<{ n: number }>(
    Prisma.sql`SELECT count(*)::int AS n FROM notification n WHERE n.read_at IS NULL AND ${visibleNotifications(actor)}`,
  );
  return row?.n ?? 0;
}

export const NotificationsQuery = z.object({
  page: pageField,
  kind: z.enum(NotificationKind, "errors.invalidField").optional().catch(undefined),
  unread: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});
export type NotificationsQuery = z.infer<typeof NotificationsQuery>;

export async function listNotifications(actor: ActingUser, query: NotificationsQuery) {
  const filter = sql`${visibleNotifications(actor)}
    ${query.kind ? sql`AND n.kind = ${query.kind}::"NotificationKind"` : sql``}
    ${query.unread ? sql`AND n.read_at IS NULL` : sql``}`;
  const [{ total }] = await readRows<{ total: number }>(Prisma.sql`SELECT count(*)::int AS total FROM notification n WHERE ${filter}`);
  const page = await readRows<{ id: string }>(Prisma.sql`
    SELECT n.id FROM notification n WHERE ${filter}
     ORDER BY n.created_at DESC, n.id
     LIMIT ${NOTIFICATIONS_PAGE_SIZE} OFFSET ${(query.page - 1) * NOTIFICATIONS_PAGE_SIZE}`);
  const rows = await db.notification.findMany({
    where: { id: { in: page.map((p) => p.id) } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      subjectType: true,
      title: true,
      href: true,
      createdAt: true,
      readAt: true,
      actor: { select: { id: true, name: true } },
      group: { select: { ...LOCAL_NAMES, number: true } },
    },
  });
  return { total, page: query.page, pageSize: NOTIFICATIONS_PAGE_SIZE, notifications: rows };
}

/** Marks one of the reader's own lines read (someone else's, or one they may no longer see: nothing happens). */
export async function markNotificationRead(actor: Actor, id: string) {
  await db.$executeRaw`UPDATE notification n SET read_at = now() WHERE n.id = ${id}::uuid AND n.read_at IS NULL AND ${visibleNotifications(actor)}`;
}

export async function markAllNotificationsRead(actor: Actor) {
  await db.$executeRaw`UPDATE notification n SET read_at = now() WHERE n.read_at IS NULL AND ${visibleNotifications(actor)}`;
}

export type NotificationChange = { intent: "read"; id: string } | { intent: "readAll" };

/** What the notifications page does: mark one read, or all. */
export async function changeNotifications(actor: Actor, change: NotificationChange) {
  if (change.intent === "read") await markNotificationRead(actor, change.id);
  else await markAllNotificationsRead(actor);
}
