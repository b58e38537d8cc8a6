// The thematic resource library: documents (uploaded files) and links, platform-wide or belonging to
// one working group. Reading and publishing follow the policy; files are served only after the
// reader's access is checked.
import { randomUUID } from "node:crypto";
import { LOCAL_NAMES, type LocalizedNames } from "~/names";
import { localNamesJsonPairs } from "~/names.server";
import { countOf, readTogether, type TogetherRead } from "~/read-together.server";
import { z } from "zod";
import { db, Prisma } from "~/db.server";
import { fullTextDocument, likePattern, textMatch, type MatchPlanning } from "../search/text-match.server";
import { canEditResource, canPublishResource, canReadResource, hasSecretariatRights } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, forbidden, notFound } from "~/outcomes";
import { parseFormData, type FieldErrors } from "~/forms.server";
import type { UploadedFile } from "~/upload-form.server";
import { cleanFileName, discardUpload, sniffAllowedType } from "./uploads.server";
import { fileStorage } from "~/storage.server";
import { auditBy } from "~/audit.server";
import { dayField, optionalText, pageField, uuidField, versionField } from "../../fields";
import { RESOURCE_LANGUAGES } from "./values";
import { ResourceKind } from "~/enums";
import { workReferenceHandle } from "../projects/reference-lists.server";
import { notifyGroupMembers } from "../notifications/notify.server";
import { queueFileText } from "./file-text.server";

const sql = Prisma.sql;

export const RESOURCES_PAGE_SIZE = 20;

const org = {
  select: { id: true, ...LOCAL_NAMES, acronym: true },
} as const;
/** A resource as its page shows it, through Prisma (the lists read the same in SQL: listedResources). */
export const listSelect = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  pillars: true,
  language: true,
  publishedOn: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  url: true,
  publisher: org,
  group: {
    select: { id: true, slug: true, number: true, ...LOCAL_NAMES },
  },
  tags: { select: { tag: { select: { name: true } } } },
} satisfies Prisma.ResourceSelect;

export const ResourceFilters = z.object({
  q: z.string().trim().max(200).optional(),
  pillar: z.coerce.number().int().min(1).max(4).optional(),
  theme: z.string().trim().toLowerCase().max(40).optional(),
  language: z.enum(RESOURCE_LANGUAGES).optional(),
  organization: z.uuid().optional(),
  type: z.enum(ResourceKind).optional(),
  group: z.uuid().optional(),
  page: pageField,
});
export type ResourceFilters = z.infer<typeof ResourceFilters>;

/**
 * The resources this reader may see, for the resource aliased `r`: platform-wide ones and those of groups they may read
 * (the SQL twin of canReadResource; the library and the search read through it).
 */
export function readableResource(actor: ActingUser): Prisma.Sql {
  if (hasSecretariatRights(actor)) return Prisma.sql`TRUE`;
  return Prisma.sql`(r.group_id IS NULL OR r.group_id = ANY(${actor.memberships.map((m) => m.groupId)}::uuid[]))`;
}

/**
 * The resources whose title, summary, file's text or one of whose tags matches the search (before anyone's
 * visibility). The file's text is a match of its own (its own indexes, 20261223000000_resource_file_text).
 * `planning`: see textMatch (the library's list plans it at each run, the search once).
 */
export function resourcesMatching(q: string, planning: MatchPlanning = "at each run"): Prisma.Sql {
  return Prisma.sql`
    SELECT r.id FROM resource r
    WHERE ${textMatch(q, Prisma.sql`r.search_document`, [Prisma.sql`r.title`, Prisma.sql`r.summary`], planning)}
    UNION
    SELECT r.id FROM resource r WHERE ${textMatch(q, fullTextDocument([Prisma.sql`r.file_text`]), [Prisma.sql`r.file_text`], planning)}
    UNION
    SELECT rt.resource_id FROM resource_tag rt JOIN tag t ON t.id = rt.tag_id WHERE t.name ILIKE ${likePattern(q)}`;
}

/** The library's one WHERE, for the resource aliased `r`: what the reader may see, narrowed by the filters. */
function resourceConditions(actor: ActingUser, filters: Omit<ResourceFilters, "page">): Prisma.Sql {
  const parts = [readableResource(actor)];
  if (filters.q) parts.push(sql`r.id IN (${resourcesMatching(filters.q)})`);
  if (filters.pillar) parts.push(sql`${filters.pillar}::int = ANY(r.pillars)`);
  if (filters.theme)
    parts.push(
      sql`EXISTS (SELECT 1 FROM resource_tag rt JOIN tag t ON t.id = rt.tag_id WHERE rt.resource_id = r.id AND t.name = ${filters.theme})`,
    );
  if (filters.language) parts.push(sql`r.language = ${filters.language}`);
  if (filters.organization) parts.push(sql`r.publisher_organization_id = ${filters.organization}::uuid`);
  if (filters.type) parts.push(sql`r.kind = ${filters.type}::"ResourceKind"`);
  if (filters.group) parts.push(sql`r.group_id = ${filters.group}::uuid`);
  return Prisma.join(parts, " AND ");
}

/** A resource as the lists show it: its publisher, its group (if any) and its tags by name, in the library's order. */
function listedResources(where: Prisma.Sql, limit: number, offset: number): Prisma.Sql {
  return sql`SELECT r.id::text AS id, r.kind::text AS kind, r.title, r.summary, r.pillars, r.language,
      r.published_on AS "publishedOn", r.file_name AS "fileName", r.mime_type AS "mimeType", r.size_bytes AS "sizeBytes", r.url,
      json_build_object('id', o.id, ${localNamesJsonPairs("o")}, 'acronym', o.acronym) AS publisher,
      CASE WHEN g.id IS NULL THEN NULL
        ELSE json_build_object('id', g.id, 'slug', g.slug, 'number', g.number, ${localNamesJsonPairs("g")}) END AS "group",
      ARRAY(SELECT t.name FROM resource_tag rt JOIN tag t ON t.id = rt.tag_id WHERE rt.resource_id = r.id ORDER BY t.name) AS tags
    FROM resource r JOIN organization o ON o.id = r.publisher_organization_id LEFT JOIN working_group g ON g.id = r.group_id
    WHERE ${where} ORDER BY r.published_on DESC, r.id ASC LIMIT ${limit} OFFSET ${offset}`;
}
const LISTED_ORDER = sql`k."publishedOn" DESC, k.id ASC`;

type ListedRow = {
  id: string;
  kind: ResourceKind;
  title: string;
  summary: string | null;
  pillars: number[];
  language: string;
  publishedOn: string;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  url: string | null;
  publisher: { id: string; acronym: string | null } & Required<LocalizedNames>;
  group: ({ id: string; slug: string; number: number } & Required<LocalizedNames>) | null;
  tags: string[];
};

/** A listed resource as pages take it: its day of publication as a date (midnight UTC, as Prisma gives a date). */
const listedOut = (row: ListedRow) => ({ ...row, publishedOn: new Date(row.publishedOn) });

/**
 * The library's page: how many resources match, a page of them, and the themes (tags) of the resources the reader may
 * see, in one statement (readTogether) rather than three.
 */
export async function searchResources(actor: ActingUser, filters: ResourceFilters) {
  const where = resourceConditions(actor, filters);
  const read = await readTogether({
    total: { statement: sql`SELECT count(*)::int AS n FROM resource r WHERE ${where}`, order: sql`k.n` },
    resources: { statement: listedResources(where, RESOURCES_PAGE_SIZE, (filters.page - 1) * RESOURCES_PAGE_SIZE), order: LISTED_ORDER },
    themes: {
      statement: sql`SELECT t.name FROM tag t WHERE EXISTS (
        SELECT 1 FROM resource_tag rt JOIN resource r ON r.id = rt.resource_id WHERE rt.tag_id = t.id AND ${readableResource(actor)})`,
      order: sql`k.name`,
    },
  });
  return {
    total: countOf(read.total),
    page: filters.page,
    pageSize: RESOURCES_PAGE_SIZE,
    resources: (read.resources as ListedRow[]).map(listedOut),
    themes: (read.themes as Array<{ name: string }>).map((t) => t.name),
  };
}

export async function getResource(actor: ActingUser, id: string) {
  const resource = await db.resource.findUnique({
    where: { id },
    select: {
      ...listSelect,
      version: true,
      groupId: true,
      createdById: true,
      publisherOrganizationId: true,
      createdBy: { select: { name: true } },
    },
  });
  if (!resource || !canReadResource(actor, resource)) notFound();
  return { ...resource, tags: resource.tags.map((t) => t.tag.name), canEdit: canEditResource(actor, resource) };
}

const tagList = z
  .string()
  .max(500, "errors.tooLong")
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? "")
        .split(/[,，;]/)
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .refine((tags) => tags.length <= 10 && tags.every((t) => t.length <= 40), "resources.tooManyTags");

const ResourceFields = z.object({
  title: z.string().trim().min(1, "errors.requiredField").max(300, "errors.tooLong"),
  summary: optionalText(5000),
  pillars: z.array(z.coerce.number().int().min(1).max(4)).max(4).default([]),
  tags: tagList,
  language: z.enum(RESOURCE_LANGUAGES, "errors.invalidField"),
  publisherOrganizationId: uuidField,
  publishedOn: dayField({ format: "errors.invalidField" }).transform((v) => new Date(`${v}T00:00:00Z`)),
});
export const RESOURCE_ARRAY_FIELDS = ["pillars"] as const;

export const NewResourceInput = ResourceFields.extend({
  kind: z.enum(ResourceKind, "errors.invalidField"),
  groupId: z
    .union([z.uuid("errors.invalidField"), z.literal("")])
    .optional()
    .transform((v) => v || null),
  url: z
    .union([z.url({ protocol: /^https?$/, error: "resources.invalidUrl" }), z.literal("")])
    .optional()
    .transform((v) => v || null),
}).superRefine((r, ctx) => {
  if (r.kind === "LINK" && !r.url) ctx.addIssue({ code: "custom", path: ["url"], message: "resources.urlRequired" });
});
export type NewResourceInput = z.infer<typeof NewResourceInput>;

export const ResourceUpdate = ResourceFields.extend({ version: versionField });
export type ResourceUpdate = z.infer<typeof ResourceUpdate>;

export type StoredFile = { tempPath: string; fileName: string; mimeType: string; sizeBytes: number };
export type ResourceSaveResult = { ok: true; id: string } | { ok: false; errors: Record<string, string>; current?: unknown };

/** Focal points publish for their own organization; SECRETARIAT for any. */
function mayPublishFor(actor: ActingUser, organizationId: string) {
  return hasSecretariatRights(actor) || organizationId === actor.organizationId;
}

async function tagConnections(tx: Prisma.TransactionClient, names: string[]) {
  const ids: string[] = [];
  for (const name of names) {
    const tag = await tx.tag.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
    ids.push(tag.id);
  }
  return ids;
}

/**
 * Publishing from the form, file and all: read the fields, check the right to publish there, check the file's
 * real type, store it, create the record. The temporary upload is removed on every path that does not
 * store it; what was typed comes back with any refusal.
 */
export async function publishResource(actor: ActingUser, fields: FormData, file: UploadedFile | null): Promise<PublishResult> {
  const refuse = async (errors: FieldErrors, status = 400): Promise<PublishResult> => {
    await discardUpload(file);
    return { ok: false, errors, values: textValues(fields), status };
  };
  const form = parseFormData(fields, NewResourceInput, RESOURCE_ARRAY_FIELDS);
  if (!form.ok) return refuse(form.errors);
  if (!canPublishResource(actor, form.data.groupId)) {
    await discardUpload(file);
    forbidden();
  }
  let stored: StoredFile | null = null;
  if (form.data.kind === "FILE") {
    if (!file) return refuse({ file: "resources.fileRequired" });
    const fileName = cleanFileName(file.originalName);
    const mimeType = await sniffAllowedType(file.tempPath, fileName);
    if (!mimeType) return refuse({ file: "resources.fileTypeRefused" }, 415);
    stored = { tempPath: file.tempPath, fileName, mimeType, sizeBytes: file.size };
  } else {
    await discardUpload(file);
  }
  const result = await createResource(actor, form.data, stored);
  if (!result.ok) return refuse(result.errors);
  return result;
}

type PublishResult = { ok: true; id: string } | { ok: false; errors: FieldErrors; values: Record<string, string>; status: number };

const textValues = (fields: FormData) => Object.fromEntries([...fields].filter((e): e is [string, string] => typeof e[1] === "string"));

export async function createResource(actor: ActingUser, input: NewResourceInput, file: StoredFile | null): Promise<ResourceSaveResult> {
  ensure(canPublishResource(actor, input.groupId), "403");
  if (!mayPublishFor(actor, input.publisherOrganizationId))
    return { ok: false, errors: { publisherOrganizationId: "resources.ownOrganizationOnly" } };
  if (input.kind === "FILE" && !file) return { ok: false, errors: { file: "resources.fileRequired" } };
  const storageKey = input.kind === "FILE" ? randomUUID() : null;
  if (storageKey && file) await fileStorage().putFromTempFile(storageKey, file.tempPath);
  try {
    const id = await db.$transaction(async (tx) => {
      const tagIds = await tagConnections(tx, input.tags);
      const created = await tx.resource.create({
        data: {
          kind: input.kind,
          title: input.title,
          summary: input.summary,
          pillars: input.pillars,
          language: input.language,
          publisherOrganizationId: input.publisherOrganizationId,
          publishedOn: input.publishedOn,
          groupId: input.groupId,
          url: input.kind === "LINK" ? input.url : null,
          storageKey,
          fileName: file?.fileName ?? null,
          mimeType: file?.mimeType ?? null,
          sizeBytes: file?.sizeBytes ?? null,
          createdById: actor.id,
          tags: { create: tagIds.map((tagId) => ({ tagId })) },
        },
      });
      await auditBy(actor, tx, {
        action: "resource.created",
        subjectType: "Resource",
        subjectId: created.id,
        after: { ...input, fileName: file?.fileName, mimeType: file?.mimeType, sizeBytes: file?.sizeBytes },
      });
      // The file's text, for the search: read in the job worker, not while the uploader waits.
      if (storageKey) await queueFileText(tx, created.id);
      const groupId = input.groupId;
      if (groupId)
        await notifyGroupMembers(
          tx,
          actor.id,
          {
            groupId,
            subject: { type: "Resource", id: created.id },
            title: created.title,
            href: `/resources/${created.id}`,
            groupOnly: true,
          },
          (recipient) => canReadResource(recipient, { groupId }),
        );
      return created.id;
    });
    return { ok: true, id };
  } catch (error) {
    // No orphan file when the record could not be written.
    if (storageKey) await fileStorage().remove(storageKey);
    throw error;
  }
}

export async function updateResource(actor: ActingUser, id: string, input: ResourceUpdate): Promise<ResourceSaveResult> {
  const before = await db.resource.findUnique({ where: { id }, include: { tags: { include: { tag: true } } } });
  if (!before || !canReadResource(actor, before)) notFound();
  ensure(canEditResource(actor, before), "403");
  if (!mayPublishFor(actor, input.publisherOrganizationId) && input.publisherOrganizationId !== before.publisherOrganizationId) {
    return { ok: false, errors: { publisherOrganizationId: "resources.ownOrganizationOnly" } };
  }
  return db.$transaction(async (tx): Promise<ResourceSaveResult> => {
    const { version, tags, ...fields } = input;
    const { count } = await tx.resource.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.resource.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } } } });
      return {
        ok: false,
        errors: { form: "common.staleEdit" },
        current: { ...current, tags: current.tags.map((t) => t.tag.name).join(", ") },
      };
    }
    const tagIds = await tagConnections(tx, tags);
    await tx.resourceTag.deleteMany({ where: { resourceId: id } });
    await tx.resourceTag.createMany({ data: tagIds.map((tagId) => ({ resourceId: id, tagId })) });
    await auditBy(actor, tx, {
      action: "resource.updated",
      subjectType: "Resource",
      subjectId: id,
      before: { ...before, tags: before.tags.map((t) => t.tag.name) },
      after: input,
    });
    return { ok: true, id };
  });
}

/** Deletes the record and its file; returns where the reader should go back to (the group's files or the library). */
export async function deleteResource(actor: ActingUser, id: string) {
  const found = await db.resource.findUnique({ where: { id }, include: { group: { select: { slug: true } } } });
  if (!found || !canReadResource(actor, found)) notFound();
  const { group, ...resource } = found;
  ensure(canEditResource(actor, resource), "403");
  await db.$transaction(async (tx) => {
    await tx.resource.delete({ where: { id } });
    await auditBy(actor, tx, { action: "resource.deleted", subjectType: "Resource", subjectId: id, before: resource });
  });
  if (resource.storageKey) await fileStorage().remove(resource.storageKey);
  return { backTo: group ? `/groups/${group.slug}/files` : "/resources" };
}

/** The stored file, only for a reader who may see the resource; 404 for anyone else. */
export async function openResourceFile(actor: ActingUser, id: string) {
  const resource = await db.resource.findUnique({
    where: { id },
    select: { groupId: true, storageKey: true, fileName: true, mimeType: true },
  });
  if (!resource || !canReadResource(actor, resource) || !resource.storageKey) notFound();
  const file = await fileStorage().read(resource.storageKey);
  if (!file) notFound();
  return { ...file, fileName: resource.fileName ?? "document", mimeType: resource.mimeType ?? "application/octet-stream" };
}

/** Choices for the publishing form: groups the user may publish in, organizations they may publish for. */
/** A resource for its edit form: 403 for someone who may read but not edit it. */
export async function resourceForEditing(actor: ActingUser, id: string) {
  const resource = await getResource(actor, id);
  ensure(resource.canEdit, "403");
  return resource;
}

export async function publishingChoices(actor: ActingUser) {
  const [groups, organizations] = await Promise.all([
    db.workingGroup.findMany({
      where: { id: { in: actor.memberships.map((m) => m.groupId) } },
      orderBy: { number: "asc" },
      select: { id: true, number: true, ...LOCAL_NAMES, slug: true },
    }),
    hasSecretariatRights(actor)
      ? db.organization.findMany({
          orderBy: [{ kind: "asc" }, { name: "asc" }],
          select: { id: true, ...LOCAL_NAMES, acronym: true, kind: true },
        })
      : db.organization.findMany({
          where: { id: actor.organizationId },
          select: { id: true, ...LOCAL_NAMES, acronym: true, kind: true },
        }),
  ]);
  return { groups, organizations, platformWide: canPublishResource(actor, null), defaultOrganizationId: actor.organizationId };
}

/** Group files for the group page: the latest few, visibility already decided by the space. */
export async function latestGroupResources(actor: ActingUser, groupId: string, take = 5) {
  const { resources } = await readTogether({ resources: latestGroupResourcesRead(actor, groupId, take) });
  return latestGroupResourcesOf(resources);
}

/** The read of latestGroupResources, for a page that reads it with others (the group's overview). */
export function latestGroupResourcesRead(actor: ActingUser, groupId: string, take = 5): TogetherRead {
  // The library's own order and visibility, without its count and theme list.
  return { statement: listedResources(resourceConditions(actor, { group: groupId }), take, 0), order: LISTED_ORDER };
}

/** The resources latestGroupResourcesRead read, as the library lists them. */
export const latestGroupResourcesOf = (rows: unknown[]) => (rows as ListedRow[]).map(listedOut);

/**
 * The library page: a page of the resources the reader may see, and the address of the reference lists its
 * publisher filter offers (every organization, in the reader's language), which reach the browser once, not with
 * every page (app/domain/projects/reference-lists.server.ts). They were read from the database at every view.
 */
export async function resourceListPage(actor: ActingUser, filters: ResourceFilters, language: string) {
  const [result, reference] = await Promise.all([searchResources(actor, filters), workReferenceHandle(language)]);
  return { result, reference };
}

/** The edit page of a resource: its values and the organizations it may be published for. */
export async function resourceEditPage(actor: ActingUser, id: string) {
  const resource = await resourceForEditing(actor, id);
  const choices = await publishingChoices(actor);
  // The current publisher stays selectable even for someone who could not choose it for a new resource.
  const organizations = choices.organizations.some((o) => o.id === resource.publisherOrganizationId)
    ? choices.organizations
    : [{ ...resource.publisher, kind: "COMPACT_ENTITY" as const }, ...choices.organizations];
  return { resource, organizations };
}
