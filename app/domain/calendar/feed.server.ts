// Personal subscription feeds: an unguessable token in a URL that a calendar app fetches without a
// session cookie. Only the token's SHA-256 is stored, so the full URL can be shown once, right after it
// is generated; revoking deletes it, regenerating replaces it. A token of a user who is no longer active
// (suspended) serves nothing.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { db, Prisma, readRows } from "~/db.server";
import { rowsKept } from "~/data-versions.server";
import { actorInclude, toActorAttributes, toCurrentUser } from "~/auth/actor.server";
import { canManageCalendarFeed, canReadEvent, type Actor } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { newToken, sha256 } from "~/auth/tokens.server";
import { config } from "~/config.server";
import { auditBy } from "~/audit.server";
import { assembleIcs, veventOf } from "./ics.server";
import { exportInclude } from "./occurrences.server";
import { visibleEvents } from "./visibility.server";

/** What a feed holds: events with an occurrence between this many days ago and this many days ahead, at most FEED_LIMIT. */
const FEED_PAST_DAYS = 30;
const FEED_AHEAD_DAYS = 366;
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

export type FeedAnswer =
  { kind: "feed"; body: string; version: string; lastModified: Date } | { kind: "unchanged"; version: string; lastModified: Date };

const FEED_NAME = "Coordination Platform";

/**
 * The time a feed is read at: the current minute. What a feed holds moves with the clock (its window of days, and
 * which events are still to come), so the version of a reader's feed could not be kept if it were read at each
 * millisecond; a minute is nothing to a calendar app that polls every quarter of an hour or more.
 */
const feedClock = () => new Date(Math.floor(Date.now() / 60_000) * 60_000);

const sql = Prisma.sql;

/**
 * The order of a feed: events still to come first (a series under way, then the others by their start), then the
 * past ones, latest first. On rows of `alias` with the event's `series_ends_at` and `starts_at`.
 */
const feedOrder = (alias: Prisma.Sql, now: Date) =>
  sql`${alias}.series_ends_at <= ${now}, CASE WHEN ${alias}.series_ends_at > ${now} THEN ${alias}.starts_at END, ${alias}.series_ends_at DESC, ${alias}.id`;

/** FROM and WHERE of the events a feed holds, its first FEED_LIMIT in its order (`e` the event, `i` its kept VEVENT). */
function feedSelection(reader: Actor, now: Date): Prisma.Sql {
  return sql`
    FROM event e JOIN event_ics i ON i.event_id = e.id
    WHERE ${visibleEvents(reader)}
      AND e.series_ends_at > ${new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000)}
      AND e.starts_at < ${new Date(now.getTime() + FEED_AHEAD_DAYS * 86_400_000)}
    ORDER BY ${feedOrder(sql`e`, now)}
    LIMIT ${FEED_LIMIT}`;
}

/**
 * Feeds as assembled, by version. A version is a hash of exactly what a feed holds (which events, as written when,
 * for which address), so one body serves every reader whose feed has that version (members of the same groups), and
 * a reader whose feed differs by one event gets another version: nothing is served that the reader's own rows did
 * not select. About 1.3 MB each at the cap; the oldest go first.
 */
const assembledFeeds = new LRUCache<string, string>({
  maxSize: 48 * 1024 * 1024,
  sizeCalculation: (body) => Math.max(body.length, 1),
});

/**
 * A person's feed: the events they may read that happen from FEED_PAST_DAYS ago to FEED_AHEAD_DAYS ahead, those
 * still to come first (a series under way, then the others by their start), then the past ones, latest first;
 * at most FEED_LIMIT, so the cap only ever drops the oldest. It is assembled from the VEVENTs stored with each
 * event. `version` (the ETag) changes whenever what the feed holds changes (an event written, added or dropped,
 * the reader's groups); a client that already holds this version (`knownVersion`), or, without one, holds a
 * copy newer than `lastModified` (`knownSince`), is told it is unchanged without the feed being read.
 * Null for a token that is unknown, revoked, or belongs to an inactive user.
 */
export async function calendarFeedFor(
  token: string,
  known: { knownVersions?: string[]; knownSince?: Date | null } = {},
): Promise<FeedAnswer | null> {
  if (!FEED_TOKEN_PATTERN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: sha256(token) },
    select: { createdAt: true, user: { include: actorInclude } },
  });
  if (!feed || feed.user.status !== "ACTIVE") return null;
  const reader = toCurrentUser(feed.user.id, toActorAttributes(feed.user));
  const now = feedClock();
  const selection = feedSelection(reader, now);
  const appUrl = config().APP_URL;
  // The version is worked out by the database from the selection (one row back, however many events it holds),
  // and kept while the events are unchanged, for each visibility and minute (app/data-versions.server.ts): at the
  // scale data it reads ~6,500 events (18–25 ms), for every poll of every calendar app. The events themselves are
  // read only when that version has not been assembled yet.
  const [held] = await rowsKept<{ lastWritten: Date | null; digest: string }>(
    ["calendar"],
    sql`
    SELECT max(f.written_at) AS "lastWritten",
      encode(sha256(convert_to(coalesce(string_agg(f.id::text || '@' || floor(extract(epoch FROM f.written_at) * 1000)::bigint, ',' ORDER BY ${feedOrder(sql`f`, now)}), ''), 'UTF8')), 'base64') AS digest
    FROM (SELECT e.id, e.series_ends_at, e.starts_at, i.written_at ${selection}) f`,
  );
  const versionOf = (digest: string) =>
    `"${createHash("sha256").update(`${appUrl}\n${FEED_NAME}\n`).update(digest).digest("base64url").slice(0, 32)}"`;
  // The feed also changes when the window moves (daily) and when the reader joins a group: never older than those.
  const joined = feed.user.memberships.length
    ? await db.membership.aggregate({ where: { userId: reader.id }, _max: { createdAt: true } })
    : null;
  const lastModifiedOf = (lastWritten: Date | null) =>
    new Date(
      Math.floor(
        Math.max(
          lastWritten?.getTime() ?? 0,
          Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()),
          feed.createdAt.getTime(),
          joined?._max.createdAt?.getTime() ?? 0,
        ) / 1000,
      ) * 1000,
    );
  const version = versionOf(held.digest);
  const lastModified = lastModifiedOf(held.lastWritten);
  const unchanged = known.knownVersions?.length
    ? known.knownVersions.includes(version) || known.knownVersions.includes("*")
    : known.knownSince
      ? known.knownSince >= lastModified
      : false;
  if (unchanged) return { kind: "unchanged", version, lastModified };
  const kept = assembledFeeds.get(version);
  if (kept !== undefined) return { kind: "feed", body: kept, version, lastModified };

  const entries = await readRows<{
    id: string;
    all_day: boolean;
    time_zone: string;
    group_id: string | null;
    visibility: "ALL_FOCAL_POINTS" | "GROUP_MEMBERS";
    app_url: string;
    written_at: Date;
  }>(Prisma.sql`
    SELECT f.id, f.all_day, f.time_zone, f.group_id, f.visibility, f.app_url, f.written_at
    FROM (SELECT e.id, e.all_day, e.time_zone, e.group_id, e.visibility::text AS visibility, i.app_url, i.written_at, e.series_ends_at, e.starts_at ${selection}) f
    ORDER BY ${feedOrder(sql`f`, now)}`);
  // The body is kept under the version of the rows it is made of, worked out here as the database did above: an event
  // written between the two reads gives this body another version, never the one of rows that did not hold it.
  const assembled = versionOf(
    createHash("sha256")
      .update(entries.map((e) => `${e.id}@${e.written_at.getTime()}`).join(","))
      .digest("base64"),
  );
  const readable = entries.filter((e) => canReadEvent(reader, { visibility: e.visibility, groupId: e.group_id }));
  const ids = readable.map((e) => e.id);
  const texts = new Map(
    (await db.eventIcs.findMany({ where: { eventId: { in: ids } }, select: { eventId: true, vevent: true } })).map((t) => [
      t.eventId,
      t.vevent,
    ]),
  );
  // Written with another APP_URL (the links in them would be wrong): written again here, for this answer only.
  const stale = readable.filter((e) => e.app_url !== appUrl).map((e) => e.id);
  if (stale.length) {
    for (const event of await db.event.findMany({ where: { id: { in: stale } }, include: exportInclude }))
      texts.set(event.id, veventOf(event));
  }
  const body = assembleIcs(
    FEED_NAME,
    readable.flatMap((e) => {
      const vevent = texts.get(e.id);
      return vevent ? [{ vevent, zone: e.all_day ? null : e.time_zone }] : [];
    }),
  );
  assembledFeeds.set(assembled, body);
  const lastWritten = entries.reduce<Date | null>((latest, e) => (latest && latest > e.written_at ? latest : e.written_at), null);
  return { kind: "feed", body, version: assembled, lastModified: lastModifiedOf(lastWritten) };
}
