// The demo calendar: compact.json's conferences with their organizers mapped, upcoming events from the
// day of seeding (some kept to their group), and idempotent re-runs.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { seedAll } from "../../prisma/seed.ts";

const counts = () => Promise.all([db.event.count(), db.eventOrganizer.count(), db.eventAttendance.count()]);

// Seeding everything hashes a dozen demo passwords and writes thousands of rows: minutes on a busy machine.
describe("demo calendar", { timeout: 180_000 }, () => {
  it("holds the real conferences of compact.json, with organizers that are not on the platform kept as text", async () => {
    await seedAll({ demoAccounts: true });
    const conferences = await db.event.findMany({
      where: { kind: "CONFERENCE", startsAt: { lt: new Date("2024-01-01") } },
      include: { organizers: { include: { organization: true } } },
      orderBy: { startsAt: "asc" },
    });
    expect(conferences).toHaveLength(10);
    expect(conferences.every((c) => c.allDay && c.seriesEndsAt < new Date())).toBe(true);
    const organizersOf = (title: RegExp) => {
      const event = conferences.find((c) => title.test(c.title))!;
      return {
        platform: event.organizers.map((o) => o.organization.acronym ?? o.organization.name).sort(),
        other: event.otherOrganizers,
        zone: event.timeZone,
      };
    };
    // "United Nations" is UNOCT on the platform; States are matched by name; the EU and OSCE stay as text.
    expect(organizersOf(/Geneva Conference/)).toEqual({ platform: ["Switzerland", "UNOCT"], other: [], zone: "Europe/Zurich" });
    expect(organizersOf(/financing through illicit drug/)).toEqual({
      platform: ["Tajikistan", "UNOCT"],
      other: ["European Union", "OSCE"],
      zone: "Asia/Dushanbe",
    });
    expect(organizersOf(/African Regional/)).toEqual({ platform: ["Kenya", "UNOCT"], other: [], zone: "Africa/Nairobi" });
  });

  it("looks alive from today on, with group-only, postponed and cancelled events and answers", async () => {
    const upcoming = await db.event.findMany({ where: { seriesEndsAt: { gt: new Date() } } });
    expect(upcoming.length).toBeGreaterThanOrEqual(10);
    expect(upcoming.filter((e) => e.visibility === "GROUP_MEMBERS").length).toBeGreaterThanOrEqual(2);
    expect(upcoming.some((e) => e.recurrenceFrequency === "WEEKLY" && e.timeZone === "Europe/Vienna")).toBe(true);
    expect(upcoming.map((e) => e.status)).toEqual(expect.arrayContaining(["SCHEDULED", "POSTPONED", "CANCELLED"]));
    expect(await db.eventAttendance.count({ where: { response: "GOING" } })).toBeGreaterThan(10);
  });

  it("is idempotent", async () => {
    const before = await counts();
    await seedAll({ demoAccounts: true });
    expect(await counts()).toEqual(before);
  });
});
