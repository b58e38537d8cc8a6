// Global networking: short lists of people to meet, each linking into the directory. People who share my
// working groups, who share my thematic interests, who joined recently, and colleagues in my organization.
import { pickersIn } from "../pickers.server";
import { db, type Prisma } from "~/db.server";
import { canReadDirectory } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { entriesInLanguage, loadEntries } from "./people.server";

export const NETWORK_LIST_SIZE = 6;

type Ranked = { id: string; shared: number };

function sharingMyGroups(actor: ActingUser, groupIds: string[]) {
  if (groupIds.length === 0) return Promise.resolve<Ranked[]>([]);
  return db.$queryRaw<Ranked[]>`
    SELECT u."id", count(*)::int AS "shared"
    FROM "membership" m JOIN "user" u ON u."id" = m."user_id"
    WHERE m."group_id" = ANY(${groupIds}::uuid[]) AND u."id" <> ${actor.id}::uuid AND u."status" = 'ACTIVE'
    GROUP BY u."id", u."sort_name"
    ORDER BY "shared" DESC, u."sort_name", u."id"
    LIMIT ${NETWORK_LIST_SIZE}`;
}

function sharingMyInterests(actor: ActingUser, interests: number[]) {
  if (interests.length === 0) return Promise.resolve<Ranked[]>([]);
  return db.$queryRaw<Ranked[]>`
    SELECT u."id", cardinality(ARRAY(SELECT unnest(u."interests") INTERSECT SELECT unnest(${interests}::integer[])))::int AS "shared"
    FROM "user" u
    WHERE u."interests" && ${interests}::integer[] AND u."id" <> ${actor.id}::uuid AND u."status" = 'ACTIVE'
    ORDER BY "shared" DESC, u."created_at" DESC, u."id"
    LIMIT ${NETWORK_LIST_SIZE}`;
}

const others = (actor: ActingUser): Prisma.UserWhereInput => ({ status: "ACTIVE", id: { not: actor.id } });

export async function networkFor(actor: ActingUser, language: string) {
  ensure(canReadDirectory(actor), "403");
  const groupIds = actor.memberships.map((m) => m.groupId);
  const me = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { interests: true } });
  const [groupPeers, interestPeers, recent, colleagues, colleagueCount, myGroups] = await Promise.all([
    sharingMyGroups(actor, groupIds),
    sharingMyInterests(actor, me.interests),
    db.user.findMany({
      where: others(actor),
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: NETWORK_LIST_SIZE,
      select: { id: true },
    }),
    db.user.findMany({
      where: { ...others(actor), organizationId: actor.organizationId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: NETWORK_LIST_SIZE,
      select: { id: true },
    }),
    db.user.count({ where: { ...others(actor), organizationId: actor.organizationId } }),
    pickersIn(language).then(({ groups }) => groups.filter((g) => groupIds.includes(g.id))),
  ]);
  // One query for everyone shown, whatever the lists hold.
  const sections = {
    groupPeers: groupPeers.map((r) => r.id),
    interestPeers: interestPeers.map((r) => r.id),
    recent: recent.map((r) => r.id),
    colleagues: colleagues.map((r) => r.id),
  };
  const entries = await loadEntries(actor, [...new Set(Object.values(sections).flat())]);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const pick = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  return {
    myInterests: me.interests,
    myGroups,
    organizationId: actor.organizationId,
    groupPeers: entriesInLanguage(pick(sections.groupPeers), language),
    interestPeers: entriesInLanguage(pick(sections.interestPeers), language),
    recent: entriesInLanguage(pick(sections.recent), language),
    colleagues: entriesInLanguage(pick(sections.colleagues), language),
    colleagueCount,
  };
}
