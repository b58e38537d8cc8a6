// Notifications (issue 13): who is told of what, written in the transaction of the change and only for people
// who may read the record; the list and the bell show a line only while its recipient may still read the record
// (group-only content and recommendations tested here); marking read; the preferences page; every route's table.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { changeMembership, requestToJoin } from "~/domain/groups/members.server";
import { addComment, createPost } from "~/domain/groups/posts.server";
import { proposePlanItem, setPlanItemStatus } from "~/domain/groups/plan.server";
import { answerEvent, cancelEvent, createEvent } from "~/domain/calendar/events.server";
import { EventInput } from "~/domain/calendar/event-form.server";
import { sendEventReminders } from "~/domain/calendar/reminders.server";
import { listNotifications, unreadNotificationCount } from "~/domain/notifications/inbox.server";
import { createRecommendation } from "~/domain/recommendations/records.server";
import { recordResponse } from "~/domain/recommendations/responses.server";
import * as inbox from "~/routes/_app.notifications";
import * as preferences from "~/routes/_app.account_.notifications";
import { seedAll } from "../../prisma/seed.ts";
import { walkAuthorizationTable, type Visitor } from "../support/authorization";
import { actingAs, callRoute, createUser, sessionCookie } from "../support/fixtures";
import { NOTIFICATION_KINDS, DEFAULT_DELIVERY } from "~/domain/notifications/kinds";

const cookies: Record<Visitor, string | undefined> = { anonymous: undefined, focalPoint: "", secretariat: "", admin: "" };
const ids = {} as Record<"chair" | "vice" | "member" | "member2" | "outsider" | "kenya" | "norway" | "unodc" | "cted", string>;
let groupId: string;

const byEmail = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
const linesOf = async (userId: string, kind?: (typeof NOTIFICATION_KINDS)[number]) =>
  (await listNotifications(await actingAs(userId), { page: 1, kind, unread: false })).notifications;
const count = async (userId: string) => unreadNotificationCount(await actingAs(userId));
const stored = (recipientId: string, subjectId: string) => db.notification.findMany({ where: { recipientId, subjectId } });

beforeAll(async () => {
  await seedAll({ demoAccounts: true });
  groupId = (await db.workingGroup.findUniqueOrThrow({ where: { number: 6 } })).id;
  ids.chair = (await createUser({ name: "Notified Chair", organization: "UNODC", groups: [[6, "CHAIR"]] })).id;
  ids.vice = (await createUser({ name: "Notified Vice", organization: "NOR", groups: [[6, "VICE_CHAIR"]] })).id;
  ids.member = (await createUser({ name: "Notified Member", organization: "KEN", groups: [[6, "MEMBER"]] })).id;
  ids.member2 = (await createUser({ name: "Second Member", organization: "IDN", groups: [[6, "MEMBER"]] })).id;
  ids.outsider = (await createUser({ name: "Outsider", organization: "COL", groups: [[7, "MEMBER"]] })).id;
  for (const [who, email] of [
    ["kenya", "kenya@demo.test"],
    ["norway", "norway@demo.test"],
    ["unodc", "unodc@demo.test"],
    ["cted", "cted@demo.test"],
  ] as const)
    ids[who] = await byEmail(email);
  cookies.focalPoint = await sessionCookie((await createUser({ name: "Route Visitor", organization: "KEN" })).id);
  cookies.secretariat = await sessionCookie(await byEmail("secretariat@demo.test"));
  cookies.admin = await sessionCookie(await byEmail("admin@demo.test"));
});

const everyoneSignedIn = (status: number) => ({ anonymous: 302, focalPoint: status, secretariat: status, admin: status });
const allDefaults = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, DEFAULT_DELIVERY[k]]));

walkAuthorizationTable("notification routes", cookies, [
  { name: "list", fn: () => inbox.loader, url: "/notifications", expect: everyoneSignedIn(200) },
  { name: "list by kind", fn: () => inbox.loader, url: "/notifications?kind=MENTION&unread=1", expect: everyoneSignedIn(200) },
  {
    name: "mark all read",
    fn: () => inbox.action,
    url: "/notifications",
    form: () => ({ intent: "readAll" }),
    expect: everyoneSignedIn(302),
  },
  { name: "preferences", fn: () => preferences.loader, url: "/account/notifications", expect: everyoneSignedIn(200) },
  {
    name: "save preferences",
    fn: () => preferences.action,
    url: "/account/notifications",
    form: () => allDefaults,
    expect: everyoneSignedIn(302),
  },
]);

describe("discussions", () => {
  let postId: string;
  it("a mention tells the person mentioned; a new post tells the other members (group activity); never the author", async () => {
    postId = await createPost(await actingAs(ids.member), groupId, {
      title: "Border data sharing",
      body: "Thoughts welcome",
      mentions: [ids.chair, ids.outsider],
      attachments: [],
    });
    const [mention] = await stored(ids.chair, postId);
    expect(mention).toMatchObject({ kind: "MENTION", actorId: ids.member, groupId, delivery: "IMMEDIATE", readAt: null });
    expect(mention!.href).toMatch(new RegExp(`^/groups/[a-z0-9-]+/posts/${postId}$`));
    // The outsider was not kept as a mention (not a member) and may not read the group: nothing.
    expect(await stored(ids.outsider, postId)).toHaveLength(0);
    expect((await stored(ids.vice, postId)).map((n) => n.kind)).toEqual(["GROUP_ACTIVITY"]);
    expect((await stored(ids.member2, postId)).map((n) => n.kind)).toEqual(["GROUP_ACTIVITY"]);
    expect(await stored(ids.member, postId)).toHaveLength(0);
    expect(await count(ids.chair)).toBeGreaterThanOrEqual(1);
    expect((await linesOf(ids.chair, "MENTION")).map((n) => n.title)).toContain("Border data sharing");
  });

  it("a comment tells the post's author and those who commented before, once each", async () => {
    const first = await addComment(await actingAs(ids.member2), groupId, postId, { body: "Agreed", mentions: [] });
    expect((await stored(ids.member, first)).map((n) => n.kind)).toEqual(["COMMENT"]);
    // Its line opens the post at the comment.
    expect((await stored(ids.member, first))[0]!.href).toMatch(new RegExp(`^/groups/[a-z0-9-]+/posts/${postId}#comment-${first}$`));
    expect(await stored(ids.chair, first)).toHaveLength(0);
    const second = await addComment(await actingAs(ids.vice), groupId, postId, { body: "Me too", mentions: [ids.member2] });
    expect((await stored(ids.member, second)).map((n) => n.kind)).toEqual(["COMMENT"]);
    // Mentioned and a previous commenter: told once, of the mention.
    expect((await stored(ids.member2, second)).map((n) => n.kind)).toEqual(["MENTION"]);
    expect(await stored(ids.vice, second)).toHaveLength(0);
  });

  it("a member who leaves the group no longer sees its lines, nor counts them", async () => {
    const reader = await createUser({ name: "Leaving Member", organization: "KEN", groups: [[6, "MEMBER"]] });
    const post = await createPost(await actingAs(ids.member), groupId, {
      title: "Group-only news",
      body: "x",
      mentions: [reader.id],
      attachments: [],
    });
    expect(await stored(reader.id, post)).toHaveLength(1);
    expect(await count(reader.id)).toBe(1);
    expect((await linesOf(reader.id)).map((n) => n.title)).toEqual(["Group-only news"]);
    await db.membership.deleteMany({ where: { userId: reader.id, groupId } });
    expect(await count(reader.id)).toBe(0);
    expect(await linesOf(reader.id)).toEqual([]);
  });
});

describe("join requests", () => {
  it("tells the chair and vice-chairs; the decision tells the requester", async () => {
    const asker = await createUser({ name: "Asking Person", organization: "GHA" });
    await requestToJoin(await actingAs(asker.id), groupId, "Please");
    const request = await db.joinRequest.findUniqueOrThrow({ where: { groupId_userId: { groupId, userId: asker.id } } });
    expect((await stored(ids.chair, request.id)).map((n) => n.kind)).toEqual(["JOIN_REQUEST"]);
    expect((await stored(ids.vice, request.id)).map((n) => n.kind)).toEqual(["JOIN_REQUEST"]);
    expect(await stored(ids.member, request.id)).toHaveLength(0);
    const result = await changeMembership(await actingAs(ids.vice), groupId, {
      intent: "decide",
      requestId: request.id,
      decision: "accept",
    });
    expect(result.ok).toBe(true);
    const [decision] = await stored(asker.id, request.id);
    expect(decision).toMatchObject({ kind: "JOIN_DECISION", subjectType: "JoinRequestAccepted", groupId: null });
  });
});

describe("recommendations", () => {
  it("a new one tells the assessed State's focal points and the entities it is shared with, never other States", async () => {
    const assessment = await db.assessment.findUniqueOrThrow({ where: { reference: "CTED/KEN/2025/V" } });
    const created = await createRecommendation(await actingAs(ids.cted), assessment.id, {
      number: undefined,
      text: "Strengthen the financial intelligence unit",
      thematic: undefined,
      pillar: undefined,
      priority: "HIGH",
      status: "OPEN",
      consentScope: "NOT_SHARED",
      consentOrganizationIds: [],
    } as never);
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    expect((await stored(ids.kenya, created.id)).map((n) => n.kind)).toEqual(["RECOMMENDATION"]);
    expect(await stored(ids.norway, created.id)).toHaveLength(0);
    expect(await stored(ids.unodc, created.id)).toHaveLength(0);
    expect(await stored(ids.cted, created.id)).toHaveLength(0);
  });

  it("a response tells the State and the assessment body; a line about a recommendation no longer shared disappears", async () => {
    const shared = await db.recommendation.findFirstOrThrow({ where: { number: 1, assessment: { reference: "CTED/KEN/2025/V" } } });
    const existing = await db.recommendationResponse.findFirst({
      where: { recommendationId: shared.id, organization: { acronym: "UNODC" } },
    });
    const saved = await recordResponse(await actingAs(ids.unodc), shared.id, {
      stage: "OFFERED",
      note: "We can help",
      projectCode: null,
      activityId: null,
      version: existing?.version ?? null,
    } as never);
    expect(saved.ok).toBe(true);
    const response = await db.recommendationResponse.findFirstOrThrow({
      where: { recommendationId: shared.id, organization: { acronym: "UNODC" } },
    });
    expect((await stored(ids.kenya, response.id)).map((n) => n.kind)).toEqual(["RECOMMENDATION_RESPONSE"]);
    expect((await stored(ids.cted, response.id)).map((n) => n.kind)).toEqual(["RECOMMENDATION_RESPONSE"]);
    expect(await stored(ids.norway, response.id)).toHaveLength(0);
    expect(await stored(ids.unodc, response.id)).toHaveLength(0);

    // UNODC was told of the shared recommendation; the State narrows it to nobody: the line is gone.
    await db.notification.create({
      data: {
        recipientId: ids.unodc,
        kind: "RECOMMENDATION",
        subjectType: "Recommendation",
        subjectId: shared.id,
        recommendationId: shared.id,
        title: "Shared one",
        href: `/recommendations/${shared.id}`,
        delivery: "APP",
      },
    });
    expect((await linesOf(ids.unodc, "RECOMMENDATION")).map((n) => n.title)).toContain("Shared one");
    const unodcBefore = await count(ids.unodc);
    await db.recommendation.update({ where: { id: shared.id }, data: { consentScope: "NOT_SHARED" } });
    expect((await linesOf(ids.unodc, "RECOMMENDATION")).map((n) => n.title)).not.toContain("Shared one");
    expect(await count(ids.unodc)).toBe(unodcBefore - 1);
    await db.recommendation.update({ where: { id: shared.id }, data: { consentScope: null } });
  });
});

describe("reading and choosing", () => {
  it("marks one read, then all, through the page; someone else's line is untouched", async () => {
    const cookie = await sessionCookie(ids.chair);
    const [line] = await linesOf(ids.chair);
    const before = await count(ids.chair);
    const outcome = await callRoute(inbox.action, { url: "/notifications?kind=MENTION", cookie, form: { intent: "read", id: line!.id } });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/notifications?kind=MENTION");
    expect(await count(ids.chair)).toBe(before - 1);
    const otherCookie = await sessionCookie(ids.vice);
    const [viceLine] = await linesOf(ids.vice);
    await callRoute(inbox.action, { url: "/notifications", cookie, form: { intent: "read", id: viceLine!.id } });
    expect((await db.notification.findUniqueOrThrow({ where: { id: viceLine!.id } })).readAt).toBeNull();
    await callRoute(inbox.action, { url: "/notifications", cookie: otherCookie, form: { intent: "readAll" } });
    expect(await count(ids.vice)).toBe(0);
  });

  it("a kind turned off writes nothing; the change is audited", async () => {
    const cookie = await sessionCookie(ids.member2);
    const outcome = await callRoute(preferences.action, {
      url: "/account/notifications",
      cookie,
      form: { ...allDefaults, MENTION: "OFF", GROUP_ACTIVITY: "WEEKLY" },
    });
    expect(outcome.status).toBe(302);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorId: ids.member2, action: "notificationPreferences.changed" } });
    expect(audit.after).toEqual({ MENTION: "OFF", GROUP_ACTIVITY: "WEEKLY" });
    const post = await createPost(await actingAs(ids.member), groupId, {
      title: "Quiet",
      body: "x",
      mentions: [ids.member2],
      attachments: [],
    });
    expect(await stored(ids.member2, post)).toHaveLength(0);
    const post2 = await createPost(await actingAs(ids.member), groupId, { title: "Weekly", body: "x", mentions: [], attachments: [] });
    expect((await stored(ids.member2, post2)).map((n) => n.delivery)).toEqual(["WEEKLY"]);
    const bad = await callRoute(preferences.action, { url: "/account/notifications", cookie, form: { ...allDefaults, MENTION: "LOUD" } });
    expect(bad.status).toBe(400);
  });
});

describe("events and the work plan", () => {
  it("a group event tells the members; changing or cancelling it tells those going or maybe, not those not going", async () => {
    const creator = await actingAs(ids.chair);
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const created = await createEvent(
      creator,
      EventInput.parse({
        title: "Group six meeting",
        kind: "MEETING",
        startDate: day,
        startTime: "09:00",
        endDate: day,
        endTime: "10:00",
        timeZone: "UTC",
        organizerIds: [],
        pillars: ["1"],
        groupId,
        visibility: "GROUP_MEMBERS",
      }),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    expect((await stored(ids.member, created.id)).map((n) => n.kind)).toEqual(["GROUP_ACTIVITY"]);
    expect(await stored(ids.outsider, created.id)).toHaveLength(0);
    await answerEvent(await actingAs(ids.member), created.id, "GOING");
    await answerEvent(await actingAs(ids.member2), created.id, "NOT_GOING");
    const version = (await db.event.findUniqueOrThrow({ where: { id: created.id } })).version;
    const cancelled = await cancelEvent(creator, created.id, version);
    expect(cancelled.ok).toBe(true);
    expect((await stored(ids.member, created.id)).map((n) => n.kind).sort()).toEqual(["EVENT_CHANGE", "GROUP_ACTIVITY"]);
    expect((await stored(ids.member2, created.id)).map((n) => n.kind)).toEqual(["GROUP_ACTIVITY"]);
  });

  it("a plan item's new status tells its proposer and the chairs", async () => {
    const proposed = await proposePlanItem(await actingAs(ids.member), groupId, {
      title: "Joint training",
      description: null,
      leadOrganizationId: (await db.organization.findFirstOrThrow({ where: { acronym: "UNODC" } })).id,
      partnerOrganizationIds: [],
      pillar: 2,
      deliverable: null,
      dueDate: null,
    });
    if (!proposed.ok) throw new Error("could not propose");
    await setPlanItemStatus(await actingAs(ids.chair), groupId, proposed.id, "AGREED");
    expect((await stored(ids.member, proposed.id)).map((n) => n.kind)).toEqual(["PLAN_CHANGE"]);
    expect((await stored(ids.vice, proposed.id)).map((n) => n.kind)).toEqual(["PLAN_CHANGE"]);
    expect(await stored(ids.chair, proposed.id)).toHaveLength(0);
    expect(await stored(ids.member2, proposed.id)).toHaveLength(0);
  });

  it("a reminder before an event tells those going or maybe, once, within the lead (default 24 h)", async () => {
    const starts = new Date(Date.now() + 10 * 3_600_000);
    const day = starts.toISOString().slice(0, 10);
    const hour = starts.toISOString().slice(11, 13);
    const created = await createEvent(
      await actingAs(ids.chair),
      EventInput.parse({
        title: "Reminder meeting",
        kind: "MEETING",
        startDate: day,
        startTime: `${hour}:00`,
        endDate: day,
        endTime: `${hour}:30`,
        timeZone: "UTC",
        organizerIds: [],
        pillars: ["1"],
      }),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    await answerEvent(await actingAs(ids.member), created.id, "MAYBE");
    await answerEvent(await actingAs(ids.member2), created.id, "NOT_GOING");
    const reminders = (id: string) => db.notification.count({ where: { recipientId: id, subjectId: created.id, kind: "EVENT_REMINDER" } });
    // Not yet within a 2-hour lead; within the default 24 hours. (The seeded events may fall within
    // 2 hours of the moment the test runs, so this counts this event's reminders, not the run's total.)
    await sendEventReminders({ leadHours: 2 });
    expect(await reminders(ids.member)).toBe(0);
    await sendEventReminders();
    await sendEventReminders();
    expect(await reminders(ids.member)).toBe(1);
    expect(await reminders(ids.member2)).toBe(0);
  });
});

describe("a line about a person", () => {
  it("shows only while the directory shows that person (a suspended person's line is neither counted nor listed)", async () => {
    const reader = await createUser({ organization: "NOR" });
    const person = await createUser({ organization: "KEN", name: "Line Subject" });
    await db.notification.create({
      data: {
        recipientId: reader.id,
        kind: "INVITATION_ACCEPTED",
        subjectType: "User",
        subjectId: person.id,
        title: "Line Subject",
        href: `/directory/${person.id}`,
        delivery: "APP",
      },
    });
    expect(await count(reader.id)).toBe(1);
    await db.user.update({ where: { id: person.id }, data: { status: "SUSPENDED" } });
    expect(await count(reader.id)).toBe(0);
    const listed = await listNotifications(await actingAs(reader.id), { page: 1, unread: false });
    expect(JSON.stringify(listed)).not.toContain(person.id);
  });
});
