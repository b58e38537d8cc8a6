// /calendar/events/:id/download.ics — one event for a calendar app, for a signed-in reader who may see it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { eventIcsFile } from "~/domain/calendar/events.server";
import { fileResponse } from "~/downloads.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const file = await eventIcsFile(user, uuidParam(args.params, "id"));
  return fileResponse(file.body, { contentType: "text/calendar; charset=utf-8", fileName: file.fileName });
}
