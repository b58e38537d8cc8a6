// The assessed State's consent: checking what a form names, and keeping the dated record of its changes.
import { type Prisma } from "~/db.server";
import type { ActingUser } from "~/auth/guards.server";
import type { FieldErrors } from "~/forms.server";
import { auditBy } from "~/audit.server";
import type { ConsentScope } from "./values";

type Client = Prisma.TransactionClient;

export type Consent = { scope: ConsentScope; organizationIds: string[] };

/** Named organizations must be Compact entities or observers; returns the ids in a stable order or an error. */
export async function checkNamedOrganizations(
  tx: Client,
  ids: readonly string[],
): Promise<{ ok: true; ids: string[] } | { ok: false; errors: FieldErrors }> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return { ok: true, ids: [] };
  const found = await tx.organization.findMany({
    where: { id: { in: unique }, kind: { in: ["COMPACT_ENTITY", "COMPACT_OBSERVER"] } },
    select: { id: true },
  });
  if (found.length !== unique.length) return { ok: false, errors: { consentOrganizationIds: "recommendations.errors.notAnEntity" } };
  return { ok: true, ids: unique };
}

/**
 * A recommendation may only narrow its assessment's consent: "not shared" always; "UN entities" only under
 * an assessment shared with UN entities; named entities only among those the assessment shares with
 * (Compact entities, when it shares with UN entities).
 */
export async function checkNarrowing(tx: Client, assessment: Consent, narrowing: Consent | null): Promise<FieldErrors | null> {
  if (!narrowing || narrowing.scope === "NOT_SHARED") return null;
  const widens = { consentScope: "recommendations.errors.widensConsent" };
  if (assessment.scope === "NOT_SHARED") return widens;
  if (narrowing.scope === "UN_ENTITIES") return assessment.scope === "UN_ENTITIES" ? null : widens;
  if (assessment.scope === "NAMED") return narrowing.organizationIds.every((id) => assessment.organizationIds.includes(id)) ? null : widens;
  const entities = await tx.organization.count({ where: { id: { in: narrowing.organizationIds }, kind: "COMPACT_ENTITY" } });
  return entities === narrowing.organizationIds.length ? null : widens;
}

export function sameConsent(a: Consent | null, b: Consent | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.scope === b.scope &&
    a.organizationIds.length === b.organizationIds.length &&
    a.organizationIds.every((id) => b.organizationIds.includes(id))
  );
}

/** Dates and audits a change of consent (of the assessment, or of one recommendation when recommendationId is set). */
export async function recordConsentChange(
  tx: Client,
  actor: ActingUser,
  target: { assessmentId: string; recommendationId: string | null },
  before: Consent | null,
  after: Consent | null,
) {
  await tx.consentChange.create({
    data: {
      assessmentId: target.assessmentId,
      recommendationId: target.recommendationId,
      scope: after?.scope ?? null,
      organizationIds: after?.organizationIds ?? [],
      changedById: actor.id,
    },
  });
  await auditBy(actor, tx, {
    action: target.recommendationId ? "recommendation.consentChanged" : "assessment.consentChanged",
    subjectType: target.recommendationId ? "Recommendation" : "Assessment",
    subjectId: target.recommendationId ?? target.assessmentId,
    before: before ?? { scope: "AS_ASSESSMENT" },
    after: after ?? { scope: "AS_ASSESSMENT" },
  });
}
