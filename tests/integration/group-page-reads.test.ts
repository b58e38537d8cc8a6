// A group's page reads what its layout and the page under it both need once (the session, the group's summary:
// app/once-per-request.server.ts; the pages of its space take the group as the layout read it), and its overview
// reads its posts, their number and the group's files in one statement.
process.env.DB_COUNT_QUERIES = "1";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { requireGroupSpace } from "~/domain/groups/spaces.server";
import * as layout from "~/routes/_app.groups.$slug";
import * as overview from "~/routes/_app.groups.$slug._index";
import * as members from "~/routes/_app.groups.$slug.members";
import * as files from "~/routes/_app.groups.$slug.files";
import * as plan from "~/routes/_app.groups.$slug.plan._index";
import * as postPage from "~/routes/_app.groups.$slug.posts.$postId";
import * as newPost from "~/routes/_app.groups.$slug.posts.new";
import { actingAs, callRoute, createUser, seedReference, sessionCookie, testContext, statementsOf } from "../support/fixtures";

let cookie: string;
let memberId: string;
let authorId: string;
let groupId: string;
let slug: string;

beforeAll(async () => {
  await seedReference();
  const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 3 }, select: { id: true, slug: true } });
  [groupId, slug] = [group.id, group.slug];
  const member = await createUser({ name: "Reading member", organization: "KEN", groups: [[3, "MEMBER"]] });
  authorId = (await createUser({ name: "Writing member", organization: "NOR", groups: [[3, "MEMBER"]] })).id;
  cookie = await sessionCookie(member.id);
  memberId = member.id;
});

type Space = { posts: { total: number; page: number; posts: Array<{ id: string }> } } | null;

// The group's look-up by its address (requireGroupSpace given a slug or an id), among the statements' texts.
const lookupByAddress = /FROM "public"\."working_group" AS "t0" WHERE \("t0"\."(slug|id)" = /;
const lookUps = (texts: string[]) => texts.filter((text) => lookupByAddress.test(text)).length;

type Route = { loader: Parameters<typeof callRoute>[0] };

const read = (route: Route, url: string, context = { ...testContext }, params: Record<string, string> = {}) =>
  callRoute(route.loader, { url, cookie, params: { slug, ...params }, context });

async function overviewPosts(query = "") {
  const outcome = await read(overview, `/groups/${slug}${query}`);
  expect(outcome.status).toBe(200);
  return (outcome.data as { space: Space }).space!.posts;
}

async function addPosts(count: number, publishedAt: Date | null = new Date()) {
  const at = Date.now();
  await db.post.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      groupId,
      authorId,
      title: `Counted post ${at}-${i}`,
      body: "Text",
      publishedAt,
      lastActivityAt: new Date(at - i * 1000),
    })),
  });
}

describe("a group's page", () => {
  it("reads the session and the group's summary once for its layout and each page under it", async () => {
    const post = await db.post.create({
      data: { groupId, authorId, title: "A post to open", body: "Text", publishedAt: new Date(), lastActivityAt: new Date() },
    });
    // The pattern finds the look-up (it would count nothing if Prisma wrote it otherwise).
    const reader = await actingAs(memberId);
    expect(lookUps((await statementsOf(() => requireGroupSpace(reader, slug))).texts)).toBe(1);
    const pages: Array<[string, Route, string, Record<string, string>?]> = [
      ["overview", overview, ""],
      ["members", members, "/members"],
      ["files", files, "/files"],
      ["plan", plan, "/plan"],
      ["a post", postPage, `/posts/${post.id}`, { postId: post.id }],
      ["a new post", newPost, "/posts/new"],
    ];
    for (const [name, page, path, params] of pages) {
      const url = `/groups/${slug}${path}`;
      await read(layout, url);
      await read(page, url, undefined, params);
      const apart =
        (await statementsOf(() => read(layout, url))).statements +
        (await statementsOf(() => read(page, url, undefined, params))).statements;
      const context = { ...testContext };
      const together = await statementsOf(() => Promise.all([read(layout, url, context), read(page, url, context, params)]));
      expect(
        together.value.map((outcome) => outcome.status),
        name,
      ).toEqual([200, 200]);
      // Apart, each reads the session and the group; together, once each, and the page does not look the group up again.
      expect(together.statements, name).toBe(apart - 2);
      expect(lookUps(together.texts), name).toBe(0);
    }
  });

  it("answers 404 to a reader outside the space on every page under the layout, as before", async () => {
    const outsider = await sessionCookie((await createUser({ name: "Outside page reader", organization: "UNODC" })).id);
    for (const [page, path] of [
      [members, "/members"],
      [files, "/files"],
      [plan, "/plan"],
      [newPost, "/posts/new"],
    ] as const) {
      const outcome = await callRoute(page.loader, { url: `/groups/${slug}${path}`, cookie: outsider, params: { slug } });
      expect(outcome.status, path).toBe(404);
    }
  });

  it("gives both loaders the same group, and a reader outside the space the summary but not the space", async () => {
    const context = { ...testContext };
    const [summary, page] = await Promise.all([read(layout, `/groups/${slug}`, context), read(overview, `/groups/${slug}`, context)]);
    expect((summary.data as { group: { id: string } }).group.id).toBe(groupId);
    expect((page.data as { space: Space }).space).not.toBeNull();
    const outsider = await sessionCookie((await createUser({ name: "Outside reader", organization: "UNODC" })).id);
    const outside = await callRoute(overview.loader, { url: `/groups/${slug}`, cookie: outsider, params: { slug } });
    expect(outside.status).toBe(200);
    expect((outside.data as { space: Space }).space).toBeNull();
    const missing = await callRoute(overview.loader, { url: "/groups/no-such-group", cookie, params: { slug: "no-such-group" } });
    expect(missing.status).toBe(404);
  });

  it("reads the posts, their number and the latest files in one statement, the events in another", async () => {
    await addPosts(2);
    const context = { ...testContext };
    await read(layout, `/groups/${slug}`, context);
    const page = await statementsOf(() => read(overview, `/groups/${slug}`, context));
    const space = (page.value.data as { space: Space & { files: unknown[]; events: unknown[] } }).space!;
    expect(space.posts.total).toBeGreaterThanOrEqual(2);
    // The session and the group come from the layout's reading; the upcoming events are read apart (a second
    // statement looks further ahead when the next 31 days hold too few).
    expect(page.texts.filter((text) => /FROM post p/.test(text) && /FROM resource r/.test(text))).toHaveLength(1);
    const events = page.texts.filter((text) => /FROM event_occurrence o/.test(text)).length;
    expect(events).toBeGreaterThanOrEqual(1);
    expect(page.statements).toBe(1 + events);
  });

  it("gives the number of posts whether the first page is short, full or followed by another", async () => {
    const start = await db.post.count({ where: { groupId, deletedAt: null, publishedAt: { not: null } } });
    expect(start).toBeLessThan(20);
    await addPosts(3);
    await addPosts(2, null); // drafts of another member: not theirs to read, not counted
    expect((await overviewPosts()).total).toBe(start + 3);
    await addPosts(20 - start - 3);
    const full = await overviewPosts();
    expect([full.total, full.posts.length]).toEqual([20, 20]);
    await addPosts(1);
    const first = await overviewPosts();
    expect([first.total, first.posts.length]).toEqual([21, 20]);
    const second = await overviewPosts("?page=2");
    expect([second.total, second.page, second.posts.length]).toEqual([21, 2, 1]);
    expect(new Set([...first.posts, ...second.posts].map((p) => p.id)).size).toBe(21);
  });

  it("shows a deleted post's trace to the secretariat only, and a draft to its author only", async () => {
    const later = new Date(Date.now() + 3_600_000);
    const deleted = await db.post.create({
      data: {
        groupId,
        authorId,
        title: "Deleted, seen on the overview",
        body: "",
        publishedAt: new Date(),
        lastActivityAt: later,
        deletedAt: new Date(),
        deletedById: authorId,
      },
    });
    const draft = await db.post.create({
      data: { groupId, authorId, title: "Draft, seen on the overview", body: "Text", publishedAt: null, lastActivityAt: later },
    });
    const shownTo = async (reader: string) => {
      const outcome = await callRoute(overview.loader, { url: `/groups/${slug}`, cookie: reader, params: { slug } });
      return (outcome.data as { space: Space }).space!.posts.posts.map((p) => p.id);
    };
    const secretariat = await sessionCookie(
      (await createUser({ role: "SECRETARIAT", organization: "UNOCT", name: "Overview secretariat" })).id,
    );
    const author = await sessionCookie(authorId);
    expect(await shownTo(cookie)).not.toContain(deleted.id);
    expect(await shownTo(cookie)).not.toContain(draft.id);
    expect(await shownTo(secretariat)).toContain(deleted.id);
    expect(await shownTo(secretariat)).not.toContain(draft.id);
    expect(await shownTo(author)).toContain(draft.id);
    expect(await shownTo(author)).not.toContain(deleted.id);
  });
});
