// /groups/:slug/mentions?q=: the group's active members whose name contains q (at most 10), for the mention
// autocomplete of the post and comment forms; members of the group only (404 for anyone else).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, stringParam } from "~/auth/guards.server";
import { mentionCandidates } from "~/domain/groups/mentions.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const q = new URL(args.request.url).searchParams.get("q") ?? "";
  const people = await mentionCandidates(user, stringParam(args.params, "slug"), q);
  return Response.json({ people }, { headers: { "Cache-Control": "private, no-store" } });
}
