// The demo data: reference data from compact.json and the 193 States, demo accounts, idempotent.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { seedAll, seedIfEmpty } from "../../prisma/seed.ts";
import { signIn } from "~/domain/sign-in.server";

describe("demo data", () => {
  it("seeds an empty database once and lists the demo logins", async () => {
    const first = await seedIfEmpty({ demoAccounts: true });
    expect(first.demoAccounts.map((a) => a.email)).toEqual([
      "admin@demo.test",
      "secretariat@demo.test",
      "cted@demo.test",
      "unodc@demo.test",
      "unwomen@demo.test",
      "kenya@demo.test",
      "norway@demo.test",
      "indonesia@demo.test",
    ]);
    expect(await db.organization.count({ where: { kind: "MEMBER_STATE" } })).toBe(193);
    expect(await db.organization.count({ where: { kind: "COMPACT_ENTITY" } })).toBe(39);
    expect(await db.organization.count({ where: { kind: "COMPACT_OBSERVER" } })).toBe(7);
    expect(await db.workingGroup.count()).toBe(8);
    expect(await db.organization.findFirst({ where: { isSecretariat: true } })).toMatchObject({ acronym: "UNOCT" });
    expect(await db.organization.findFirst({ where: { isAssessmentBody: true } })).toMatchObject({ acronym: "CTED" });
    expect(await db.organization.findUnique({ where: { iso3: "CHN" } })).toMatchObject({ name: "China", nameZh: "中国", iso2: "CN", region: "ASIA" });
  });

  it("gives working group 4 to UNODC and group 8 to UN Women, at organization and person level", async () => {
    const wg4 = await db.workingGroup.findUniqueOrThrow({ where: { number: 4 }, include: { leads: { include: { organization: true } }, memberships: { include: { user: true } } } });
    expect(wg4.leads.filter((l) => l.role === "CHAIR").map((l) => l.organization.acronym)).toEqual(["UNODC"]);
    expect(wg4.leads.filter((l) => l.role === "VICE_CHAIR").map((l) => l.organization.acronym).sort()).toEqual(["CTED", "UNOCT"]);
    expect(wg4.memberships.find((m) => m.user.email === "unodc@demo.test")?.role).toBe("CHAIR");
    const wg8 = await db.membership.findFirstOrThrow({ where: { group: { number: 8 }, user: { email: "unwomen@demo.test" } } });
    expect(wg8.role).toBe("CHAIR");
  });

  it("lets every demo account sign in with the demo password", async () => {
    for (const email of ["admin@demo.test", "kenya@demo.test", "cted@demo.test"]) {
      expect((await signIn(email, "coordination-demo", { ip: `10.0.0.${email.length}`, userAgent: null })).ok, email).toBe(true);
    }
    expect(await db.user.findUniqueOrThrow({ where: { email: "admin@demo.test" } })).toMatchObject({ role: "ADMIN", status: "ACTIVE" });
  });

  it("is idempotent: running it again changes no counts", async () => {
    const before = await Promise.all([db.organization.count(), db.user.count(), db.membership.count(), db.groupLead.count()]);
    await seedAll({ demoAccounts: true });
    const after = await Promise.all([db.organization.count(), db.user.count(), db.membership.count(), db.groupLead.count()]);
    expect(after).toEqual(before);
    expect((await seedIfEmpty({ demoAccounts: true })).demoAccounts).toHaveLength(8);
  });

  it("never creates demo accounts when NODE_ENV=production", async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await expect(seedAll({ demoAccounts: true })).rejects.toThrow(/never created when NODE_ENV=production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
