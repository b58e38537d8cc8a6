// /calendar/events/:id/download.ics — one event for a calendar app, for a signed-in reader who may see it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { notFound, requireUser } from "~/auth/guards.server";
import { eventIcsFile } from "~/domain/calendar.server";

const Params = z.object({ id: z.string().uuid() });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const params = Params.safeParse(args.params);
  if (!params.success) notFound();
  const file = await eventIcsFile(user, params.data.id);
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
