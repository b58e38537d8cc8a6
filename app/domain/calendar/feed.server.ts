// Personal subscription feeds: an unguessable token in a URL that a calendar app fetches without a
// session cookie. Only the token's SHA-256 is stored, so the full URL can be shown once, right after it
// is generated; revoking deletes it, regenerating replaces it. A token of a user who is no longer active
// (suspended) serves nothing.
import { db } from "~/db.server";
import { actorInclude, toActorAttributes, toCurrentUser } from "~/auth/actor.server";
import { canManageCalendarFeed, canReadEvent } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { newToken, sha256 } from "~/auth/tokens.server";
import { config } from "~/config.server";
import { auditBy } from "~/audit.server";
import { eventsToIcs } from "./ics.server";
import { visibleEventsWhere } from "./events.server";

/** What a feed holds: events that ended at most this long ago, and everything after. */
const FEED_PAST_DAYS = 180;
const FEED_LIMIT = 2000;

/** The token is 32 random bytes, base64url. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function feedUrl(token: string) {
  return new URL(`/calendar/feed/${token}.ics`, config().APP_URL).toString();
}

export async function calendarFeedStatus(actor: ActingUser) {
  ensure(canManageCalendarFeed(actor), "403");
  const feed = await db.calendarFeed.findUnique({ where: { userId: actor.id }, select: { createdAt: true } });
  return { active: feed !== null, createdAt: feed?.createdAt ?? null };
}

/** A new token (replacing any earlier one, which stops working). The URL is returned this once only. */
export async function generateCalendarFeed(actor: ActingUser): Promise<{ url: string }> {
  ensure(canManageCalendarFeed(actor), "403");
  const { token, tokenHash } = newToken();
  await db.$transaction(async (tx) => {
    const before = await tx.calendarFeed.findUnique({ where: { userId: actor.id } });
    const after = await tx.calendarFeed.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, tokenHash },
      update: { tokenHash, createdAt: new Date() },
    });
    await auditBy(actor, tx, {
      action: before ? "calendarFeed.regenerated" : "calendarFeed.created",
      subjectType: "CalendarFeed",
      subjectId: after.id,
      after: { userId: actor.id },
    });
  });
  return { url: feedUrl(token) };
}

export async function revokeCalendarFeed(actor: ActingUser): Promise<boolean> {
  ensure(canManageCalendarFeed(actor), "403");
  return db.$transaction(async (tx) => {
    const feed = await tx.calendarFeed.findUnique({ where: { userId: actor.id } });
    if (!feed) return false;
    await tx.calendarFeed.delete({ where: { id: feed.id } });
    await auditBy(actor, tx, {
      action: "calendarFeed.revoked",
      subjectType: "CalendarFeed",
      subjectId: feed.id,
      before: { userId: actor.id },
    });
    return true;
  });
}

/** The iCalendar text of a feed, or null for a token that is unknown, revoked or belongs to an inactive user. */
export async function calendarFeedFor(token: string): Promise<string | null> {
  if (!FEED_TOKEN_PATTERN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({ where: { tokenHash: sha256(token) }, select: { user: { include: actorInclude } } });
  if (!feed || feed.user.status !== "ACTIVE") return null;
  const reader = toCurrentUser(feed.user.id, toActorAttributes(feed.user));
  const events = await db.event.findMany({
    where: { AND: [visibleEventsWhere(reader), { seriesEndsAt: { gt: new Date(Date.now() - FEED_PAST_DAYS * 86_400_000) } }] },
    include: { organizers: { select: { organization: { select: { name: true } } } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_LIMIT,
  });
  return eventsToIcs(
    "Coordination Platform",
    events.filter((event) => canReadEvent(reader, event)),
  );
}
