// The secretariat's summary of the activity tracker: counts by status, by pillar and by region (each
// broken down by status), and the planned activities whose start date has passed.
import { Prisma, readRows } from "~/db.server";
import { canReadActivitySummary } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { todayUtc } from "~/fields";
import { activityRows, countActivities, overdueCondition } from "./list.server";
import { ActivityStatus, valuesOf } from "~/enums";
import { workReferenceHandle } from "../projects/reference-lists.server";
import { figuresFor } from "~/data-versions.server";

const STATUSES = valuesOf(ActivityStatus);
type Status = (typeof STATUSES)[number];
export type StatusCounts = Record<Status, number> & { total: number };

const emptyCounts = (): StatusCounts => ({ PLANNED: 0, ONGOING: 0, COMPLETED: 0, CANCELLED: 0, total: 0 });

function tally(rows: Array<{ key: string; status: Status; count: number }>): Record<string, StatusCounts> {
  const byKey: Record<string, StatusCounts> = {};
  for (const row of rows) {
    const counts = (byKey[row.key] ??= emptyCounts());
    counts[row.status] += row.count;
    counts.total += row.count;
  }
  return byKey;
}

export const OVERDUE_SHOWN = 20;

/** Activities by pillar and by region, each by status: two statements over every activity. */
async function statusCounts() {
  const [byPillar, byRegion] = await Promise.all([
    readRows<{ key: string; status: Status; count: number }>(Prisma.sql`
      SELECT a.pillar::text AS key, a.status::text AS status, count(*)::int AS count FROM activity a GROUP BY a.pillar, a.status`),
    // An activity in two regions counts in each (once, however many of its countries are there); one
    // without countries is global.
    readRows<{ key: string; status: Status; count: number }>(Prisma.sql`
      SELECT key, status, count(*)::int AS count FROM (
        SELECT DISTINCT x.activity_id, o.region::text AS key, a.status::text AS status
        FROM activity_country x JOIN organization o ON o.id = x.country_id JOIN activity a ON a.id = x.activity_id
        UNION ALL
        SELECT a.id, 'GLOBAL', a.status::text FROM activity a WHERE NOT EXISTS (SELECT 1 FROM activity_country x WHERE x.activity_id = a.id)
      ) placed
      GROUP BY key, status`),
  ]);
  return { byPillar, byRegion };
}

export async function activitySummary(actor: ActingUser, language = "en") {
  ensure(canReadActivitySummary(actor), "403");
  const today = todayUtc();
  const [{ byPillar, byRegion }, overdueCount, overdue] = await Promise.all([
    // Counted over every activity (the summary's readers see them all): kept while the activities are unchanged.
    figuresFor(["activities"], "summary", statusCounts),
    countActivities([overdueCondition(today)]),
    activityRows([overdueCondition(today)], "oldest", OVERDUE_SHOWN, 0, today, language),
  ]);
  const pillars = tally(byPillar);
  const byStatus = emptyCounts();
  for (const counts of Object.values(pillars)) for (const status of STATUSES) byStatus[status] += counts[status];
  byStatus.total = STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
  return {
    byStatus,
    byPillar: pillars,
    byRegion: tally(byRegion),
    overdueCount,
    overdue,
  };
}

/** The summary page: the counts and the handle of the reference lists that label them. */
export async function activitySummaryPage(actor: ActingUser, language: string) {
  const [summary, reference] = await Promise.all([activitySummary(actor, language), workReferenceHandle(language)]);
  return { summary, reference };
}
