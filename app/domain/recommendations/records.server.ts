// Authoring (the assessment body and SECRETARIAT): assessments with the State's consent, and their
// recommendations with an optional narrowing of it. Optimistic versions, audit in the same transaction,
// and a dated consent record whenever a consent changes.
import { z } from "zod";
import { db, isUniqueViolation, type Prisma } from "~/db.server";
import { canAuthorRecommendations } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import type { FieldErrors } from "~/forms.server";
import { auditBy } from "~/audit.server";
import { nameField } from "../../fields";
import { dayField, iso3Field, optionalChoice, pillarField, slugField } from "../projects/work-fields";
import { dayString } from "~/fields";
import { checkNamedOrganizations, checkNarrowing, recordConsentChange, sameConsent, type Consent } from "./consent.server";
import { AssessmentKind, ConsentScope, Priority, RecommendationStatus } from "./values";
import { workReference } from "../projects/reference-lists.server";
import { notifyNewReaders, recommendationScopes } from "./notices.server";

type Client = Prisma.TransactionClient;
export type SaveResult<V> = { ok: true; id: string } | { ok: false; errors: FieldErrors; current?: V | null };

export const CONSENT_ARRAY_FIELDS = ["consentOrganizationIds"] as const;
const namedIds = z.array(z.uuid("errors.invalidField")).max(100, "errors.invalidField");

/** Named entities go with the "named entities" scope, both ways: a selection is never dropped silently. */
function namedNeedsOrganizations(p: { consentScope: string | null; consentOrganizationIds: string[] }, ctx: z.RefinementCtx) {
  if (p.consentScope === "NAMED" && p.consentOrganizationIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["consentOrganizationIds"], message: "recommendations.errors.nameAnEntity" });
  }
  if (p.consentScope !== "NAMED" && p.consentOrganizationIds.length > 0) {
    ctx.addIssue({ code: "custom", path: ["consentOrganizationIds"], message: "recommendations.errors.entitiesNeedNamed" });
  }
}

export const AssessmentInput = z
  .object({
    state: iso3Field,
    kind: z.enum(AssessmentKind, "errors.invalidField"),
    reference: nameField,
    startDate: dayField,
    endDate: dayField,
    consentScope: z.enum(ConsentScope, "errors.invalidField"),
    consentOrganizationIds: namedIds,
  })
  .superRefine((p, ctx) => {
    if (p.endDate < p.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "projects.errors.endBeforeStart" });
    namedNeedsOrganizations(p, ctx);
  });
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const RecommendationInput = z
  .object({
    number: optionalChoice(
      z.coerce.number("errors.invalidField").int("errors.invalidField").min(1, "errors.invalidField").max(9999, "errors.invalidField"),
    ),
    text: z.string("errors.requiredField").trim().min(1, "errors.requiredField").max(5000, "errors.tooLong"),
    thematic: optionalChoice(slugField),
    pillar: optionalChoice(pillarField),
    priority: z.enum(Priority, "errors.invalidField"),
    status: z.enum(RecommendationStatus, "errors.invalidField").default("OPEN"),
    /** "" keeps the assessment's consent. */
    consentScope: optionalChoice(z.enum(ConsentScope, "errors.invalidField")),
    consentOrganizationIds: namedIds,
  })
  .superRefine(namedNeedsOrganizations);
export type RecommendationInput = z.infer<typeof RecommendationInput>;

const consentOf = (scope: Consent["scope"], ids: readonly string[]): Consent => ({
  scope,
  organizationIds: scope === "NAMED" ? [...ids].sort() : [],
});

// ---------------------------------------------------------------------------------------------
// Assessments

export type AssessmentFormValues = {
  version: number;
  state: string;
  kind: string;
  reference: string;
  startDate: string;
  endDate: string;
  consentScope: string;
  consentOrganizationIds: string[];
};

async function assessmentFormValues(client: Client | typeof db, id: string): Promise<AssessmentFormValues | null> {
  const a = await client.assessment.findUnique({
    where: { id },
    include: { state: { select: { iso3: true } }, consentOrganizations: { select: { organizationId: true } } },
  });
  if (!a) return null;
  return {
    version: a.version,
    state: a.state.iso3 ?? "",
    kind: a.kind,
    reference: a.reference,
    startDate: dayString(a.startDate),
    endDate: dayString(a.endDate),
    consentScope: a.consentScope,
    consentOrganizationIds: a.consentOrganizations.map((o) => o.organizationId).sort(),
  };
}

function taken(error: unknown, field: string, key: string): { ok: false; errors: FieldErrors } | null {
  if (isUniqueViolation(error)) return { ok: false, errors: { [field]: key } };
  return null;
}

async function resolveAssessment(tx: Client, input: AssessmentInput) {
  const state = await tx.organization.findFirst({ where: { iso3: input.state, kind: "MEMBER_STATE" }, select: { id: true } });
  const named = await checkNamedOrganizations(tx, input.consentScope === "NAMED" ? input.consentOrganizationIds : []);
  const errors: FieldErrors = { ...(named.ok ? {} : named.errors) };
  if (!state) errors.state = "projects.errors.unknownCountry";
  if (!state || !named.ok) return { ok: false as const, errors };
  return { ok: true as const, stateId: state.id, consent: consentOf(input.consentScope, named.ids) };
}

function assessmentData(input: AssessmentInput, stateId: string) {
  return {
    stateId,
    kind: input.kind,
    reference: input.reference,
    startDate: input.startDate,
    endDate: input.endDate,
    consentScope: input.consentScope,
  };
}

export async function createAssessment(actor: ActingUser, input: AssessmentInput): Promise<SaveResult<AssessmentFormValues>> {
  ensure(canAuthorRecommendations(actor), "403");
  try {
    return await db.$transaction(async (tx) => {
      const resolved = await resolveAssessment(tx, input);
      if (!resolved.ok) return resolved;
      const { id } = await tx.assessment.create({ data: assessmentData(input, resolved.stateId), select: { id: true } });
      await tx.assessmentConsentOrganization.createMany({
        data: resolved.consent.organizationIds.map((organizationId) => ({ assessmentId: id, organizationId })),
      });
      await auditBy(actor, tx, {
        action: "assessment.created",
        subjectType: "Assessment",
        subjectId: id,
        after: await assessmentFormValues(tx, id),
      });
      await recordConsentChange(tx, actor, { assessmentId: id, recommendationId: null }, null, resolved.consent);
      return { ok: true, id };
    });
  } catch (error) {
    const known = taken(error, "reference", "recommendations.errors.referenceTaken");
    if (known) return known;
    throw error;
  }
}

export async function getAssessmentForEdit(actor: ActingUser, id: string) {
  ensure(canAuthorRecommendations(actor), "403");
  const values = await assessmentFormValues(db, id);
  if (!values) notFound();
  return values;
}

/** Saves only if nobody changed the assessment since `version` was read; otherwise returns theirs. */
export async function updateAssessment(
  actor: ActingUser,
  id: string,
  version: number,
  input: AssessmentInput,
): Promise<SaveResult<AssessmentFormValues>> {
  ensure(canAuthorRecommendations(actor), "403");
  try {
    return await db.$transaction(async (tx) => {
      const before = await assessmentFormValues(tx, id);
      if (!before) notFound();
      const resolved = await resolveAssessment(tx, input);
      if (!resolved.ok) return resolved;
      const previous = consentOf(before.consentScope as Consent["scope"], before.consentOrganizationIds);
      const consentChanged = !sameConsent(previous, resolved.consent);
      const data = {
        ...assessmentData(input, resolved.stateId),
        version: { increment: 1 },
        ...(consentChanged ? { consentChangedAt: new Date() } : {}),
      };
      const scopesBefore = consentChanged ? await recommendationScopes(tx, { assessmentId: id }) : new Map();
      const { count } = await tx.assessment.updateMany({ where: { id, version }, data });
      if (count === 0) return { ok: false, errors: { form: "common.staleEdit" }, current: before };
      if (consentChanged) {
        await tx.assessmentConsentOrganization.deleteMany({ where: { assessmentId: id } });
        await tx.assessmentConsentOrganization.createMany({
          data: resolved.consent.organizationIds.map((organizationId) => ({ assessmentId: id, organizationId })),
        });
        await recordConsentChange(tx, actor, { assessmentId: id, recommendationId: null }, previous, resolved.consent);
        // Widening the consent (or moving the assessment to another State) shares its recommendations with new readers.
        await notifyNewReaders(tx, actor, [...scopesBefore.keys()], scopesBefore);
      }
      await auditBy(actor, tx, {
        action: "assessment.updated",
        subjectType: "Assessment",
        subjectId: id,
        before,
        after: await assessmentFormValues(tx, id),
      });
      return { ok: true, id };
    });
  } catch (error) {
    const known = taken(error, "reference", "recommendations.errors.referenceTaken");
    if (known) return known;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Recommendations

export type RecommendationFormValues = {
  version: number;
  assessmentId: string;
  number: string;
  text: string;
  thematic: string;
  pillar: string;
  priority: string;
  status: string;
  consentScope: string;
  consentOrganizationIds: string[];
};

async function recommendationFormValues(client: Client | typeof db, id: string): Promise<RecommendationFormValues | null> {
  const r = await client.recommendation.findUnique({
    where: { id },
    include: { thematicArea: { select: { slug: true } }, consentOrganizations: { select: { organizationId: true } } },
  });
  if (!r) return null;
  return {
    version: r.version,
    assessmentId: r.assessmentId,
    number: String(r.number),
    text: r.text,
    thematic: r.thematicArea?.slug ?? "",
    pillar: r.pillar === null ? "" : String(r.pillar),
    priority: r.priority,
    status: r.status,
    consentScope: r.consentScope ?? "",
    consentOrganizationIds: r.consentOrganizations.map((o) => o.organizationId).sort(),
  };
}

/** The assessment's consent, the narrowing checked against it, and the thematic area: or the fields that are wrong. */
async function resolveRecommendation(tx: Client, assessmentId: string, input: RecommendationInput) {
  const assessment = await tx.assessment.findUnique({
    where: { id: assessmentId },
    include: { consentOrganizations: { select: { organizationId: true } } },
  });
  if (!assessment) notFound();
  const area = input.thematic ? await tx.thematicArea.findUnique({ where: { slug: input.thematic }, select: { id: true } }) : null;
  const named = await checkNamedOrganizations(tx, input.consentScope === "NAMED" ? input.consentOrganizationIds : []);
  const errors: FieldErrors = { ...(named.ok ? {} : named.errors) };
  if (input.thematic && !area) errors.thematic = "errors.chooseOption";
  if (!named.ok || (input.thematic && !area)) return { ok: false as const, errors };
  const narrowing = input.consentScope ? consentOf(input.consentScope, named.ids) : null;
  const widens = await checkNarrowing(
    tx,
    consentOf(
      assessment.consentScope,
      assessment.consentOrganizations.map((o) => o.organizationId),
    ),
    narrowing,
  );
  if (widens) return { ok: false as const, errors: widens };
  const data = {
    text: input.text,
    thematicAreaId: area?.id ?? null,
    pillar: input.pillar,
    priority: input.priority,
    status: input.status,
    consentScope: narrowing?.scope ?? null,
  };
  return { ok: true as const, narrowing, data };
}

async function nextNumber(tx: Client, assessmentId: string): Promise<number> {
  const last = await tx.recommendation.aggregate({ where: { assessmentId }, _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}

export async function createRecommendation(
  actor: ActingUser,
  assessmentId: string,
  input: RecommendationInput,
): Promise<SaveResult<RecommendationFormValues>> {
  ensure(canAuthorRecommendations(actor), "403");
  try {
    return await db.$transaction(async (tx) => {
      // One new recommendation of an assessment at a time, so the next free number is really free.
      await tx.$queryRaw`SELECT id FROM assessment WHERE id = ${assessmentId}::uuid FOR UPDATE`;
      const resolved = await resolveRecommendation(tx, assessmentId, input);
      if (!resolved.ok) return resolved;
      const number = input.number ?? (await nextNumber(tx, assessmentId));
      const { id } = await tx.recommendation.create({ data: { ...resolved.data, assessmentId, number }, select: { id: true } });
      await tx.recommendationConsentOrganization.createMany({
        data: (resolved.narrowing?.organizationIds ?? []).map((organizationId) => ({ recommendationId: id, organizationId })),
      });
      await auditBy(actor, tx, {
        action: "recommendation.created",
        subjectType: "Recommendation",
        subjectId: id,
        after: await recommendationFormValues(tx, id),
      });
      if (resolved.narrowing) await recordConsentChange(tx, actor, { assessmentId, recommendationId: id }, null, resolved.narrowing);
      await notifyNewReaders(tx, actor, [id]);
      return { ok: true, id };
    });
  } catch (error) {
    const known = taken(error, "number", "recommendations.errors.numberTaken");
    if (known) return known;
    throw error;
  }
}

export async function getRecommendationForEdit(actor: ActingUser, id: string) {
  ensure(canAuthorRecommendations(actor), "403");
  const values = await recommendationFormValues(db, id);
  if (!values) notFound();
  return values;
}

export async function updateRecommendation(
  actor: ActingUser,
  id: string,
  version: number,
  input: RecommendationInput,
): Promise<SaveResult<RecommendationFormValues>> {
  ensure(canAuthorRecommendations(actor), "403");
  try {
    return await db.$transaction(async (tx) => {
      const before = await recommendationFormValues(tx, id);
      if (!before) notFound();
      const resolved = await resolveRecommendation(tx, before.assessmentId, input);
      if (!resolved.ok) return resolved;
      const number = input.number ?? Number(before.number);
      const scopesBefore = await recommendationScopes(tx, { id });
      const { count } = await tx.recommendation.updateMany({
        where: { id, version },
        data: { ...resolved.data, number, version: { increment: 1 } },
      });
      if (count === 0) return { ok: false, errors: { form: "common.staleEdit" }, current: before };
      const previous = before.consentScope ? consentOf(before.consentScope as Consent["scope"], before.consentOrganizationIds) : null;
      if (!sameConsent(previous, resolved.narrowing)) {
        await tx.recommendationConsentOrganization.deleteMany({ where: { recommendationId: id } });
        await tx.recommendationConsentOrganization.createMany({
          data: (resolved.narrowing?.organizationIds ?? []).map((organizationId) => ({ recommendationId: id, organizationId })),
        });
        await recordConsentChange(tx, actor, { assessmentId: before.assessmentId, recommendationId: id }, previous, resolved.narrowing);
        await notifyNewReaders(tx, actor, [id], scopesBefore);
      }
      await auditBy(actor, tx, {
        action: "recommendation.updated",
        subjectType: "Recommendation",
        subjectId: id,
        before,
        after: await recommendationFormValues(tx, id),
      });
      return { ok: true, id };
    });
  } catch (error) {
    const known = taken(error, "number", "recommendations.errors.numberTaken");
    if (known) return known;
    throw error;
  }
}

/** The edit page of an assessment: its values and the reference lists of the form. */
export async function assessmentEditPage(actor: ActingUser, id: string, language: string) {
  const [assessment, reference] = await Promise.all([getAssessmentForEdit(actor, id), workReference(language)]);
  return { assessment, reference };
}

/** The edit page of a recommendation: its values and the reference lists of the form. */
export async function recommendationEditPage(actor: ActingUser, id: string, language: string) {
  const [recommendation, reference] = await Promise.all([getRecommendationForEdit(actor, id), workReference(language)]);
  return { recommendation, reference };
}
