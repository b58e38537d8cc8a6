// /calendar/feed/<token>.ics — a person's subscription feed, fetched by calendar apps without a session
// cookie: the unguessable token in the address is the credential (deliberately not behind requireUser).
// Unknown, revoked or malformed tokens, and tokens of users who are no longer active, answer 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { notFound } from "~/auth/guards.server";
import { calendarFeedFor } from "~/domain/calendar/feed.server";
import { fileResponse } from "~/downloads.server";

const FeedPath = z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/);

export async function loader({ params }: LoaderFunctionArgs) {
  const path = FeedPath.safeParse(params["*"]);
  if (!path.success) notFound();
  const body = await calendarFeedFor(path.data.slice(0, -".ics".length));
  if (body === null) notFound();
  return fileResponse(body, {
    contentType: "text/calendar; charset=utf-8",
    fileName: "coordination-platform.ics",
    disposition: "inline",
    headers: { "X-Robots-Tag": "noindex" },
  });
}
