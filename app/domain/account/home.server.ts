// The home page: a greeting, the personal feed (feed.server.ts: what is new since the last visit, upcoming
// events, what waits for the reader), the user's working groups, where they were mentioned, and, until they
// have found their feet, the first steps (complete the profile, find groups to join, subscribe to the calendar).
import { db } from "~/db.server";
import { LOCAL_NAMES } from "~/names";
import { canRequestToJoin } from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import { recentMentions } from "../groups/posts.server";
import { homeFeed } from "./feed.server";

const groupSummary = {
  id: true,
  number: true,
  slug: true,
  ...LOCAL_NAMES,
  pillar: true,
} as const;

export async function homeSummary(actor: ActingUser) {
  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    orderBy: { group: { number: "asc" } },
    select: { role: true, group: { select: groupSummary } },
  });
  const [mentions, steps, feed] = await Promise.all([recentMentions(actor), firstSteps(actor, memberships.length), homeFeed(actor)]);
  return { memberships, mentions, firstSteps: steps, feed };
}

/** The steps a newcomer has not taken yet; null once every step is done. */
async function firstSteps(actor: ActingUser, membershipCount: number) {
  const me = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      title: true,
      interests: true,
      languages: true,
      calendarFeed: { select: { id: true } },
      joinRequests: { where: { status: "PENDING" }, select: { groupId: true } },
    },
  });
  const profileComplete = Boolean(me.title) && me.interests.length > 0 && me.languages.length > 0;
  const calendarSubscribed = me.calendarFeed !== null;
  const hasGroups = membershipCount > 0;
  if (profileComplete && calendarSubscribed && hasGroups) return null;
  const groups = hasGroups
    ? []
    : (await db.workingGroup.findMany({ orderBy: { number: "asc" }, select: groupSummary })).map((group) => ({
        ...group,
        requested: me.joinRequests.some((r) => r.groupId === group.id),
        canRequest: canRequestToJoin(actor, group.id),
      }));
  return { profileComplete, calendarSubscribed, hasGroups, groups };
}
