// Who hears of recommendations (issue 13): a new one, or one newly shared by a widened consent, is news for the
// focal points of the assessed State and of the entities it is now shared with (those who see all are not told of
// every one); a response is news for the State's focal points and the assessment body. The policy decides each.
import type { Prisma } from "~/db.server";
import { canReadRecommendation, canSeeRecommendationResponse, seesAllRecommendations, type RecommendationScope } from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import { loadActors, notifyActors } from "../notifications/notify.server";
import { scopeInclude, scopeOf } from "./visibility.server";

type Client = Prisma.TransactionClient;

/** The line's title: the start of the recommendation's text. */
const titleOf = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/** The scopes of these recommendations now (read before a change, they are what `previously` takes). */
export async function recommendationScopes(tx: Client, where: Prisma.RecommendationWhereInput) {
  const recs = await tx.recommendation.findMany({ where, include: scopeInclude });
  return new Map(recs.map((r) => [r.id, scopeOf(r)]));
}

/**
 * Tells the people who may now read these recommendations and could not before (`previously`: their scopes
 * before the change; none for new ones): the assessed State's focal points and those of the entities shared with.
 */
export async function notifyNewReaders(
  tx: Client,
  actor: ActingUser,
  ids: string[],
  previously: Map<string, RecommendationScope> = new Map(),
) {
  if (ids.length === 0) return;
  const recs = await tx.recommendation.findMany({ where: { id: { in: ids } }, include: scopeInclude });
  const states = [...new Set(recs.map((r) => r.assessment.stateId))];
  const people = await tx.user.findMany({
    where: {
      status: "ACTIVE",
      OR: [{ organizationId: { in: states } }, { organization: { kind: { in: ["COMPACT_ENTITY", "COMPACT_OBSERVER"] } } }],
    },
    select: { id: true },
  });
  const candidates = (
    await loadActors(
      tx,
      people.map((p) => p.id),
    )
  ).filter((r) => !seesAllRecommendations(r));
  for (const rec of recs) {
    const now = scopeOf(rec);
    const before = previously.get(rec.id);
    await notifyActors(tx, candidates, {
      kind: "RECOMMENDATION",
      actorId: actor.id,
      subject: { type: "Recommendation", id: rec.id },
      title: titleOf(rec.text),
      href: `/recommendations/${rec.id}`,
      recommendationId: rec.id,
      mayRead: (r) => canReadRecommendation(r, now) && !(before && canReadRecommendation(r, before)),
    });
  }
}

/** A response recorded or updated: the assessed State's focal points and the assessment body's. */
export async function notifyResponse(tx: Client, actor: ActingUser, recommendationId: string, responseId: string) {
  const rec = await tx.recommendation.findUniqueOrThrow({ where: { id: recommendationId }, include: scopeInclude });
  const scope = scopeOf(rec);
  const people = await tx.user.findMany({
    where: { status: "ACTIVE", OR: [{ organizationId: scope.stateId }, { organization: { isAssessmentBody: true } }] },
    select: { id: true },
  });
  await notifyActors(
    tx,
    await loadActors(
      tx,
      people.map((p) => p.id),
    ),
    {
      kind: "RECOMMENDATION_RESPONSE",
      actorId: actor.id,
      subject: { type: "RecommendationResponse", id: responseId },
      title: titleOf(rec.text),
      href: `/recommendations/${rec.id}`,
      recommendationId: rec.id,
      mayRead: (r) => canSeeRecommendationResponse(r, scope, actor.organizationId),
    },
  );
}
