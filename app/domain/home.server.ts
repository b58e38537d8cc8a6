// The home page: a greeting and the user's working groups.
import { db } from "~/db.server";
import type { ActingUser } from "~/auth/guards.server";
import { recentMentions } from "./posts.server";

export async function homeSummary(actor: ActingUser) {
  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    orderBy: { group: { number: "asc" } },
    select: { role: true, group: { select: { id: true, number: true, slug: true, name: true, nameZh: true, pillar: true } } },
  });
  return { memberships, mentions: await recentMentions(actor) };
}
