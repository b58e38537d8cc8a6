// A group's page reads what its layout and the page under it both need once (the session, the group's summary:
// app/once-per-request.server.ts), and its overview counts the posts only when the first page is full.
process.env.DB_COUNT_QUERIES = "1";
import { beforeAll, describe, expect, it } from "vitest";
import { db, queryCount } from "~/db.server";
import * as layout from "~/routes/_app.groups.$slug";
import * as overview from "~/routes/_app.groups.$slug._index";
import { callRoute, createUser, seedReference, sessionCookie, testContext } from "../support/fixtures";

let cookie: string;
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
});

type Space = { posts: { total: number; page: number; posts: Array<{ id: string }> } } | null;

const read = (route: typeof layout | typeof overview, url: string, context = { ...testContext }) =>
  callRoute(route.loader, { url, cookie, params: { slug }, context });

async function statementsOf(work: () => Promise<unknown>) {
  const before = queryCount();
  await work();
  return queryCount() - before;
}

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
  it("reads the session and the group's summary once for its layout and the page under it", async () => {
    await read(layout, `/groups/${slug}`);
    await read(overview, `/groups/${slug}`);
    const apart =
      (await statementsOf(() => read(layout, `/groups/${slug}`))) + (await statementsOf(() => read(overview, `/groups/${slug}`)));
    const context = { ...testContext };
    const together = await statementsOf(() =>
      Promise.all([read(layout, `/groups/${slug}`, context), read(overview, `/groups/${slug}`, context)]),
    );
    // Apart, each reads the session and the summary; together, once each.
    expect(together).toBe(apart - 2);
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
});
