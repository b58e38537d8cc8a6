// The home page: a greeting, the personal feed (feed.server.ts: what is new since the last visit, upcoming
// events, what waits for the reader), the user's working groups, where they were mentioned, and, until they
// have found their feet, the first steps (complete the profile, find groups to join, subscribe to the calendar).
import { db, Prisma } from "~/db.server";
import { LOCAL_NAMES, type LocalizedNames } from "~/names";
import type { GroupRole } from "~/enums";
import { readTogether } from "~/read-together.server";
import { localNamesJsonPairs } from "~/names.server";
import { canRequestToJoin } from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import { mentionsFrom, mentionsRead } from "../groups/posts.server";
import { feedFrom, feedReads, feedSince, previousVisit } from "./feed.server";

const sql = Prisma.sql;

const groupSummary = {
  id: true,
  number: true,
  slug: true,
  ...LOCAL_NAMES,
  pillar: true,
} as const;

type GroupCard = LocalizedNames & { id: string; number: number; slug: string; pillar: number };
type Me = { title: string | null; interests: number[]; languages: string[]; calendarSubscribed: boolean; requestedGroupIds: string[] };

const groupJson = sql`json_build_object('id', g.id, 'number', g.number, 'slug', g.slug, ${localNamesJsonPairs("g")}, 'pillar', g.pillar)`;

/**
 * The home page in two statements (three for a newcomer in no group): the visit moved on (feed.server.ts), then the
 * reader's groups, mentions, profile and whole feed read together (readTogether).
 */
export async function homeSummary(actor: ActingUser) {
  const previous = await previousVisit(actor.id);
  const since = feedSince(previous);
  const read = await readTogether({
    ...feedReads(actor, since),
    memberships: {
      statement: sql`SELECT m.role, ${groupJson} AS "group" FROM membership m JOIN working_group g ON g.id = m.group_id
        WHERE m.user_id = ${actor.id}::uuid`,
      order: sql`(k."group"->>'number')::int`,
    },
    mentions: mentionsRead(actor),
    me: {
      statement: sql`SELECT u.title, u.interests, u.languages,
          EXISTS (SELECT 1 FROM calendar_feed f WHERE f.user_id = u.id) AS "calendarSubscribed",
          ARRAY(SELECT j.group_id::text FROM join_request j WHERE j.user_id = u.id AND j.status = 'PENDING') AS "requestedGroupIds"
        FROM "user" u WHERE u.id = ${actor.id}::uuid`,
      order: sql`k.title`,
    },
  });
  const memberships = read.memberships as Array<{ role: GroupRole; group: GroupCard }>;
  return {
    memberships,
    mentions: mentionsFrom(actor, read.mentions),
    firstSteps: await firstSteps(actor, memberships.length, (read.me as Me[])[0]),
    feed: feedFrom(actor, read, { previous, since }),
  };
}

/** The steps a newcomer has not taken yet; null once every step is done. */
async function firstSteps(actor: ActingUser, membershipCount: number, me: Me) {
  const profileComplete = Boolean(me.title) && me.interests.length > 0 && me.languages.length > 0;
  const hasGroups = membershipCount > 0;
  if (profileComplete && me.calendarSubscribed && hasGroups) return null;
  const groups = hasGroups
    ? []
    : (await db.workingGroup.findMany({ orderBy: { number: "asc" }, select: groupSummary })).map((group) => ({
        ...group,
        requested: me.requestedGroupIds.includes(group.id),
        canRequest: canRequestToJoin(actor, group.id),
      }));
  return { profileComplete, calendarSubscribed: me.calendarSubscribed, hasGroups, groups };
}
