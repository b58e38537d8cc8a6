// The activity list: filters in the URL, a page of rows, and the flag for planned activities whose start
// date has passed ("overdue": they should have started, or been updated or cancelled).
import { z } from "zod";
import { db, type Prisma } from "~/db.server";
import { canReadActivitiesAndProjects } from "~/auth/policy";
import { ensure, type ActingUser } from "~/auth/guards.server";
import { pageField } from "../fields";
import { dayString, iso3Field, regionOrGlobalField, slugField, todayUtc, workStatusField } from "../work-fields";
import { activityKindField } from "./fields";

export const ACTIVITIES_PAGE_SIZE = 25;

export const ActivityFilters = z.object({
  q: z.string().trim().max(200).optional(),
  organization: z.string().uuid().optional(),
  country: iso3Field.optional(),
  region: regionOrGlobalField.optional(),
  thematic: slugField.optional(),
  pillar: z.enum(["1", "2", "3", "4"]).optional(),
  kind: activityKindField.optional(),
  status: workStatusField.optional(),
  group: z.string().regex(/^[1-9]\d?$/).optional(),
  project: z.string().trim().toUpperCase().max(40).optional(),
  overdue: z.enum(["1"]).optional(),
  page: pageField,
});
export type ActivityFilters = z.infer<typeof ActivityFilters>;

/** Planned, yet its start date is before today. */
export function overdueWhere(today = todayUtc()): Prisma.ActivityWhereInput {
  return { status: "PLANNED", startDate: { lt: today } };
}

export function activityWhere(f: Omit<ActivityFilters, "page">): Prisma.ActivityWhereInput {
  const and: Prisma.ActivityWhereInput[] = [];
  if (f.q) and.push({ title: { contains: f.q, mode: "insensitive" } });
  if (f.organization) and.push({ leadOrganizationId: f.organization });
  if (f.country) and.push({ countries: { some: { country: { iso3: f.country } } } });
  if (f.region === "GLOBAL") and.push({ countries: { none: {} } });
  else if (f.region) and.push({ countries: { some: { country: { region: f.region } } } });
  if (f.thematic) and.push({ thematicArea: { slug: f.thematic } });
  if (f.pillar) and.push({ pillar: Number(f.pillar) });
  if (f.kind) and.push({ kind: f.kind });
  if (f.status) and.push({ status: f.status });
  if (f.group) and.push({ workingGroup: { number: Number(f.group) } });
  if (f.project) and.push({ project: { code: f.project } });
  if (f.overdue) and.push(overdueWhere());
  return and.length ? { AND: and } : {};
}

export const activityListSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  pillar: true,
  startDate: true,
  endDate: true,
  leadOrganizationId: true,
  project: { select: { id: true, code: true } },
  countries: { select: { country: { select: { iso3: true } } }, take: 4, orderBy: { country: { name: "asc" } } },
  _count: { select: { countries: true } },
} satisfies Prisma.ActivitySelect;

type ListedActivity = Prisma.ActivityGetPayload<{ select: typeof activityListSelect }>;

export function toActivityRow(a: ListedActivity, today = todayUtc()) {
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    status: a.status,
    pillar: a.pillar,
    startDate: dayString(a.startDate),
    endDate: dayString(a.endDate),
    leadOrganizationId: a.leadOrganizationId,
    project: a.project,
    countries: a.countries.flatMap((c) => (c.country.iso3 ? [c.country.iso3] : [])),
    countryCount: a._count.countries,
    overdue: a.status === "PLANNED" && a.startDate < today,
  };
}
export type ActivityRow = ReturnType<typeof toActivityRow>;

export async function listActivities(actor: ActingUser, filters: ActivityFilters) {
  ensure(canReadActivitiesAndProjects(actor));
  const { page, ...selection } = filters;
  const where = activityWhere(selection);
  const [total, activities] = await Promise.all([
    db.activity.count({ where }),
    db.activity.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      skip: (page - 1) * ACTIVITIES_PAGE_SIZE,
      take: ACTIVITIES_PAGE_SIZE,
      select: activityListSelect,
    }),
  ]);
  const today = todayUtc();
  return { total, rows: activities.map((a) => toActivityRow(a, today)), page, pageSize: ACTIVITIES_PAGE_SIZE };
}
