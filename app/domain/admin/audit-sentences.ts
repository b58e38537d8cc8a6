// How an audit event reads as one sentence: "Amina Diallo (Kenya) changed the status of ‘Border security
// training’ from Planned to Ongoing". Pure and language-neutral: it says which template to use and what goes
// into each of its slots (a name, a record's title with its link, an enum value's translation key); the page
// translates it in the reader's language (app/ui/admin/audit-sentence.tsx). The records the events name are
// looked up by app/domain/admin/audit-trail.server.ts, a batch per record type, and handed in here already resolved.

import type { LocalizedNames } from "~/names";

/** One slot of a sentence. `href` makes it a link (only when the record exists and the reader may open it). */
export type SentencePart = (
  | { kind: "text"; text: string }
  | { kind: "quoted"; text: string }
  | ({ kind: "named"; acronym?: string | null } & LocalizedNames)
  | { kind: "label"; key: string; fallback: string; values?: Record<string, SentencePart> }
  | { kind: "number"; value: number }
  | { kind: "usd"; value: number }
  | { kind: "empty" }
) & { href?: string };

export type AuditChange = { field: string; from: SentencePart; to: SentencePart };

export type AuditSentence = {
  /** "event": the action's own template (followed by the changes, if any); "change": an edit that changed one known field. */
  template: "event" | "change";
  action: string;
  subjectType: string;
  /** The event names a record (the generic sentence then names it too). */
  hasSubject: boolean;
  values: Record<string, SentencePart>;
  count?: number;
  changes: AuditChange[];
};

/** A record an event names, as the batch lookup found it; `values` are further slots it fills (its group, its State…). */
export type ResolvedSubject = { part: SentencePart; values?: Record<string, SentencePart> };

export type SentenceContext = {
  actor: SentencePart;
  /** null: the record no longer exists (or the event names none). */
  subject: ResolvedSubject | null;
  person: (id: unknown) => SentencePart;
  organization: (id: unknown) => SentencePart;
};

export type DescribedEvent = { action: string; subjectType: string; subjectId: string | null; before: unknown; after: unknown };

// ---------------------------------------------------------------------------------------------
// Keys of the translations (app/i18n/areas/admin/admin.ts)

export const actionLabelKey = (action: string) => `admin.auditEvents.${action}.label`;
export const actionSentenceKey = (action: string) => `admin.auditEvents.${action}.sentence`;
export const subjectTypeKey = (subjectType: string) => `admin.auditSubjectTypes.${subjectType}`;

// ---------------------------------------------------------------------------------------------
// Building blocks

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});
const isBlank = (value: unknown) => value === null || value === undefined || value === "";

export const text = (value: unknown): SentencePart => (isBlank(value) ? { kind: "empty" } : { kind: "text", text: String(value) });
export const quoted = (value: unknown): SentencePart => (isBlank(value) ? { kind: "empty" } : { kind: "quoted", text: String(value) });
export const label = (prefix: string, value: unknown): SentencePart =>
  isBlank(value) ? { kind: "empty" } : { kind: "label", key: `${prefix}.${String(value)}`, fallback: String(value) };
const numberPart = (value: unknown): SentencePart =>
  Number.isFinite(Number(value)) && !isBlank(value) ? { kind: "number", value: Number(value) } : { kind: "empty" };
const usd = (value: unknown): SentencePart => {
  const n = Number(String(value ?? "").replace(/[^0-9.-]/g, ""));
  return isBlank(value) || !Number.isFinite(n) ? { kind: "empty" } : { kind: "usd", value: n };
};
const yesNo = (value: unknown): SentencePart =>
  typeof value === "boolean" ? { kind: "label", key: value ? "common.yes" : "common.no", fallback: String(value) } : { kind: "empty" };
/** A consent scope; a recommendation without its own follows its assessment's. */
const consent = (value: unknown): SentencePart =>
  isBlank(value) || value === "AS_ASSESSMENT"
    ? { kind: "label", key: "recommendations.consent.asAssessment", fallback: "AS_ASSESSMENT" }
    : label("recommendations.consent", value);

/** The record named by an event whose record is gone: the name its before/after kept, without a link. */
export function goneSubject(before: unknown, after: unknown): SentencePart {
  for (const snapshot of [asObject(before), asObject(after)]) {
    if (typeof snapshot.title === "string" && snapshot.title) return quoted(snapshot.title);
    for (const key of ["name", "reference", "email"]) if (typeof snapshot[key] === "string" && snapshot[key]) return text(snapshot[key]);
  }
  return { kind: "label", key: "admin.auditGoneSubject", fallback: "—" };
}

// ---------------------------------------------------------------------------------------------
// The slots each action fills beyond actor and subject

type Event = { before: Json; after: Json };
type Slots = (event: Event, context: SentenceContext) => { values?: Record<string, SentencePart>; count?: number };

const SLOTS: Record<string, Slots> = {
  "auth.signIn.failed": ({ after }) => ({ values: { email: text(after.email) } }),
  "auth.signIn.blocked": ({ after }) => ({ values: { email: text(after.email) } }),
  "auth.passwordReset.requestedUnknown": ({ after }) => ({ values: { email: text(after.email) } }),
  "account.otherSessionsEnded": ({ after }) => ({ count: Number(after.sessionsEnded ?? 0) }),
  "account.languageChanged": ({ before, after }) => ({
    values: { from: label("languages", before.locale), to: label("languages", after.locale) },
  }),
  "user.roleChanged": ({ before, after }) => ({ values: { from: label("enums.role", before.role), to: label("enums.role", after.role) } }),
  "invitation.created": ({ after }, c) => ({
    values: {
      email: c.subject?.part ?? text(after.email),
      organization: c.organization(after.organizationId),
      role: label("enums.role", after.role),
    },
  }),
  "directory.exported": ({ after }) => ({
    values: { format: text(String(after.format ?? "").toUpperCase()) },
    count: Number(after.count ?? 0),
  }),
  "group.memberAdded": ({ after }, c) => ({ values: { person: c.person(after.userId), role: label("enums.groupRole", after.role) } }),
  "group.memberRemoved": ({ before }, c) => ({ values: { person: c.person(before.userId) } }),
  "group.roleChanged": ({ before, after }, c) => ({
    values: {
      person: c.person(after.userId ?? before.userId),
      from: label("enums.groupRole", before.role),
      to: label("enums.groupRole", after.role),
    },
  }),
  "group.joinAccepted": ({ after }, c) => ({ values: { person: c.person(after.userId) } }),
  "group.joinDeclined": ({ after }, c) => ({ values: { person: c.person(after.userId) } }),
  "plan.statusChanged": ({ before, after }) => ({
    values: { from: label("plan.status", before.status), to: label("plan.status", after.status) },
  }),
  "plan.reordered": ({ before, after }) => ({ values: { from: numberPart(before.position), to: numberPart(after.position) } }),
  "plan.endorsed": ({ after }, c) => ({ values: { organization: c.organization(after.organizationId) } }),
  "plan.endorsementWithdrawn": ({ before }, c) => ({ values: { organization: c.organization(before.organizationId) } }),
  "event.answered": ({ after }) => ({ values: { answer: label("calendar.responses", after.response) } }),
  "assessment.consentChanged": ({ before, after }) => ({ values: { from: consent(before.scope), to: consent(after.scope) } }),
  "recommendation.consentChanged": ({ before, after }) => ({ values: { from: consent(before.scope), to: consent(after.scope) } }),
  "recommendation.responded": ({ after }, c) => ({
    values: { organization: c.organization(after.organizationId), stage: label("recommendations.stages", after.stage) },
  }),
  "recommendation.responseUpdated": ({ after, before }, c) => ({
    values: { organization: c.organization(after.organizationId ?? before.organizationId) },
  }),
  "recommendations.exported": ({ after }) => ({ count: Number(after.rows ?? 0) }),
};

// ---------------------------------------------------------------------------------------------
// Changes of known fields, read from before/after, per record type

type FieldSpec = { field: string; value: (raw: unknown) => SentencePart };
const field = (name: string, value: (raw: unknown) => SentencePart): FieldSpec => ({ field: `admin.auditFields.${name}`, value });
const enumOf = (prefix: string) => (raw: unknown) => label(prefix, raw);

const FIELDS: Record<string, Record<string, FieldSpec>> = {
  Project: {
    status: field("status", enumOf("projects.statuses")),
    title: field("title", quoted),
    code: field("code", quoted),
    budgetUsd: field("budget", usd),
    fundsSecuredUsd: field("fundsSecured", usd),
  },
  Activity: {
    status: field("status", enumOf("projects.statuses")),
    title: field("title", quoted),
    kind: field("kind", enumOf("activities.kinds")),
  },
  Event: { status: field("status", enumOf("calendar.statuses")), title: field("title", quoted), place: field("place", quoted) },
  WorkPlanItem: { status: field("status", enumOf("plan.status")), title: field("title", quoted) },
  Resource: { title: field("title", quoted) },
  Post: { title: field("title", quoted) },
  Organization: {
    name: field("name", quoted),
    nameZh: field("nameZh", quoted),
    nameAr: field("nameAr", quoted),
    nameFr: field("nameFr", quoted),
    nameRu: field("nameRu", quoted),
    nameEs: field("nameEs", quoted),
    acronym: field("acronym", quoted),
    kind: field("kind", enumOf("enums.orgKind")),
    region: field("region", enumOf("enums.region")),
    isSecretariat: field("isSecretariat", yesNo),
    isAssessmentBody: field("isAssessmentBody", yesNo),
  },
  ThematicArea: {
    name: field("name", quoted),
    nameZh: field("nameZh", quoted),
    nameAr: field("nameAr", quoted),
    nameFr: field("nameFr", quoted),
    nameRu: field("nameRu", quoted),
    nameEs: field("nameEs", quoted),
    archived: field("archived", yesNo),
  },
  User: {
    status: field("status", enumOf("enums.status")),
    role: field("role", enumOf("enums.role")),
    title: field("jobTitle", quoted),
    timeZone: field("timeZone", text),
    locale: field("language", enumOf("languages")),
  },
  Assessment: {
    reference: field("reference", quoted),
    kind: field("kind", enumOf("recommendations.kinds")),
    consentScope: field("consent", consent),
  },
  Recommendation: {
    status: field("status", enumOf("recommendations.statuses")),
    priority: field("priority", enumOf("recommendations.priorities")),
    consentScope: field("consent", consent),
  },
  RecommendationResponse: { stage: field("stage", enumOf("recommendations.stages")) },
};

/** Edits whose sentence may name the one field they changed ("changed the status of … from … to …"). */
const EDITS = new Set([
  "project.updated",
  "activity.updated",
  "event.updated",
  "resource.updated",
  "organization.updated",
  "thematicArea.updated",
  "plan.itemUpdated",
  "post.updated",
  "assessment.updated",
  "recommendation.updated",
]);
/** Other actions that list the known fields they changed after their own sentence. */
const LISTS_CHANGES = new Set(["activity.updateAdded", "recommendation.responseUpdated", "profile.updated"]);

export function knownChanges(subjectType: string, before: unknown, after: unknown): AuditChange[] {
  const specs = FIELDS[subjectType];
  if (!specs) return [];
  const was = asObject(before);
  const is = asObject(after);
  const changes: AuditChange[] = [];
  for (const [key, spec] of Object.entries(specs)) {
    if (!(key in was) || !(key in is)) continue;
    if (JSON.stringify(was[key] ?? null) === JSON.stringify(is[key] ?? null)) continue;
    if (isBlank(was[key]) && isBlank(is[key])) continue;
    changes.push({ field: spec.field, from: spec.value(was[key]), to: spec.value(is[key]) });
  }
  return changes;
}

export function describeAuditEvent(event: DescribedEvent, context: SentenceContext): AuditSentence {
  const before = asObject(event.before);
  const after = asObject(event.after);
  const slots = SLOTS[event.action]?.({ before, after }, context) ?? {};
  const subject =
    context.subject?.part ??
    (event.subjectId ? goneSubject(event.before, event.after) : { kind: "label", key: "admin.auditNoSubject", fallback: "—" });
  const changes =
    EDITS.has(event.action) || LISTS_CHANGES.has(event.action) ? knownChanges(event.subjectType, event.before, event.after) : [];
  return {
    template: EDITS.has(event.action) && changes.length === 1 ? "change" : "event",
    action: event.action,
    subjectType: event.subjectType,
    hasSubject: Boolean(event.subjectId),
    values: { ...context.subject?.values, ...slots.values, actor: context.actor, subject },
    ...(slots.count !== undefined && Number.isFinite(slots.count) ? { count: slots.count } : {}),
    changes,
  };
}
