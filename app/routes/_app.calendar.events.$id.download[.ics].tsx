// /calendar/events/:id/download.ics — one event for a calendar app, for a signed-in reader who may see it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { eventIcsFile } from "~/domain/calendar/events.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const file = await eventIcsFile(user, uuidParam(args.params, "id"));
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
