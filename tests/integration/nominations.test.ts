// Nominations, designations and handover (issue 19), at the routes and the domain, with mail over real SMTP: who may
// nominate, decide, change designations and hand over (an authorization table: a lead of one State never reaches
// another's people or nominations), what a nomination, an approval, a decline, the designation review and a
// handover write, and what they mail.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { acceptInvitation } from "~/domain/admin/invitations.server";
import { changeDesignation, organizationPage, reviewDesignations } from "~/domain/directory/designations.server";
import { handOver, handoverPreview } from "~/domain/directory/handover.server";
import { decideNomination, nominate, organizationNominations } from "~/domain/directory/nominations.server";
import * as organizationRoute from "~/routes/_app.organizations.$id";
import * as nominateRoute from "~/routes/_app.organizations.$id_.nominate";
import * as handoverRoute from "~/routes/_app.organizations.$id_.handover.$userId";
import * as queueRoute from "~/routes/_app.admin.nominations";
import { walkAuthorizationTable, type RouteCase } from "../support/authorization";
import { actingAs, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";
import { firstLink, startSmtpReceiver, waitForMail } from "../support/smtp-receiver";

let mailDir: string;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
const unique = () => Math.random().toString(36).slice(2, 10);

type Visitor = "anonymous" | "kenyaLead" | "kenyaMember" | "norwayLead" | "secretariat";
const cookies: Record<Visitor, string | undefined> = {
  anonymous: undefined,
  kenyaLead: "",
  kenyaMember: "",
  norwayLead: "",
  secretariat: "",
};
const ids = { kenya: "", norway: "", kenyaLead: "", kenyaMember: "", norwayLead: "", secretariat: "" };

async function lead(organization: string, name: string) {
  const user = await createUser({ organization, name, email: `lead-${unique()}@example.test` });
  await db.user.update({ where: { id: user.id }, data: { leadSince: new Date() } });
  return user;
}

beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), "mail-"));
  smtp = await startSmtpReceiver(mailDir);
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  await seedReference();
  ids.kenya = (await organizationByCode("KEN")).id;
  ids.norway = (await organizationByCode("NOR")).id;
  ids.kenyaLead = (await lead("KEN", "Kenya Lead")).id;
  ids.kenyaMember = (await createUser({ organization: "KEN", name: "Kenya Member" })).id;
  ids.norwayLead = (await lead("NOR", "Norway Lead")).id;
  ids.secretariat = (await createUser({ role: "SECRETARIAT", organization: "UNOCT" })).id;
  cookies.kenyaLead = await sessionCookie(ids.kenyaLead);
  cookies.kenyaMember = await sessionCookie(ids.kenyaMember);
  cookies.norwayLead = await sessionCookie(ids.norwayLead);
  cookies.secretariat = await sessionCookie(ids.secretariat);
});
afterAll(() => smtp.stop());

const routeCases: Array<RouteCase<Visitor>> = [
  {
    name: "organization page",
    fn: () => organizationRoute.loader,
    url: "/organizations/kenya",
    params: () => ({ id: ids.kenya }),
    expect: { anonymous: 302, kenyaLead: 200, kenyaMember: 200, norwayLead: 200, secretariat: 200 },
  },
  {
    name: "organization page: change a designation",
    fn: () => organizationRoute.action,
    url: "/organizations/kenya",
    params: () => ({ id: ids.kenya }),
    form: () => ({ intent: "designation", userId: ids.kenyaMember, endsOn: "2099-06-30" }),
    expect: { anonymous: 302, kenyaLead: 302, kenyaMember: 404, norwayLead: 404, secretariat: 302 },
  },
  {
    name: "organization page: bad input from someone who may change nothing",
    fn: () => organizationRoute.action,
    url: "/organizations/kenya",
    params: () => ({ id: ids.kenya }),
    form: () => ({ intent: "nonsense" }),
    expect: { anonymous: 302, kenyaLead: 400, kenyaMember: 404, norwayLead: 404, secretariat: 400 },
  },
  {
    name: "nomination form",
    fn: () => nominateRoute.loader,
    url: "/organizations/kenya/nominate",
    params: () => ({ id: ids.kenya }),
    expect: { anonymous: 302, kenyaLead: 200, kenyaMember: 404, norwayLead: 404, secretariat: 404 },
  },
  {
    name: "nominate",
    fn: () => nominateRoute.action,
    url: "/organizations/kenya/nominate",
    params: () => ({ id: ids.kenya }),
    form: () => ({ name: "Table Nominee", email: `table-${unique()}@example.test`, locale: "en" }),
    expect: { anonymous: 302, kenyaLead: 302, kenyaMember: 404, norwayLead: 404, secretariat: 404 },
  },
  {
    name: "nomination queue",
    fn: () => queueRoute.loader,
    url: "/admin/nominations",
    expect: { anonymous: 302, kenyaLead: 403, kenyaMember: 403, norwayLead: 403, secretariat: 200 },
  },
  {
    name: "decide a nomination",
    fn: () => queueRoute.action,
    url: "/admin/nominations",
    form: () => ({ intent: "decline", nominationId: "00000000-0000-4000-8000-000000000000", reason: "x" }),
    expect: { anonymous: 302, kenyaLead: 403, kenyaMember: 403, norwayLead: 403, secretariat: 404 },
  },
  {
    name: "handover page",
    fn: () => handoverRoute.loader,
    url: "/organizations/kenya/handover/member",
    params: () => ({ id: ids.kenya, userId: ids.kenyaMember }),
    expect: { anonymous: 302, kenyaLead: 200, kenyaMember: 200, norwayLead: 404, secretariat: 200 },
  },
  {
    name: "handover page of someone in another organization (the URL names Norway)",
    fn: () => handoverRoute.loader,
    url: "/organizations/norway/handover/member",
    params: () => ({ id: ids.norway, userId: ids.kenyaMember }),
    expect: { anonymous: 302, kenyaLead: 404, kenyaMember: 404, norwayLead: 404, secretariat: 404 },
  },
  {
    name: "hand over (an incomplete form)",
    fn: () => handoverRoute.action,
    url: "/organizations/kenya/handover/member",
    params: () => ({ id: ids.kenya, userId: ids.kenyaMember }),
    form: () => ({ version: "1" }),
    expect: { anonymous: 302, kenyaLead: 400, kenyaMember: 400, norwayLead: 404, secretariat: 400 },
  },
];

walkAuthorizationTable("nominations, designations and handover: routes", cookies, routeCases);

describe("what each reader sees on an organization page", () => {
  it("shows people to the organization and the secretariat, nominations to its leads and the secretariat", async () => {
    const as = async (id: string) => organizationPage(await actingAs(id), ids.kenya, 1);
    const leadView = await as(ids.kenyaLead);
    expect(leadView.people?.current.map((p) => p.id)).toContain(ids.kenyaMember);
    expect(leadView.nominations).not.toBeNull();
    expect(leadView.canNominate).toBe(true);
    const memberView = await as(ids.kenyaMember);
    expect(memberView.people).not.toBeNull();
    expect(memberView.nominations).toBeNull();
    expect(memberView.canNominate).toBe(false);
    const norwayView = await as(ids.norwayLead);
    expect(norwayView.people).toBeNull();
    expect(norwayView.nominations).toBeNull();
    expect(norwayView.canNominate).toBe(false);
    const secretariatView = await as(ids.secretariat);
    expect(secretariatView.people?.current.find((p) => p.id === ids.kenyaMember)?.canMarkLead).toBe(true);
    expect(secretariatView.nominations).not.toBeNull();
    expect(secretariatView.canNominate).toBe(false);
  });
});

describe("nominations", () => {
  it("are approved into an invitation in the nominee's language, with their groups, title and end date; the lead is told", async () => {
    const kenyaLead = await actingAs(ids.kenyaLead);
    const groups = await db.workingGroup.findMany({ where: { number: { in: [1, 6] } }, orderBy: { number: "asc" } });
    const email = `nominee-${unique()}@example.test`;
    const result = await nominate(kenyaLead, ids.kenya, {
      email,
      name: "Amani Otieno",
      title: "Counsellor",
      locale: "fr",
      groupIds: groups.map((g) => g.id),
      designationEndsOn: "2099-12-31",
      note: "Replaces our legal adviser.",
    });
    expect(result).toMatchObject({ ok: true, merged: false });
    if (!result.ok) return;
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "nomination.created", subjectId: result.nominationId } });
    expect(audit.actorId).toBe(ids.kenyaLead);

    const since = Date.now();
    const decided = await decideNomination(await actingAs(ids.secretariat), { intent: "approve", nominationId: result.nominationId });
    expect(decided).toEqual({ ok: true, name: "Amani Otieno", approved: true });
    const invitationMail = await waitForMail(mailDir, email, { since });
    expect(invitationMail.subject).toBe("Invitation à rejoindre la Plateforme de coordination");
    const leadMail = await waitForMail(mailDir, (await db.user.findUniqueOrThrow({ where: { id: ids.kenyaLead } })).email, { since });
    expect(leadMail.subject).toBe("Nomination approved: Amani Otieno");

    const invited = await db.user.findUniqueOrThrow({ where: { email } });
    expect(invited).toMatchObject({ status: "INVITED", locale: "fr", title: "Counsellor", organizationId: ids.kenya });
    expect(invited.designationEndsOn?.toISOString().slice(0, 10)).toBe("2099-12-31");
    const token = new URL(firstLink(invitationMail)).pathname.split("/").pop()!;
    const accepted = await acceptInvitation(
      token,
      { name: "Amani Otieno", password: "a long enough passphrase" },
      { ip: null, userAgent: null },
    );
    expect(accepted.ok).toBe(true);
    const seats = await db.membership.findMany({ where: { userId: invited.id }, select: { groupId: true, role: true } });
    expect(seats.map((s) => s.groupId).sort()).toEqual(groups.map((g) => g.id).sort());
    expect(seats.every((s) => s.role === "MEMBER")).toBe(true);
    const stored = await db.nomination.findUniqueOrThrow({ where: { id: result.nominationId } });
    expect(stored).toMatchObject({ status: "APPROVED", decidedById: ids.secretariat });
    expect(stored.invitationId).not.toBeNull();
    // Decided once only.
    expect(await decideNomination(await actingAs(ids.secretariat), { intent: "approve", nominationId: result.nominationId })).toEqual({
      ok: false,
      errors: { form: "nominations.alreadyDecided" },
    });
  });

  it("are declined with a reason that the lead reads", async () => {
    const email = `declined-${unique()}@example.test`;
    const result = await nominate(await actingAs(ids.kenyaLead), ids.kenya, {
      email,
      name: "Declined Person",
      locale: "en",
      groupIds: [],
    } as never);
    if (!result.ok) throw new Error("nomination refused");
    const since = Date.now();
    await decideNomination(await actingAs(ids.secretariat), {
      intent: "decline",
      nominationId: result.nominationId,
      reason: "Kenya already has three focal points in this group.",
    });
    const leadEmail = (await db.user.findUniqueOrThrow({ where: { id: ids.kenyaLead } })).email;
    const mail = await waitForMail(mailDir, leadEmail, { since });
    expect(mail.subject).toBe("Nomination declined: Declined Person");
    expect(mail.text).toContain("Kenya already has three focal points in this group.");
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("refuse an address that has an account, merge a second nomination of the same person, and stay within the organization", async () => {
    const kenyaLead = await actingAs(ids.kenyaLead);
    const registered = await db.user.findUniqueOrThrow({ where: { id: ids.kenyaMember } });
    expect(await nominate(kenyaLead, ids.kenya, { email: registered.email, name: "X", locale: "en", groupIds: [] } as never)).toEqual({
      ok: false,
      errors: { email: "nominations.alreadyRegistered" },
    });

    const email = `twice-${unique()}@example.test`;
    const [g1, g2] = await db.workingGroup.findMany({ where: { number: { in: [2, 3] } }, orderBy: { number: "asc" } });
    const first = await nominate(kenyaLead, ids.kenya, { email, name: "First Name", locale: "en", groupIds: [g1.id] } as never);
    const second = await nominate(kenyaLead, ids.kenya, { email, name: "Better Name", locale: "es", groupIds: [g2.id] } as never);
    expect(first).toMatchObject({ ok: true, merged: false });
    expect(second).toMatchObject({ ok: true, merged: true });
    const rows = await db.nomination.findMany({ where: { email }, include: { groups: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "Better Name", locale: "es" });
    expect(rows[0].groups.map((g) => g.groupId).sort()).toEqual([g1.id, g2.id].sort());
    expect(await db.auditEvent.count({ where: { action: "nomination.merged", subjectId: rows[0].id } })).toBe(1);

    // Norway's lead can neither nominate for Kenya, nor see Kenya's nominations, nor nominate Kenya's nominee.
    const norwayLead = await actingAs(ids.norwayLead);
    await expect(
      nominate(norwayLead, ids.kenya, { email: `n-${unique()}@example.test`, name: "N", locale: "en", groupIds: [] } as never),
    ).rejects.toMatchObject({
      outcome: "notFound",
    });
    expect(await organizationNominations(norwayLead, ids.kenya)).toBeNull();
    expect(await nominate(norwayLead, ids.norway, { email, name: "Same Person", locale: "en", groupIds: [] } as never)).toEqual({
      ok: false,
      errors: { email: "nominations.pendingElsewhere" },
    });
  });
});

describe("designations", () => {
  it("are set by the organization's lead or the secretariat, reminded a week before, and end in suspension", async () => {
    const kenyaLead = await actingAs(ids.kenyaLead);
    const soon = await createUser({ organization: "KEN", name: "Ending Soon", email: `soon-${unique()}@example.test` });
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(await changeDesignation(kenyaLead, ids.kenya, { intent: "designation", userId: soon.id, endsOn: inThreeDays })).toEqual({
      ok: true,
      name: "Ending Soon",
    });
    await expect(
      changeDesignation(await actingAs(ids.norwayLead), ids.kenya, { intent: "designation", userId: soon.id, endsOn: inThreeDays }),
    ).rejects.toMatchObject({ outcome: "notFound" });
    expect(await changeDesignation(kenyaLead, ids.kenya, { intent: "designation", userId: soon.id, endsOn: "2001-01-01" })).toEqual({
      ok: false,
      errors: { endsOn: "nominations.endInPast" },
    });
    // Only the secretariat marks leads.
    await expect(changeDesignation(kenyaLead, ids.kenya, { intent: "lead", userId: soon.id, lead: "yes" })).rejects.toMatchObject({
      outcome: "notFound",
    });

    const ended = await createUser({ organization: "KEN", name: "Already Ended", email: `ended-${unique()}@example.test` });
    await db.user.update({ where: { id: ended.id }, data: { designationEndsOn: new Date(Date.now() - 2 * 86_400_000) } });
    const endedCookie = await sessionCookie(ended.id);
    expect(endedCookie).toBeTruthy();

    const since = Date.now();
    const first = await reviewDesignations();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect(first.suspended).toBeGreaterThanOrEqual(1);
    const reminder = await waitForMail(mailDir, soon.email, { since });
    expect(reminder.subject).toBe("Your designation as a focal point ends soon");
    const leadReminder = await waitForMail(mailDir, (await db.user.findUniqueOrThrow({ where: { id: ids.kenyaLead } })).email, { since });
    expect(leadReminder.subject).toBe("The designation of Ending Soon ends soon");
    const after = await db.user.findUniqueOrThrow({ where: { id: ended.id } });
    expect(after.status).toBe("SUSPENDED");
    expect(after.leftAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: ended.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "user.designationEnded", subjectId: ended.id } })).toBe(1);
    // A second run reminds nobody twice and suspends nobody twice.
    const second = await reviewDesignations();
    expect(await db.user.count({ where: { id: soon.id, designationRemindedAt: null } })).toBe(0);
    expect(second.suspended).toBe(0);
    // The person appears among the organization's past focal points.
    const page = await organizationPage(kenyaLead, ids.kenya, 1);
    expect(page.people?.past.map((p) => p.id)).toContain(ended.id);
  });
});

async function giveWork(userId: string, organizationId: string, groupNumber: number) {
  const group = await db.workingGroup.findUniqueOrThrow({ where: { number: groupNumber } });
  const tag = unique();
  const activity = await db.activity.create({
    data: {
      title: `Activity ${tag}`,
      kind: "WORKSHOP",
      leadOrganizationId: organizationId,
      pillar: 1,
      startDate: new Date("2027-01-10"),
      endDate: new Date("2027-01-12"),
      contactId: userId,
    },
  });
  const project = await db.project.create({
    data: {
      code: `P-${tag}`,
      title: `Project ${tag}`,
      leadOrganizationId: organizationId,
      startDate: new Date("2027-01-01"),
      endDate: new Date("2027-12-31"),
      budgetUsd: 1000,
      fundingStatus: "UNFUNDED",
      contactId: userId,
    },
  });
  const assessment = await db.assessment.create({
    data: {
      stateId: organizationId,
      kind: "FOLLOW_UP_VISIT",
      reference: `A-${tag}`,
      startDate: new Date("2026-01-01"),
      endDate: new Date("2026-01-05"),
    },
  });
  const [open, done] = await Promise.all(
    [1, 2].map((number) =>
      db.recommendation.create({ data: { assessmentId: assessment.id, number, text: `Recommendation ${number}`, priority: "HIGH" } }),
    ),
  );
  const openResponse = await db.recommendationResponse.create({
    data: { recommendationId: open.id, organizationId, stage: "UNDER_WAY", contactId: userId },
  });
  const deliveredResponse = await db.recommendationResponse.create({
    data: { recommendationId: done.id, organizationId, stage: "DELIVERED", contactId: userId },
  });
  const event = await db.event.create({
    data: {
      title: `Event ${tag}`,
      kind: "MEETING",
      timeZone: "UTC",
      startsAt: new Date(Date.now() + 30 * 86_400_000),
      endsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000),
      seriesEndsAt: new Date(Date.now() + 30 * 86_400_000 + 3_600_000),
      createdById: userId,
    },
  });
  const planItem = await db.workPlanItem.create({
    data: {
      groupId: group.id,
      title: `Plan item ${tag}`,
      leadOrganizationId: organizationId,
      pillar: 1,
      rank: 999,
      proposedById: userId,
      status: "AGREED",
    },
  });
  return { group, activity, project, openResponse, deliveredResponse, event, planItem };
}

describe("handover", () => {
  it("previews every item, then moves them all in one transaction, keeps the group's chair, and suspends the leaver", async () => {
    const leaver = await createUser({
      organization: "KEN",
      name: "Leaving Chair",
      groups: [
        [3, "CHAIR"],
        [5, "MEMBER"],
      ],
    });
    const successor = await createUser({ organization: "KEN", name: "Next Person", groups: [[5, "VICE_CHAIR"]] });
    const outsider = await createUser({ organization: "NOR", name: "Norwegian" });
    await db.user.update({ where: { id: leaver.id }, data: { leadSince: new Date() } });
    const work = await giveWork(leaver.id, ids.kenya, 3);
    const leaverCookie = await sessionCookie(leaver.id);
    expect(leaverCookie).toBeTruthy();

    const kenyaLead = await actingAs(ids.kenyaLead);
    const preview = await handoverPreview(kenyaLead, ids.kenya, leaver.id, successor.id);
    expect(preview.successor?.id).toBe(successor.id);
    expect(preview.successors.map((s) => s.id)).not.toContain(outsider.id);
    expect(preview.items.memberships.map((m) => [m.group.number, m.role, m.resultingRole])).toEqual([
      [3, "CHAIR", "CHAIR"],
      [5, "MEMBER", "VICE_CHAIR"],
    ]);
    expect(preview.items.activities.map((a) => a.id)).toEqual([work.activity.id]);
    expect(preview.items.projects.map((p) => p.id)).toEqual([work.project.id]);
    expect(preview.items.responses.map((r) => r.id)).toEqual([work.openResponse.id]);
    expect(preview.items.events.map((e) => e.id)).toEqual([work.event.id]);
    expect(preview.items.planItems.map((p) => p.id)).toEqual([work.planItem.id]);

    // Norway's lead cannot see it; a successor from another organization or a stale preview is refused.
    await expect(handoverPreview(await actingAs(ids.norwayLead), ids.kenya, leaver.id)).rejects.toMatchObject({ outcome: "notFound" });
    expect(await handOver(kenyaLead, ids.kenya, leaver.id, { successorId: outsider.id, version: preview.leaver.version })).toEqual({
      ok: false,
      errors: { successorId: "nominations.successorInvalid" },
    });
    expect(await handOver(kenyaLead, ids.kenya, leaver.id, { successorId: successor.id, version: preview.leaver.version + 5 })).toEqual({
      ok: false,
      errors: { form: "nominations.handoverStale" },
    });

    const since = Date.now();
    const result = await handOver(kenyaLead, ids.kenya, leaver.id, { successorId: successor.id, version: preview.leaver.version });
    expect(result).toMatchObject({ ok: true, moved: { groups: 2, activities: 1, projects: 1, responses: 1, events: 1, planItems: 1 } });

    const seats = await db.membership.findMany({
      where: { userId: successor.id },
      include: { group: true },
      orderBy: { group: { number: "asc" } },
    });
    expect(seats.map((s) => [s.group.number, s.role])).toEqual([
      [3, "CHAIR"],
      [5, "VICE_CHAIR"],
    ]);
    expect(await db.membership.count({ where: { userId: leaver.id } })).toBe(0);
    expect((await db.activity.findUniqueOrThrow({ where: { id: work.activity.id } })).contactId).toBe(successor.id);
    expect((await db.project.findUniqueOrThrow({ where: { id: work.project.id } })).contactId).toBe(successor.id);
    expect((await db.recommendationResponse.findUniqueOrThrow({ where: { id: work.openResponse.id } })).contactId).toBe(successor.id);
    expect((await db.recommendationResponse.findUniqueOrThrow({ where: { id: work.deliveredResponse.id } })).contactId).toBe(leaver.id);
    expect((await db.event.findUniqueOrThrow({ where: { id: work.event.id } })).createdById).toBe(successor.id);
    expect((await db.workPlanItem.findUniqueOrThrow({ where: { id: work.planItem.id } })).proposedById).toBe(successor.id);
    const gone = await db.user.findUniqueOrThrow({ where: { id: leaver.id } });
    expect(gone).toMatchObject({ status: "SUSPENDED", leadSince: null });
    expect(gone.leftAt).not.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: successor.id } })).leadSince).not.toBeNull();
    expect(await db.session.count({ where: { userId: leaver.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "handover.completed", subjectId: leaver.id } });
    expect(audit.actorId).toBe(ids.kenyaLead);
    expect(audit.after).toMatchObject({ successorId: successor.id, moved: { groups: 2 } });
    const mail = await waitForMail(mailDir, successor.email, { since });
    expect(mail.subject).toBe("Leaving Chair handed their work over to you");
    // The leaver is gone from the handover page (a former focal point).
    await expect(handoverPreview(kenyaLead, ids.kenya, leaver.id)).rejects.toMatchObject({ outcome: "notFound" });
  });
});
