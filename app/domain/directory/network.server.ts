// Global networking: short lists of people to meet, each linking into the directory. People who share my
// working groups, who share my thematic interests, who joined recently, and colleagues in my organization.
import { pickersIn } from "../pickers.server";
import { rowsKept } from "~/data-versions.server";
import { Prisma } from "~/db.server";
import { canReadDirectory } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { entriesInLanguage, readEntries } from "./people.server";

export const NETWORK_LIST_SIZE = 6;

const sql = Prisma.sql;

/**
 * Whom each list suggests (ids, in the list's order) and how many colleagues there are, in one statement: people who
 * share most of my groups (then by name), who share most of my interests (then the newest), who joined last, and my
 * organization's people by name. Six statements before, each costing the server more to send and read than to answer.
 */
async function suggestions(actor: ActingUser, groupIds: string[]) {
  const others = sql`u.status = 'ACTIVE' AND u.id <> ${actor.id}::uuid`;
  // Kept for each reader while the people and memberships are unchanged (it reads nothing else, and not the clock):
  // 2.6 ms of the database's time at every view of the page.
  const [row] = await rowsKept<{
    interests: number[];
    groupPeers: string[];
    interestPeers: string[];
    recent: string[];
    colleagues: string[];
    colleagueCount: number;
  }>(
    ["people"],
    sql`
    SELECT me.interests,
      ARRAY(
        SELECT u.id::text FROM membership m JOIN "user" u ON u.id = m.user_id
        WHERE m.group_id = ANY(${groupIds}::uuid[]) AND ${others}
        GROUP BY u.id, u.sort_name ORDER BY count(*) DESC, u.sort_name, u.id LIMIT ${NETWORK_LIST_SIZE}
      ) AS "groupPeers",
      ARRAY(
        SELECT u.id::text FROM "user" u
        WHERE u.interests && me.interests AND ${others}
        ORDER BY cardinality(ARRAY(SELECT unnest(u.interests) INTERSECT SELECT unnest(me.interests))) DESC, u.created_at DESC, u.id
        LIMIT ${NETWORK_LIST_SIZE}
      ) AS "interestPeers",
      ARRAY(SELECT u.id::text FROM "user" u WHERE ${others} ORDER BY u.created_at DESC, u.id LIMIT ${NETWORK_LIST_SIZE}) AS recent,
      ARRAY(
        SELECT u.id::text FROM "user" u WHERE ${others} AND u.organization_id = me.organization_id
        ORDER BY u.name, u.id LIMIT ${NETWORK_LIST_SIZE}
      ) AS colleagues,
      (SELECT count(*)::int FROM "user" u WHERE ${others} AND u.organization_id = me.organization_id) AS "colleagueCount"
    FROM "user" me WHERE me.id = ${actor.id}::uuid`,
  );
  return row;
}

export async function networkFor(actor: ActingUser, language: string) {
  ensure(canReadDirectory(actor), "403");
  const groupIds = actor.memberships.map((m) => m.groupId);
  const [found, myGroups] = await Promise.all([
    suggestions(actor, groupIds),
    pickersIn(language).then(({ groups }) => groups.filter((g) => groupIds.includes(g.id))),
  ]);
  const { interests, colleagueCount, ...sections } = found;
  // One query for everyone shown, whatever the lists hold.
  // Read, not kept: each reader's suggestions are their own, and would push the pages many readers share out.
  const entries = await readEntries(actor, [...new Set(Object.values(sections).flat())]);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const pick = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  return {
    myInterests: interests,
    myGroups,
    organizationId: actor.organizationId,
    groupPeers: entriesInLanguage(pick(sections.groupPeers), language),
    interestPeers: entriesInLanguage(pick(sections.interestPeers), language),
    recent: entriesInLanguage(pick(sections.recent), language),
    colleagues: entriesInLanguage(pick(sections.colleagues), language),
    colleagueCount,
  };
}
