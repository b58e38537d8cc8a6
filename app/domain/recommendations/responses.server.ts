// Follow-up: an entity that may read a recommendation records its response (offered, under way,
// delivered), linking to one of its projects or activities. One response per entity and recommendation,
// updated as it progresses (with a version, so two colleagues never overwrite each other silently).
import { z } from "zod";
import { db, isUniqueViolation, type Prisma } from "~/db.server";
import { canReadRecommendation, canRespondToRecommendation } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import type { FieldErrors } from "~/forms.server";
import { auditBy } from "~/audit.server";
import { optionalText, versionField } from "../../fields";
import { ResponseStage } from "./values";
import { scopeInclude, scopeOf } from "./visibility.server";
import { notifyResponse } from "./notices.server";

type Client = Prisma.TransactionClient;

export const ResponseInput = z.object({
  stage: z.enum(ResponseStage, "errors.invalidField"),
  note: optionalText(5000),
  projectCode: optionalText(40).transform((v) => (v ? v.toUpperCase() : null)),
  activityId: z
    .union([z.literal(""), z.uuid("errors.invalidField")])
    .optional()
    .transform((v) => v || null),
  /** The version of our response the form was based on; absent for a first response. */
  version: z
    .union([z.literal(""), versionField], "errors.invalidField")
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
});
export type ResponseInput = z.infer<typeof ResponseInput>;

/** 404 when the reader may not read the recommendation, 403 when they may read but not respond. */
export async function ensureResponder(actor: ActingUser, recommendationId: string) {
  const rec = await db.recommendation.findUnique({ where: { id: recommendationId }, include: scopeInclude });
  if (!rec) notFound();
  const scope = scopeOf(rec);
  ensure(canReadRecommendation(actor, scope));
  ensure(canRespondToRecommendation(actor, scope), "403");
}

/** The linked project and activity must exist and involve the responding organization (lead or partner). */
async function resolveLinks(tx: Client, organizationId: string, input: ResponseInput) {
  const errors: FieldErrors = {};
  const involves = { OR: [{ leadOrganizationId: organizationId }, { partners: { some: { organizationId } } }] };
  const project = input.projectCode
    ? await tx.project.findFirst({ where: { code: input.projectCode, ...involves }, select: { id: true } })
    : null;
  const activity = input.activityId
    ? await tx.activity.findFirst({ where: { id: input.activityId, ...involves }, select: { id: true } })
    : null;
  if (input.projectCode && !project) errors.projectCode = "recommendations.errors.notYourProject";
  if (input.activityId && !activity) errors.activityId = "recommendations.errors.notYourActivity";
  return { errors, projectId: project?.id ?? null, activityId: activity?.id ?? null };
}

export async function recordResponse(
  actor: ActingUser,
  recommendationId: string,
  input: ResponseInput,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  await ensureResponder(actor, recommendationId);
  const organizationId = actor.organizationId;
  try {
    return await db.$transaction(async (tx) => {
      const links = await resolveLinks(tx, organizationId, input);
      if (Object.keys(links.errors).length) return { ok: false, errors: links.errors };
      const data = {
        stage: input.stage,
        note: input.note,
        projectId: links.projectId,
        activityId: links.activityId,
        updatedById: actor.id,
      };
      const before = await tx.recommendationResponse.findUnique({
        where: { recommendationId_organizationId: { recommendationId, organizationId } },
      });
      if (!before) {
        if (input.version !== null) return { ok: false, errors: { form: "common.staleEdit" } };
        const created = await tx.recommendationResponse.create({
          data: { ...data, recommendationId, organizationId, contactId: actor.id },
        });
        await auditBy(actor, tx, {
          action: "recommendation.responded",
          subjectType: "RecommendationResponse",
          subjectId: created.id,
          after: created,
        });
        await notifyResponse(tx, actor, recommendationId, created.id);
        return { ok: true };
      }
      if (input.version !== before.version) return { ok: false, errors: { form: "common.staleEdit" } };
      const { count } = await tx.recommendationResponse.updateMany({
        where: { id: before.id, version: before.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) return { ok: false, errors: { form: "common.staleEdit" } };
      const after = await tx.recommendationResponse.findUnique({ where: { id: before.id } });
      await auditBy(actor, tx, {
        action: "recommendation.responseUpdated",
        subjectType: "RecommendationResponse",
        subjectId: before.id,
        before,
        after,
      });
      await notifyResponse(tx, actor, recommendationId, before.id);
      return { ok: true };
    });
  } catch (error) {
    // Two first responses of one organization at once: the second is told, like any stale edit.
    if (isUniqueViolation(error)) return { ok: false, errors: { form: "common.staleEdit" } };
    throw error;
  }
}

/** The activities a responding organization can link (its latest 200, led or partnered). */
export async function responseActivityChoices(actor: ActingUser) {
  const organizationId = actor.organizationId;
  return db.activity.findMany({
    where: { OR: [{ leadOrganizationId: organizationId }, { partners: { some: { organizationId } } }] },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    take: 200,
    select: { id: true, title: true },
  });
}
