// The home feed (app/domain/account/feed.server.ts) shows each demo user only what they may read: records made
// after a cut-off (a post and a group-only event in group 4, a recommendation not shared with anyone, one named
// for UNODC only, a response) appear exactly for the readers the policy admits — 0 leaks, 0 misses — and the
// waiting items are right (a join request for group 4's chairs; recommendations an entity has not answered).
// "Since the last visit" moves only when a new visit begins.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import {
  canManageGroup,
  canReadEvent,
  canReadGroupSpace,
  canReadRecommendation,
  canRespondToRecommendation,
  canSeeRecommendationResponse,
} from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import { homeFeed, newSince, previousVisit } from "~/domain/account/feed.server";
import { scopeInclude, scopeOf } from "~/domain/recommendations/visibility.server";
import { createPost, PostInput } from "~/domain/groups/posts.server";
import { createEvent } from "~/domain/calendar/events.server";
import { EventInput } from "~/domain/calendar/event-form.server";
import * as home from "~/routes/_app._index";
import { demoAccounts } from "../../prisma/seed/demo-accounts.ts";
import { seedAll } from "../../prisma/seed.ts";
import { actingAs, callRoute, createUser, drawnData, organizationByCode, sessionCookie } from "../support/fixtures";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter } from "react-router-dom";
import { pageI18n } from "~/i18n/i18n.server";
import { DrawingsContext, KeptDrawing, KeptMarkupContext } from "~/ui/kept-markup";
import { HomeFeed, type HomeFeedData } from "~/ui/account/home-feed";

let readers: Array<{ email: string; actor: ActingUser }> = [];
let since: Date;
let group4: { id: string; slug: string };
const fresh: Record<string, string> = {};

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function recommendationIn(stateCode: string, reference: string, scope: "NOT_SHARED" | "NAMED", named: string[], numbers: number[]) {
  const state = await organizationByCode(stateCode);
  const organizations = await Promise.all(named.map((code) => organizationByCode(code)));
  const assessment = await db.assessment.create({
    data: {
      stateId: state.id,
      kind: "DESK_REVIEW",
      reference,
      startDate: new Date(`${tomorrow}T00:00:00Z`),
      endDate: new Date(`${tomorrow}T00:00:00Z`),
      consentScope: scope,
      consentOrganizations: { create: organizations.map((o) => ({ organizationId: o.id })) },
    },
  });
  const ids = [];
  for (const number of numbers)
    ids.push(
      (
        await db.recommendation.create({
          data: { assessmentId: assessment.id, number, text: `Feed test ${reference} ${number}`, priority: "HIGH" },
        })
      ).id,
    );
  return ids;
}

beforeAll(async () => {
  await seedAll({ demoAccounts: true });
  group4 = await db.workingGroup.findUniqueOrThrow({ where: { number: 4 }, select: { id: true, slug: true } });
  since = new Date(Date.now() - 1000);
  const author = await actingAs((await createUser({ name: "Feed author", organization: "NOR", groups: [[4, "MEMBER"]] })).id);
  fresh.post = await createPost(author, group4.slug, PostInput.parse({ title: "Feed post in group 4", body: "Hello" }));
  const event = await createEvent(
    author,
    EventInput.parse({
      title: "Feed group-only event",
      kind: "MEETING",
      startDate: tomorrow,
      startTime: "09:00",
      endDate: tomorrow,
      endTime: "10:00",
      timeZone: "UTC",
      organizerIds: [(await organizationByCode("NOR")).id],
      groupId: group4.id,
      visibility: "GROUP_MEMBERS",
      pillars: ["1"],
    }),
  );
  if (!event.ok) throw new Error(JSON.stringify(event.errors));
  fresh.event = event.id;
  [fresh.unshared] = await recommendationIn("KEN", "FEED/KEN/1", "NOT_SHARED", [], [1]);
  [fresh.named, fresh.namedUnanswered] = await recommendationIn("KEN", "FEED/KEN/2", "NAMED", ["UNODC"], [1, 2]);
  await db.recommendationResponse.create({
    data: { recommendationId: fresh.named, organizationId: (await organizationByCode("UNODC")).id, stage: "OFFERED" },
  });
  const asker = await createUser({ name: "Feed asker", organization: "IDN" });
  fresh.joinRequest = (await db.joinRequest.create({ data: { groupId: group4.id, userId: asker.id } })).id;
  const users = await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } }, select: { id: true, email: true } });
  readers = await Promise.all(users.map(async (u) => ({ email: u.email, actor: await actingAs(u.id) })));
  expect(readers.length).toBe(demoAccounts.length);
});

describe("the home feed shows each reader only what they may read", () => {
  it("new records appear exactly for the readers the policy admits", async () => {
    const recs = await db.recommendation.findMany({
      where: { id: { in: [fresh.unshared, fresh.named, fresh.namedUnanswered] } },
      include: scopeInclude,
    });
    const scope = (id: string) => scopeOf(recs.find((r) => r.id === id)!);
    const unodc = await organizationByCode("UNODC");
    for (const { email, actor } of readers) {
      const { entries } = await newSince(actor, since);
      for (const entry of entries) expect(entry.at, `${email} ${entry.kind}`).toBeInstanceOf(Date);
      // Only the records made here (the demo data dates some records ahead).
      const ours = new Set(Object.values(fresh));
      const got = entries
        .filter((e) => ours.has(e.id))
        .map((e) => `${e.kind}:${e.id}`)
        .sort();
      const memberOf4 = actor.memberships.some((m) => m.groupId === group4.id) && canReadGroupSpace(actor, group4.id);
      const expected = [
        ...(memberOf4 ? [`post:${fresh.post}`] : []),
        ...(canReadEvent(actor, { visibility: "GROUP_MEMBERS", groupId: group4.id }) ? [`event:${fresh.event}`] : []),
        ...[fresh.unshared, fresh.named, fresh.namedUnanswered]
          .filter((id) => canReadRecommendation(actor, scope(id)))
          .map((id) => `recommendation:${id}`),
        ...(canSeeRecommendationResponse(actor, scope(fresh.named), unodc.id) && actor.organizationId !== unodc.id
          ? [`response:${fresh.named}`]
          : []),
      ].sort();
      expect(got, email).toEqual(expected);
    }
  });

  it("matches literal expectations about the demo users", async () => {
    const kindsFor = async (email: string) =>
      (await newSince(readers.find((r) => r.email === email)!.actor, since)).entries.map((e) => `${e.kind}:${e.id}`);
    // Not shared: Kenya (the State), CTED and the secretariat; never an entity.
    expect(await kindsFor("kenya@demo.test")).toContain(`recommendation:${fresh.unshared}`);
    expect(await kindsFor("cted@demo.test")).toContain(`recommendation:${fresh.unshared}`);
    expect(await kindsFor("unodc@demo.test")).not.toContain(`recommendation:${fresh.unshared}`);
    expect(await kindsFor("unwomen@demo.test")).not.toContain(`recommendation:${fresh.named}`);
    expect(await kindsFor("unodc@demo.test")).toContain(`recommendation:${fresh.named}`);
    // UNODC's own response is not news to UNODC; it is to Kenya.
    expect(await kindsFor("unodc@demo.test")).not.toContain(`response:${fresh.named}`);
    expect(await kindsFor("kenya@demo.test")).toContain(`response:${fresh.named}`);
    // The group-only post and event: UNODC chairs group 4; the administrator is in no group.
    expect(await kindsFor("unodc@demo.test")).toEqual(expect.arrayContaining([`post:${fresh.post}`, `event:${fresh.event}`]));
    const admin = await kindsFor("admin@demo.test");
    expect(admin).not.toContain(`post:${fresh.post}`);
  });

  it("lists what waits for each reader", async () => {
    for (const { email, actor } of readers) {
      const { waiting } = await homeFeed(actor);
      const chairs4 = canManageGroup(actor, group4.id);
      expect(
        waiting.joinRequests.some((j) => j.id === fresh.joinRequest),
        email,
      ).toBe(chairs4);
      if (waiting.joinRequests.length)
        expect(
          actor.memberships.some((m) => canManageGroup(actor, m.groupId)),
          email,
        ).toBe(true);
      if (waiting.recommendations) {
        const ids = waiting.recommendations.rows.map((r) => r.id);
        const rows = await db.recommendation.findMany({
          where: { id: { in: ids } },
          include: { ...scopeInclude, responses: { select: { organizationId: true } } },
        });
        for (const r of rows) {
          expect(canRespondToRecommendation(actor, scopeOf(r)), `${email} ${r.id}`).toBe(true);
          expect(
            r.responses.some((x) => x.organizationId === actor.organizationId),
            `${email} ${r.id}`,
          ).toBe(false);
          expect(["OPEN", "ARRANGING_ASSISTANCE", "IN_PROGRESS"]).toContain(r.status);
        }
      }
    }
    const waitingFor = async (email: string) => (await homeFeed(readers.find((r) => r.email === email)!.actor)).waiting;
    const unodc = await waitingFor("unodc@demo.test");
    expect(unodc.joinRequests.map((j) => j.id)).toContain(fresh.joinRequest);
    // Read through JSON (app/read-together.server.ts), the times are dates again, and a waiting row is only its fields.
    const request = await db.joinRequest.findUniqueOrThrow({ where: { id: fresh.joinRequest } });
    expect(unodc.joinRequests.find((j) => j.id === fresh.joinRequest)?.at).toEqual(request.createdAt);
    for (const row of unodc.recommendations?.rows ?? []) expect(Object.keys(row).sort()).toEqual(["id", "number", "priority", "reference"]);
    // The newest, high-priority, unanswered one comes first; the answered one is not waiting.
    expect(unodc.recommendations?.rows.map((r) => r.id)).toContain(fresh.namedUnanswered);
    expect(unodc.recommendations?.rows.map((r) => r.id)).not.toContain(fresh.named);
    expect((await waitingFor("unwomen@demo.test")).recommendations?.rows.map((r) => r.id)).not.toContain(fresh.namedUnanswered);
    expect((await waitingFor("kenya@demo.test")).joinRequests).toEqual([]);
    expect((await waitingFor("kenya@demo.test")).recommendations).toBeNull();
  });

  it("shows the upcoming events the reader answered", async () => {
    const person = await createUser({ name: "Feed attendee", organization: "KEN", groups: [[4, "MEMBER"]] });
    const actor = await actingAs(person.id);
    expect((await homeFeed(actor)).upcoming).toEqual([]);
    await db.eventAttendance.create({ data: { eventId: fresh.event, userId: person.id, response: "GOING" } });
    const { upcoming } = await homeFeed(actor);
    expect(upcoming.map((e) => [e.id, e.response])).toEqual([[fresh.event, "GOING"]]);
    const next = await db.eventOccurrence.findFirstOrThrow({
      where: { eventId: fresh.event, endsAt: { gte: new Date() } },
      orderBy: { startsAt: "asc" },
    });
    expect(upcoming[0].startsAt).toEqual(next.startsAt);
    // Left the group: the group-only event is no longer theirs to read.
    await db.membership.deleteMany({ where: { userId: person.id } });
    expect((await homeFeed(await actingAs(person.id))).upcoming).toEqual([]);
  });
});

describe("since the last visit", () => {
  it("moves the cut-off only when a new visit begins", async () => {
    const person = await createUser({ name: "Feed visitor" });
    expect(await previousVisit(person.id)).toBeNull();
    const first = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { homeSeenAt: true, homePreviousSeenAt: true } });
    expect(first.homeSeenAt).not.toBeNull();
    // Within the same visit: nothing is written, the cut-off stays.
    expect(await previousVisit(person.id)).toBeNull();
    const again = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { homeSeenAt: true } });
    expect(again.homeSeenAt).toEqual(first.homeSeenAt);
    // An hour later, a new visit: the cut-off is when the last one began.
    const hourAgo = new Date(Date.now() - 3_600_000);
    await db.user.update({ where: { id: person.id }, data: { homeSeenAt: hourAgo } });
    expect(await previousVisit(person.id)).toEqual(hourAgo);
    expect(await previousVisit(person.id)).toEqual(hourAgo);
    const moved = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { homeSeenAt: true, homePreviousSeenAt: true } });
    expect(moved.homePreviousSeenAt).toEqual(hourAgo);
    expect(moved.homeSeenAt!.getTime()).toBeGreaterThan(hourAgo.getTime());
  });

  it("the home page answers with the feed, drawn in a page loaded in full (not carried as data too)", async () => {
    const unodc = readers.find((r) => r.email === "unodc@demo.test")!;
    const cookie = await sessionCookie(unodc.actor.id);
    type Drawn = { feed: { entries: unknown[]; waiting: { joinRequests: Array<{ id: string }> } }; hasGroups: boolean; timeZone: string };
    const outcome = await callRoute(home.loader, { url: "/", cookie });
    expect(outcome.status).toBe(200);
    const drawn = drawnData<Drawn>((outcome.data as { feed: unknown }).feed);
    expect(drawn.feed.waiting.joinRequests.map((j) => j.id)).toContain(fresh.joinRequest);
    expect(drawn.timeZone).toBe(unodc.actor.timeZone);
    // Loaded in full: the page's data names the drawing only; the server draws it from what it kept.
    const drawings = new Map<number, unknown>();
    const full = await callRoute(home.loader, { url: "/", cookie, drawings });
    expect((full.data as { feed: unknown }).feed).toEqual({ inDocument: 0 });
    expect(JSON.stringify(full.data)).not.toContain(fresh.joinRequest);
    expect((drawings.get(0) as Drawn).feed.waiting.joinRequests.map((j) => j.id)).toContain(fresh.joinRequest);
  });

  it("draws the feed of a page loaded in full at each request, in the reader's zone, never kept for another", async () => {
    const unodc = readers.find((r) => r.email === "unodc@demo.test")!;
    const cookie = await sessionCookie(unodc.actor.id);
    const outcome = await callRoute(home.loader, { url: "/", cookie });
    const { feed } = drawnData<HomeFeedData>((outcome.data as { feed: unknown }).feed);
    expect(feed.waiting.joinRequests.length).toBeGreaterThan(0);
    let keptDrawings = 0;
    const keeper = (_key: string, draw: () => ReactElement) => {
      keptDrawings += 1;
      return renderToStaticMarkup(draw());
    };
    const inPage = (element: ReactElement) =>
      renderToStaticMarkup(createElement(I18nextProvider, { i18n: pageI18n("en") }, createElement(MemoryRouter, null, element)));
    // As the home page draws it (app/routes/_app._index.tsx): its data kept for the document only, not its markup.
    const document = (timeZone: string) =>
      inPage(
        createElement(
          KeptMarkupContext.Provider,
          { value: keeper },
          createElement(
            DrawingsContext.Provider,
            { value: new Map([[0, { feed, hasGroups: true, timeZone }]]) },
            createElement(KeptDrawing<HomeFeedData>, {
              name: "home-feed",
              kept: false,
              drawing: { inDocument: 0 },
              draw: (data) => createElement(HomeFeed, data),
            }),
          ),
        ),
      );
    const utc = document("UTC");
    expect(utc).toContain('data-testid="waiting"');
    expect(utc).toBe(inPage(createElement("div", null, createElement(HomeFeed, { feed, hasGroups: true, timeZone: "UTC" }))));
    expect(document("Asia/Tokyo")).not.toBe(utc);
    expect(keptDrawings).toBe(0);
  });

  it("gives the home page's groups, mentions and first steps as Prisma reads them", async () => {
    const newcomer = await createUser({ name: "Home newcomer", organization: "KEN" });
    const groups = await db.workingGroup.findMany({ orderBy: { number: "asc" } });
    await db.joinRequest.create({ data: { userId: newcomer.id, groupId: groups[2].id, status: "PENDING" } });
    const asNewcomer = await callRoute(home.loader, { url: "/", cookie: await sessionCookie(newcomer.id) });
    const first = asNewcomer.data as {
      memberships: unknown[];
      firstSteps: {
        profileComplete: boolean;
        calendarSubscribed: boolean;
        hasGroups: boolean;
        groups: Array<{ id: string; requested: boolean }>;
      };
    };
    expect(first.memberships).toEqual([]);
    expect(first.firstSteps).toMatchObject({ profileComplete: false, calendarSubscribed: false, hasGroups: false });
    expect(first.firstSteps.groups.map((g) => g.id)).toEqual(groups.map((g) => g.id));
    expect(first.firstSteps.groups.filter((g) => g.requested).map((g) => g.id)).toEqual([groups[2].id]);

    // A member of two groups, mentioned in a post: the groups in their order, the mention with its time.
    const member = await createUser({
      name: "Home member",
      organization: "KEN",
      groups: [
        [5, "MEMBER"],
        [4, "CHAIR"],
      ],
    });
    const post = await db.post.findUniqueOrThrow({ where: { id: fresh.post } });
    const mention = await db.mention.create({ data: { postId: post.id, userId: member.id } });
    const asMember = await callRoute(home.loader, { url: "/", cookie: await sessionCookie(member.id) });
    const data = asMember.data as {
      memberships: Array<{ role: string; group: { number: number; slug: string } }>;
      mentions: Array<{ createdAt: Date; commentId: string | null; post: { id: string; group: { slug: string } } }>;
    };
    expect(data.memberships.map((m) => [m.group.number, m.role])).toEqual([
      [4, "CHAIR"],
      [5, "MEMBER"],
    ]);
    expect(data.mentions).toEqual([{ createdAt: mention.createdAt, commentId: null, post: expect.objectContaining({ id: post.id }) }]);
    expect(data.mentions[0].post.group.slug).toBe(groups.find((g) => g.number === 4)!.slug);
  });
});
