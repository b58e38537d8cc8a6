// /calendar/feed/<token>.ics — a person's subscription feed, fetched by calendar apps without a session
// cookie: the unguessable token in the address is the credential (deliberately not behind requireUser).
// Unknown, revoked or malformed tokens, and tokens of users who are no longer active, answer 404.
// Calendar apps poll it: it carries an ETag and Last-Modified, and a poll that holds the current version
// is answered 304 Not Modified without the feed being read; a feed is compressed once per version.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { notFound } from "~/auth/guards.server";
import { calendarFeedFor } from "~/domain/calendar/feed.server";
import { fileResponse } from "~/downloads.server";
import { bodyFor } from "~/precompressed.server";

const FeedPath = z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/);

/** If-Modified-Since, when it is a date (RFC 9110: only used when the request has no If-None-Match). */
function sinceOf(header: string | null): Date | null {
  const time = header ? Date.parse(header) : NaN;
  return Number.isNaN(time) ? null : new Date(time);
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const path = FeedPath.safeParse(params["*"]);
  if (!path.success) notFound();
  const ifNoneMatch = request.headers.get("If-None-Match");
  const answer = await calendarFeedFor(path.data.slice(0, -".ics".length), {
    knownVersions: ifNoneMatch?.split(",").map((tag) => tag.trim().replace(/^W\//, "")) ?? [],
    knownSince: ifNoneMatch ? null : sinceOf(request.headers.get("If-Modified-Since")),
  });
  if (answer === null) notFound();
  // Kept by the app (never by a shared cache: the address is personal), and asked again at every poll.
  const validators = { ETag: answer.version, "Last-Modified": answer.lastModified.toUTCString(), "Cache-Control": "private, no-cache" };
  if (answer.kind === "unchanged") return new Response(null, { status: 304, headers: { ...validators, "X-Robots-Tag": "noindex" } });
  // Compressed once per version (an ETag names exactly one body), not at every poll.
  const sent = await bodyFor(request, answer.version, answer.body);
  return fileResponse(sent.body, {
    contentType: "text/calendar; charset=utf-8",
    fileName: "coordination-platform.ics",
    disposition: "inline",
    headers: { ...validators, ...sent.headers, "X-Robots-Tag": "noindex" },
  });
}
