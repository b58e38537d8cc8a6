// The access record: who outside the assessment body and the secretariat read which recommendation, when
// and how (its page, a list showing its text, an export). Written wherever recommendation text is served
// (recordReadings); read here by the assessment body only.
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { db, Prisma } from "~/db.server";
import { canReadRecommendationAccessRecord, readingIsRecorded, type Actor } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { pageField } from "../../fields";
import { iso3Field } from "../projects/work-fields";
import { workReferenceHandle } from "../projects/reference-lists.server";

export const ACCESS_RECORD_PAGE_SIZE = 50;

export type Reading = "PAGE" | "LIST" | "EXPORT";

/**
 * The same record as a write of readTogether (TogetherRead's `written`), made with the rows a page shows in the statement
 * that reads them (their `id` column): none (undefined) for the assessment body and the secretariat.
 */
export function readingsWritten(actor: Actor, via: Reading): ((rows: Prisma.Sql) => Prisma.Sql) | undefined {
  if (!readingIsRecorded(actor)) return undefined;
  return (rows) => Prisma.sql`
    INSERT INTO recommendation_view (recommendation_id, user_id, organization_id, via)
    SELECT x.id::uuid, ${actor.id}::uuid, ${actor.organizationId}::uuid, ${via}::"RecommendationReading" FROM ${rows} x`;
}

/** Records that this reader got the text of these recommendations (nothing for the assessment body and the secretariat). */
export async function recordReadings(actor: Actor, recommendationIds: readonly string[], via: Reading) {
  const written = readingsWritten(actor, via);
  if (!written || recommendationIds.length === 0) return;
  // One statement with the ids as one array parameter: the same text whatever the number of rows, where Prisma would
  // compile a new query plan for every createMany (5% of a recommendation list's server time under load).
  await db.$executeRaw(written(Prisma.sql`(SELECT unnest(${recommendationIds}::uuid[]) AS id)`));
}

export const AccessRecordFilters = z.object({
  state: iso3Field.optional(),
  organization: z.uuid().optional(),
  recommendation: z.uuid().optional(),
  page: pageField,
});
export type AccessRecordFilters = z.infer<typeof AccessRecordFilters>;

export async function listAccessRecord(actor: ActingUser, filters: AccessRecordFilters) {
  ensure(canReadRecommendationAccessRecord(actor), "403");
  const where: Prisma.RecommendationViewWhereInput = {
    ...(filters.organization ? { organizationId: filters.organization } : {}),
    ...(filters.recommendation ? { recommendationId: filters.recommendation } : {}),
    ...(filters.state ? { recommendation: { assessment: { state: { iso3: filters.state } } } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.recommendationView.findMany({
      where,
      orderBy: [{ viewedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * ACCESS_RECORD_PAGE_SIZE,
      take: ACCESS_RECORD_PAGE_SIZE,
      select: {
        id: true,
        viewedAt: true,
        via: true,
        user: { select: { id: true, name: true } },
        organization: {
          select: { id: true, ...LOCAL_NAMES, acronym: true, iso3: true },
        },
        recommendation: {
          select: {
            id: true,
            number: true,
            assessment: {
              select: {
                reference: true,
                state: { select: { iso3: true, ...LOCAL_NAMES } },
              },
            },
          },
        },
      },
    }),
    db.recommendationView.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, viewedAt: r.viewedAt.toISOString() })),
    total,
    page: filters.page,
    pageSize: ACCESS_RECORD_PAGE_SIZE,
  };
}

/** The access record page: a page of readings and the handle of the reference lists that label them. */
export async function accessRecordPage(actor: ActingUser, filters: AccessRecordFilters, language: string) {
  const [record, reference] = await Promise.all([listAccessRecord(actor, filters), workReferenceHandle(language)]);
  return { record, reference };
}
