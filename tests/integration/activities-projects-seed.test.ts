// The demo projects and activities: shaped like the appeals, alive on the day the seed runs, idempotent.
import compact from "../../prisma/data/compact.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { seedAll } from "../../prisma/seed.ts";

const counts = () =>
  Promise.all([
    db.project.count(),
    db.projectCountry.count(),
    db.projectRegion.count(),
    db.activity.count(),
    db.activityUpdate.count(),
    db.activityCountry.count(),
  ]);

describe("demo projects and activities", () => {
  it("seeds about 60 projects from 10+ entities over the four pillars, the sample activities and timelines", async () => {
    await seedAll({ demoAccounts: true });
    expect(await db.project.count()).toBe(60);
    expect((await db.project.groupBy({ by: ["leadOrganizationId"] })).length).toBeGreaterThanOrEqual(10);
    expect((await db.projectPillar.groupBy({ by: ["pillar"] })).map((p) => p.pillar).sort()).toEqual([1, 2, 3, 4]);
    const appeal = await db.project.aggregate({ where: { inCurrentAppeal: true }, _sum: { budgetUsd: true }, _count: true });
    expect(appeal._count).toBeGreaterThanOrEqual(50);
    expect(appeal._sum.budgetUsd).toBeGreaterThan(170_000_000);
    for (const sample of compact.sampleActivities)
      expect(await db.activity.findFirst({ where: { title: sample.title } }), sample.title).not.toBeNull();
    const today = new Date(new Date().toISOString().slice(0, 10));
    expect(await db.activity.count({ where: { status: "PLANNED", startDate: { lt: today } } })).toBeGreaterThan(0);
    expect(await db.activity.count({ where: { status: "ONGOING" } })).toBeGreaterThan(0);
    expect(await db.activity.count({ where: { startDate: { gt: today } } })).toBeGreaterThan(0);
    expect(await db.activityUpdate.count()).toBeGreaterThan(50);
  });

  it("is idempotent: running it again changes no counts", async () => {
    const before = await counts();
    await seedAll({ demoAccounts: true });
    expect(await counts()).toEqual(before);
  });
});
