// /profile: the signed-in user edits their own directory entry; bad input gets a message per field and
// changes nothing; a stale version is refused with the newer data; every save is audited (a hidden phone
// number is recorded only as hidden).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as profile from "~/routes/_app.profile._index";
import { callRoute, createUser, seedReference, sessionCookie } from "../support/fixtures";

let userId: string;
let cookie: string;

beforeAll(async () => {
  await seedReference();
  userId = (await createUser({ name: "Profile Owner", email: "owner@example.test", organization: "GHA" })).id;
  cookie = await sessionCookie(userId);
});

const save = async (form: Record<string, string | string[]>) => callRoute(profile.action, { url: "/profile", cookie, form });
const version = async () => String((await db.user.findUniqueOrThrow({ where: { id: userId } })).version);

describe("own profile", () => {
  it("saves title, phone and its visibility, languages, interests, time zone and interface language, and audits it", async () => {
    const outcome = await save({
      version: await version(),
      title: "  Director, Counter-Terrorism Unit ",
      phone: "+233 30  555 0100",
      languages: ["en", "fr"],
      otherLanguages: "TW, ak",
      interests: ["3", "1", "3"],
      timeZone: "Africa/Accra",
      locale: "zh",
    });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/profile");
    const saved = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(saved).toMatchObject({
      title: "Director, Counter-Terrorism Unit",
      phone: "+233 30 555 0100",
      phoneVisible: false,
      languages: ["en", "fr", "tw", "ak"],
      interests: [1, 3],
      timeZone: "Africa/Accra",
      locale: "zh",
      version: 2,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "profile.updated", subjectId: userId } });
    expect(event.actorId).toBe(userId);
    expect(event.after).toMatchObject({ title: "Director, Counter-Terrorism Unit", phone: "(hidden)", interests: [1, 3] });
    expect(JSON.stringify(event)).not.toContain("555 0100");
  });

  it("answers bad input with a message next to each field and a 400, and changes nothing", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: userId } });
    const outcome = await save({
      version: await version(),
      phone: "0800 CALL ME",
      languages: ["en", "xx"],
      otherLanguages: "english",
      interests: ["7"],
      timeZone: "Mars/Olympus_Mons",
      locale: "de",
    });
    expect(outcome.status).toBe(400);
    expect((outcome.data as { errors: Record<string, string> }).errors).toEqual({
      phone: "directory.profile.phoneFormat",
      "languages.1": "directory.profile.languageCodesInvalid",
      otherLanguages: "directory.profile.languageCodesInvalid",
      "interests.0": "errors.invalidField",
      timeZone: "errors.invalidField",
      locale: "errors.invalidField",
    });
    // What was typed comes back to be corrected.
    expect(outcome.data).toMatchObject({ submitted: { phone: "0800 CALL ME", languages: ["en", "xx"] } });
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toEqual(before);
  });

  it("refuses to show a phone number that is not there", async () => {
    const outcome = await save({ version: await version(), phone: "", phoneVisible: "on", timeZone: "UTC" });
    expect(outcome.status).toBe(400);
    expect((outcome.data as { errors: Record<string, string> }).errors).toEqual({
      phoneVisible: "directory.profile.phoneVisibleWithoutPhone",
    });
  });

  it("refuses an edit based on an older version and shows the newer one", async () => {
    const seen = await version();
    expect(
      (await save({ version: seen, title: "First tab", phone: "+233 30 555 0100", phoneVisible: "on", timeZone: "Africa/Accra" })).status,
    ).toBe(302);
    const stale = await save({ version: seen, title: "Second tab", timeZone: "UTC" });
    expect(stale.status).toBe(400);
    expect(stale.data).toMatchObject({
      errors: { form: "common.staleEdit" },
      current: { title: "First tab", phoneVisible: true, version: Number(seen) + 1 },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).title).toBe("First tab");
    // A phone the owner shows is recorded as it is.
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "profile.updated", subjectId: userId },
      orderBy: { createdAt: "desc" },
    });
    expect(event.after).toMatchObject({ phone: "+233 30 555 0100", phoneVisible: true });
  });

  it("edits only the signed-in user's own profile", async () => {
    const other = await createUser({ name: "Someone Else", email: "else@example.test", organization: "GHA", title: "Untouched" });
    await save({ version: "1", title: "Changed?", timeZone: "UTC", id: other.id, userId: other.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).title).toBe("Untouched");
  });
});
