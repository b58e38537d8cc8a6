// Mentions typed inline (app/domain/groups/mention-token.ts, mentions.server.ts): the autocomplete's resource
// route answers the group's members only, with at most ten active members and never an outsider; the server keeps
// `@[Name](id)` of active members only, completes `@[Full name]` written without JavaScript, and shows kept
// mentions as links to the directory.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { addComment, createPost, getPost, updatePost } from "~/domain/groups/posts.server";
import { mentionQueryAt, mentionToken, mentionTokens } from "~/domain/groups/mention-token";
import * as mentions from "~/routes/_app.groups.$slug.mentions";
import * as postPage from "~/routes/_app.groups.$slug.posts.$postId";
import { walkAuthorizationTable } from "../support/authorization";
import { actingAs, callRoute, createUser, seedReference, sessionCookie } from "../support/fixtures";

type Visitor = "anonymous" | "outsider" | "secretariat" | "member" | "chair";
// Every visitor named before the table is walked (their cookies are filled in by beforeAll).
const cookies: Record<Visitor, string | undefined> = {
  anonymous: undefined,
  outsider: undefined,
  secretariat: undefined,
  member: undefined,
  chair: undefined,
};
const ids = {} as Record<"chair" | "member" | "outsider" | "secretariat" | "suspended" | "namesake1" | "namesake2", string>;
let groupId: string;
const slug = "criminal-justice-cft";

beforeAll(async () => {
  await seedReference();
  groupId = (await db.workingGroup.findUniqueOrThrow({ where: { number: 4 } })).id;
  ids.chair = (await createUser({ name: "Chiamaka Chair", organization: "UNODC", groups: [[4, "CHAIR"]] })).id;
  ids.member = (await createUser({ name: "Mira Member", organization: "IDN", groups: [[4, "MEMBER"]] })).id;
  ids.outsider = (await createUser({ name: "Mira Outsider", organization: "NOR", groups: [[7, "MEMBER"]] })).id;
  ids.secretariat = (await createUser({ name: "Sam Secretariat", role: "SECRETARIAT", organization: "UNOCT" })).id;
  ids.suspended = (await createUser({ name: "Mira Suspended", status: "SUSPENDED", organization: "IDN", groups: [[4, "MEMBER"]] })).id;
  ids.namesake1 = (await createUser({ name: "Twin Name", organization: "KEN", groups: [[4, "MEMBER"]] })).id;
  ids.namesake2 = (await createUser({ name: "Twin Name", organization: "NOR", groups: [[4, "MEMBER"]] })).id;
  for (let i = 0; i < 12; i++)
    await createUser({ name: `Many Mira ${String(i).padStart(2, "0")}`, organization: "KEN", groups: [[4, "MEMBER"]] });
  cookies.anonymous = undefined;
  for (const who of ["chair", "member", "outsider", "secretariat"] as const) cookies[who] = await sessionCookie(ids[who]);
});

walkAuthorizationTable<Visitor>("who may ask whom to mention", cookies, [
  {
    name: "mention candidates",
    fn: () => mentions.loader,
    url: `/groups/${slug}/mentions?q=mira`,
    params: () => ({ slug }),
    // The secretariat reads the space but does not post there: it has no one to mention.
    expect: { anonymous: 302, outsider: 404, secretariat: 404, member: 200, chair: 200 },
  },
  {
    name: "mention candidates of an unknown group",
    fn: () => mentions.loader,
    url: "/groups/nope/mentions?q=mira",
    params: () => ({ slug: "nope" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 404, member: 404, chair: 404 },
  },
]);

type Answer = { people: Array<{ id: string; name: string }> };
const ask = async (q: string, cookie = cookies.chair) => {
  const outcome = await callRoute(mentions.loader, {
    url: `/groups/${slug}/mentions?q=${encodeURIComponent(q)}`,
    cookie,
    params: { slug },
  });
  expect(outcome.status).toBe(200);
  return JSON.parse(outcome.data as string) as Answer;
};

describe("the candidates", () => {
  it("are active members of the group, at most ten, without the asker", async () => {
    const found = await ask("MIRA");
    expect(found.people).toHaveLength(10);
    const names = found.people.map((p) => p.name);
    expect(names).not.toContain("Mira Outsider");
    expect(names).not.toContain("Mira Suspended");
    expect((await ask("mira m")).people.map((p) => p.id)).toEqual([ids.member]);
    expect((await ask("mira o")).people).toEqual([]);
    expect((await ask("mira s")).people).toEqual([]);
    expect((await ask("mira member", cookies.member)).people).toEqual([]);
    expect((await ask("chiamaka", cookies.member)).people.map((p) => p.id)).toEqual([ids.chair]);
  });
});

describe("mentions written in the text", () => {
  it("keeps tokens of active members, completes full names, and shows kept ones as directory links", async () => {
    const member = await actingAs(ids.member);
    const body = [
      `Hello ${mentionToken({ id: ids.chair, name: "Chiamaka Chair" })},`,
      `${mentionToken({ id: ids.outsider, name: "Mira Outsider" })} and ${mentionToken({ id: ids.suspended, name: "Mira Suspended" })}`,
      "and @[many mira 03] and @[Twin Name] and @[Nobody Here].",
    ].join(" ");
    const postId = await createPost(member, groupId, { title: "Inline mentions", body, mentions: [], attachments: [] });
    const kept = await db.mention.findMany({ where: { postId }, select: { userId: true } });
    const many03 = await db.user.findFirstOrThrow({ where: { name: "Many Mira 03" } });
    expect(kept.map((m) => m.userId).sort()).toEqual([ids.chair, many03.id].sort());
    const stored = (await db.post.findUniqueOrThrow({ where: { id: postId } })).body;
    // The full name is completed with the id (in the name as stored); ambiguous and unknown names stay as written.
    expect(stored).toContain(mentionToken(many03));
    expect(stored).toContain("@[Twin Name] and @[Nobody Here]");
    const post = await getPost(member, groupId, postId);
    expect(post.html).toContain(`href="/directory/${ids.chair}"`);
    expect(post.html).toContain("@Chiamaka Chair</a>");
    expect(post.html).toContain(`href="/directory/${many03.id}"`);
    expect(post.html).not.toContain(`/directory/${ids.outsider}`);
    expect(post.html).not.toContain(`/directory/${ids.suspended}`);
    expect(post.html).toContain("@Mira Outsider");
    expect(post.html).not.toContain(ids.outsider);

    // Editing recomputes the mentions from the text.
    const updated = await updatePost(member, groupId, postId, {
      title: "Inline mentions",
      body: "Only @[chiamaka chair] now",
      version: 1,
      mentions: [],
      attachments: [],
    });
    expect(updated.ok).toBe(true);
    expect((await db.mention.findMany({ where: { postId, commentId: null } })).map((m) => m.userId)).toEqual([ids.chair]);
  });

  it("works in a comment sent without JavaScript", async () => {
    const chair = await actingAs(ids.chair);
    const postId = await createPost(chair, groupId, { title: "Comment mentions", body: "Hi", mentions: [], attachments: [] });
    const outcome = await callRoute(postPage.action, {
      url: `/groups/${slug}/posts/${postId}`,
      cookie: cookies.chair,
      params: { slug, postId },
      form: { intent: "comment", body: "Agreed, @[Mira Member]. Not @[Mira Outsider]." },
    });
    expect(outcome.status).toBe(302);
    const comment = await db.comment.findFirstOrThrow({ where: { postId }, include: { mentions: true } });
    expect(comment.mentions.map((m) => m.userId)).toEqual([ids.member]);
    expect(comment.body).toBe(`Agreed, ${mentionToken({ id: ids.member, name: "Mira Member" })}. Not @[Mira Outsider].`);
    const post = await getPost(chair, groupId, postId);
    expect(post.comments[0].html).toContain(`href="/directory/${ids.member}"`);
  });

  it("adds a comment's mention through the domain as the route does", async () => {
    const member = await actingAs(ids.member);
    const postId = await createPost(member, groupId, { title: "Domain comment", body: "Hi", mentions: [], attachments: [] });
    await addComment(member, groupId, postId, { body: `cc ${mentionToken({ id: ids.chair, name: "whoever" })}`, mentions: [] });
    const post = await getPost(member, groupId, postId);
    // The link carries the person's current name, not the one written in the token.
    expect(post.comments[0].html).toContain("@Chiamaka Chair</a>");
  });
});

describe("the token helpers", () => {
  it("read tokens and the query being typed", () => {
    const id = "0b6f1c8e-2a57-4c1e-9a49-6d1b3f2c7e10";
    expect(mentionTokens(`a @[Ann Lee](${id}) b @[Bo]`).map((t) => [t.name, t.id])).toEqual([
      ["Ann Lee", id],
      ["Bo", null],
    ]);
    expect(mentionTokens("mail me at a@[b]")).toHaveLength(1);
    expect(mentionTokens("@[x](not-a-uuid)")[0].id).toBeNull();
    expect(mentionQueryAt("Hello @Da", 9)).toEqual({ query: "Da", start: 6 });
    expect(mentionQueryAt("Hello @", 7)).toEqual({ query: "", start: 6 });
    expect(mentionQueryAt("mail a@b", 8)).toBeNull();
    expect(mentionQueryAt("Hello @Dan Ok", 13)).toEqual({ query: "Dan Ok", start: 6 });
    expect(mentionToken({ id, name: "A [B]" })).toBe(`@[A  B](${id})`);
  });
});
