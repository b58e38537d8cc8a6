// The demo data: reference data from compact.json and the 193 States, demo accounts, idempotent.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { seedAll, seedIfEmpty } from "../../prisma/seed.ts";
import { signIn } from "~/domain/account/sign-in.server";
import { demoDataWanted } from "../../prisma/seed/demo-data.ts";
import { searchKind } from "~/domain/search/search.server";
import { actingAs } from "../support/fixtures";

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
    expect(await db.organization.findUnique({ where: { iso3: "CHN" } })).toMatchObject({
      name: "China",
      nameZh: "中国",
      iso2: "CN",
      region: "ASIA",
    });
  });

  it("reads the text of its demo files, so the search finds them by what they say", async () => {
    const files = await db.resource.findMany({ where: { kind: "FILE" }, select: { title: true, fileText: true, fileTextReadAt: true } });
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(file.fileTextReadAt && file.fileText, file.title).toBeTruthy();
    // "INTERPOL" is only in the participants list (CSV) of working group 4, which UNODC's account belongs to.
    const unodc = await actingAs((await db.user.findUniqueOrThrow({ where: { email: "unodc@demo.test" } })).id);
    const found = await searchKind(unodc, "resources", "INTERPOL", { limit: 5, offset: 0 });
    expect(found?.hits.map((h) => h.href)).toEqual([
      `/resources/${(await db.resource.findFirstOrThrow({ where: { fileName: "cft-expert-meeting-participants.csv" } })).id}`,
    ]);
  });

  it("gives working group 4 to UNODC and group 8 to UN Women, at organization and person level", async () => {
    const wg4 = await db.workingGroup.findUniqueOrThrow({
      where: { number: 4 },
      include: { leads: { include: { organization: true } }, memberships: { include: { user: true } } },
    });
    expect(wg4.leads.filter((l) => l.role === "CHAIR").map((l) => l.organization.acronym)).toEqual(["UNODC"]);
    expect(
      wg4.leads
        .filter((l) => l.role === "VICE_CHAIR")
        .map((l) => l.organization.acronym)
        .sort(),
    ).toEqual(["CTED", "UNOCT"]);
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

  it("describes each listed login by the working groups it has in the database", async () => {
    const logins = new Map((await seedIfEmpty({ demoAccounts: true })).demoAccounts.map((a) => [a.email, a.description]));
    expect(logins.get("admin@demo.test")).toBe("ADMIN, UNOCT (administration, audit trail)");
    expect(logins.get("secretariat@demo.test")).toBe("SECRETARIAT, UNOCT; chair of working groups 1, 5 and 6");
    expect(logins.get("cted@demo.test")).toBe(
      "focal point of CTED (the assessment body); chair of working groups 2 and 6; vice-chair of working groups 4 and 8",
    );
    expect(logins.get("kenya@demo.test")).toBe("Member-State lead focal point, Kenya; member of working groups 1 and 6");
    // A change in the data shows in the list.
    const secretariat = await db.user.findUniqueOrThrow({ where: { email: "secretariat@demo.test" } });
    const group7 = await db.workingGroup.findUniqueOrThrow({ where: { number: 7 } });
    await db.membership.create({ data: { userId: secretariat.id, groupId: group7.id, role: "MEMBER" } });
    try {
      const after = (await seedIfEmpty({ demoAccounts: true })).demoAccounts.find((a) => a.email === "secretariat@demo.test");
      expect(after?.description).toBe("SECRETARIAT, UNOCT; chair of working groups 1, 5 and 6; member of working group 7");
    } finally {
      await db.membership.delete({ where: { userId_groupId: { userId: secretariat.id, groupId: group7.id } } });
    }
  });

  it("creates demo accounts only when DEMO_DATA allows: never when it is 0, nor with NODE_ENV=production unless it is 1", async () => {
    const previous = { NODE_ENV: process.env.NODE_ENV, DEMO_DATA: process.env.DEMO_DATA };
    try {
      process.env.DEMO_DATA = "0";
      await expect(seedAll({ demoAccounts: true })).rejects.toThrow(/created only when DEMO_DATA is on/);
      process.env.NODE_ENV = "production";
      delete process.env.DEMO_DATA;
      await expect(seedAll({ demoAccounts: true })).rejects.toThrow(/created only when DEMO_DATA is on/);
      process.env.DEMO_DATA = "1";
      expect((await seedAll({ demoAccounts: true })).demoAccounts).toHaveLength(8);
      process.env.DEMO_DATA = "maybe";
      await expect(seedAll({ demoAccounts: true })).rejects.toThrow('DEMO_DATA is "maybe": set it to 1');
    } finally {
      process.env.NODE_ENV = previous.NODE_ENV;
      if (previous.DEMO_DATA === undefined) delete process.env.DEMO_DATA;
      else process.env.DEMO_DATA = previous.DEMO_DATA;
    }
  });

  it("defaults DEMO_DATA to on for the embedded database and off for a DATABASE_URL", () => {
    const previous = process.env.DEMO_DATA;
    try {
      delete process.env.DEMO_DATA;
      expect([demoDataWanted(true), demoDataWanted(false)]).toEqual([true, false]);
      process.env.DEMO_DATA = "off";
      expect(demoDataWanted(true)).toBe(false);
      process.env.DEMO_DATA = "yes";
      expect(demoDataWanted(false)).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.DEMO_DATA;
      else process.env.DEMO_DATA = previous;
    }
  });
});
