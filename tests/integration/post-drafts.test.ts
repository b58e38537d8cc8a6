// Draft posts: a draft is its author's alone until they publish it. Nobody else (another member, the chair, the
// secretariat, an admin) finds it in the group's post list, its page (404), search or the home feed; nobody is
// told of it (its mentions included) until it is published, and then once; nobody comments on it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import type { ActingUser } from "~/auth/guards.server";
import { homeFeed, newSince } from "~/domain/account/feed.server";
import { listPosts, recentMentions } from "~/domain/groups/posts.server";
import { searchKind } from "~/domain/search/search.server";
import * as newPost from "~/routes/_app.groups.$slug.posts.new";
import * as postPage from "~/routes/_app.groups.$slug.posts.$postId";
import * as editPost from "~/routes/_app.groups.$slug.posts.$postId_.edit";
import * as home from "~/routes/_app._index";
import { actingAs, callRoute, createUser, seedReference, sessionCookie } from "../support/fixtures";

type Who = "author" | "member" | "chair" | "secretariat" | "admin";
const WHO: Who[] = ["author", "member", "chair", "secretariat", "admin"];
const OTHERS: Who[] = ["member", "chair", "secretariat", "admin"];
const ids = {} as Record<Who, string>;
const cookies = {} as Record<Who, string>;
const actors = {} as Record<Who, ActingUser>;
const SLUG = "criminal-justice-cft";
const ALL = { limit: 1000, offset: 0 };
const longAgo = new Date(Date.now() - 86_400_000);
let groupId: string;

const postUrl = (id: string) => `/groups/${SLUG}/posts/${id}`;
const params = (postId: string) => ({ slug: SLUG, postId });
/** A form posted to a post's page as `who`. */
const onPostPage = (who: keyof typeof cookies, postId: string, form: Record<string, string>) =>
  callRoute(postPage.action, { url: postUrl(postId), cookie: cookies[who], params: params(postId), form });
const notificationsOf = (subjectId: string) =>
  db.notification.findMany({ where: { subjectId }, select: { recipientId: true, kind: true } });

async function saveDraft(title: string, body: string, mentions: string[] = []) {
  const outcome = await callRoute(newPost.action, {
    url: `/groups/${SLUG}/posts/new`,
    cookie: cookies.author,
    params: { slug: SLUG },
    form: { intent: "draft", title, body, mentions },
  });
  expect(outcome.status).toBe(302);
  const id = outcome.location?.split("/").pop() ?? "";
  expect(outcome.location).toBe(postUrl(id));
  return id;
}

/** Whether each reader finds the post: in the group's list, on its page, in search and (for others) in the feed. */
async function whoFinds(postId: string, word: string) {
  const seen: Record<string, Record<Who, boolean>> = { list: {}, page: {}, search: {}, feed: {} } as never;
  for (const who of WHO) {
    const list = await listPosts(actors[who], groupId);
    seen.list[who] = list.posts.some((p) => p.id === postId);
    const page = await callRoute(postPage.loader, { url: postUrl(postId), cookie: cookies[who], params: params(postId) });
    expect([200, 404]).toContain(page.status);
    seen.page[who] = page.status === 200;
    seen.search[who] = (await searchKind(actors[who], "posts", word, ALL))!.hits.some((h) => h.id === postId);
    seen.feed[who] = (await newSince(actors[who], longAgo)).entries.some((e) => e.id === postId);
  }
  return seen;
}

beforeAll(async () => {
  await seedReference();
  groupId = (await db.workingGroup.findUniqueOrThrow({ where: { number: 4 } })).id;
  ids.author = (await createUser({ name: "Draft Author", organization: "IDN", groups: [[4, "MEMBER"]] })).id;
  ids.member = (await createUser({ name: "Other Member", organization: "KEN", groups: [[4, "MEMBER"]] })).id;
  ids.chair = (await createUser({ name: "Group Chair", organization: "UNODC", groups: [[4, "CHAIR"]] })).id;
  ids.secretariat = (await createUser({ name: "Secretariat Staff", role: "SECRETARIAT", organization: "UNOCT" })).id;
  ids.admin = (await createUser({ name: "Platform Admin", role: "ADMIN", organization: "UNOCT", groups: [[4, "MEMBER"]] })).id;
  for (const who of WHO) {
    cookies[who] = await sessionCookie(ids[who]);
    actors[who] = await actingAs(ids[who]);
  }
});

describe("a draft", () => {
  it("is found by its author and by nobody else, until it is published; then by every reader of the group", async () => {
    const draftId = await saveDraft("Zanzibarian outline", "Zanzibarian text, not ready");
    const before = await whoFinds(draftId, "Zanzibarian");
    for (const where of ["list", "page", "search"]) {
      expect(before[where]!.author, where).toBe(true);
      for (const who of OTHERS) expect(before[where]![who], `${where}: ${who}`).toBe(false);
    }
    // The feed shows a reader others' news; a draft is nobody's.
    for (const who of WHO) expect(before.feed![who], `feed: ${who}`).toBe(false);
    // The author's own list marks it a draft (published_at null); the home page lists it under "Your drafts".
    const mine = (await listPosts(actors.author, groupId)).posts.find((p) => p.id === draftId);
    expect(mine?.publishedAt).toBeNull();
    expect((await homeFeed(actors.author)).waiting.drafts.map((d) => d.id)).toContain(draftId);
    for (const who of OTHERS) expect((await homeFeed(actors[who])).waiting.drafts, who).toEqual([]);
    const homePage = await callRoute(home.loader, { url: "/", cookie: cookies.author });
    expect(JSON.stringify(homePage.data)).toContain("Zanzibarian outline");
    for (const who of OTHERS) {
      const page = await callRoute(home.loader, { url: "/", cookie: cookies[who] });
      expect(JSON.stringify(page.data), who).not.toContain("Zanzibarian");
    }

    const published = await onPostPage("author", draftId, { intent: "publish" });
    expect(published.status).toBe(302);
    expect(published.location).toBe(postUrl(draftId));
    const after = await whoFinds(draftId, "Zanzibarian");
    for (const where of ["list", "page", "search"]) for (const who of WHO) expect(after[where]![who], `${where}: ${who}`).toBe(true);
    // The feed lists the reader's own groups' posts: the other members' (the secretariat is not one).
    for (const who of OTHERS) expect(after.feed![who], `feed: ${who}`).toBe(who !== "secretariat");
    expect((await homeFeed(actors.author)).waiting.drafts.map((d) => d.id)).not.toContain(draftId);
  });

  it("tells nobody of its mentions until it is published, then each person once", async () => {
    const draftId = await saveDraft("Mention in a draft", "For your eyes later", [ids.member]);
    expect(await notificationsOf(draftId)).toEqual([]);
    expect((await recentMentions(actors.member)).map((m) => m.post.id)).not.toContain(draftId);
    // Editing the draft (still a draft) tells nobody either.
    const version = String((await db.post.findUniqueOrThrow({ where: { id: draftId } })).version);
    const kept = await callRoute(editPost.action, {
      url: `${postUrl(draftId)}/edit`,
      cookie: cookies.author,
      params: params(draftId),
      form: { intent: "draft", title: "Mention in a draft", body: "Still for later", mentions: [ids.member, ids.chair], version },
    });
    expect(kept.status).toBe(302);
    expect(await notificationsOf(draftId)).toEqual([]);
    expect((await db.post.findUniqueOrThrow({ where: { id: draftId } })).publishedAt).toBeNull();
    // No audit entry while it is a draft (the audit trail's readers may not read it).
    expect(await db.auditEvent.count({ where: { subjectId: draftId } })).toBe(0);

    for (let press = 0; press < 2; press++) {
      const published = await onPostPage("author", draftId, { intent: "publish" });
      expect(published.status).toBe(302);
    }
    const told = await notificationsOf(draftId);
    expect(told.filter((n) => n.recipientId === ids.member)).toEqual([{ recipientId: ids.member, kind: "MENTION" }]);
    expect(told.filter((n) => n.recipientId === ids.chair)).toEqual([{ recipientId: ids.chair, kind: "MENTION" }]);
    expect(told.filter((n) => n.recipientId === ids.author)).toEqual([]);
    // The other members hear of the group's activity, once.
    expect(told.filter((n) => n.recipientId === ids.admin)).toEqual([{ recipientId: ids.admin, kind: "GROUP_ACTIVITY" }]);
    expect(await db.auditEvent.count({ where: { subjectId: draftId, action: "post.created" } })).toBe(1);
    const row = await db.post.findUniqueOrThrow({ where: { id: draftId } });
    expect(row.publishedAt).not.toBeNull();
    expect(row.lastActivityAt.getTime()).toBeGreaterThanOrEqual(row.publishedAt!.getTime());
    expect((await recentMentions(actors.member)).map((m) => m.post.id)).toContain(draftId);
  });

  it("takes no comments: 404 for everyone else, refused for its author", async () => {
    const draftId = await saveDraft("No comments yet", "Text");
    for (const who of OTHERS) {
      const outcome = await onPostPage(who, draftId, { intent: "comment", body: "A comment" });
      expect(outcome.status, who).toBe(404);
    }
    const own = await onPostPage("author", draftId, { intent: "comment", body: "A comment" });
    expect(own.status).toBe(403);
    expect(await db.comment.count({ where: { postId: draftId } })).toBe(0);
  });

  it("needs a title only, and its text before it is published", async () => {
    const noTitle = await callRoute(newPost.action, {
      url: `/groups/${SLUG}/posts/new`,
      cookie: cookies.author,
      params: { slug: SLUG },
      form: { intent: "draft", title: " ", body: "" },
    });
    expect(noTitle.status).toBe(400);
    expect((noTitle.data as { errors: Record<string, string> }).errors.title).toBe("errors.requiredField");
    const publishEmpty = await callRoute(newPost.action, {
      url: `/groups/${SLUG}/posts/new`,
      cookie: cookies.author,
      params: { slug: SLUG },
      form: { intent: "publish", title: "Empty", body: "" },
    });
    expect(publishEmpty.status).toBe(400);
    expect((publishEmpty.data as { errors: Record<string, string> }).errors.body).toBe("errors.requiredField");

    const draftId = await saveDraft("Title first", "");
    const refused = await onPostPage("author", draftId, { intent: "publish" });
    expect(refused.status).toBe(302);
    expect((await db.post.findUniqueOrThrow({ where: { id: draftId } })).publishedAt).toBeNull();
    // Publishing from the edit form with the text written.
    const version = String((await db.post.findUniqueOrThrow({ where: { id: draftId } })).version);
    const edit = (form: Record<string, string>) =>
      callRoute(editPost.action, { url: `${postUrl(draftId)}/edit`, cookie: cookies.author, params: params(draftId), form });
    expect((await edit({ intent: "publish", title: "Title first", body: "", version })).status).toBe(400);
    const published = await edit({ intent: "publish", title: "Title first", body: "Now with text", version });
    expect(published.status).toBe(302);
    expect((await db.post.findUniqueOrThrow({ where: { id: draftId } })).publishedAt).not.toBeNull();
    expect((await notificationsOf(draftId)).filter((n) => n.recipientId === ids.member)).toHaveLength(1);
    // A published post does not go back to being a draft.
    const back = await edit({ intent: "draft", title: "Title first", body: "Now with text", version: String(Number(version) + 1) });
    expect(back.status).toBe(409);
  });

  it("is deleted by its author after confirming, and by nobody else", async () => {
    const draftId = await saveDraft("To throw away", "Never mind");
    for (const who of OTHERS) {
      const outcome = await onPostPage(who, draftId, { intent: "delete", confirmed: "yes" });
      expect(outcome.status, who).toBe(404);
    }
    const asked = await onPostPage("author", draftId, { intent: "delete" });
    expect((asked.data as { confirm?: string }).confirm).toBe("delete");
    expect(await db.post.count({ where: { id: draftId } })).toBe(1);
    const deleted = await onPostPage("author", draftId, { intent: "delete", confirmed: "yes" });
    expect(deleted.status).toBe(302);
    expect(deleted.location).toBe(`/groups/${SLUG}`);
    // Nobody else ever saw it: it leaves no trace for the chair either.
    expect(await db.post.count({ where: { id: draftId } })).toBe(0);
  });
});
