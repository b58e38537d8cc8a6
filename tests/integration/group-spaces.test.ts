// Working-group spaces: who sees what (every route), membership rules, posts, the work plan.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { writeEventDerivedData } from "~/domain/calendar/occurrences.server";
import { changeMembership, leaveGroup, requestToJoin } from "~/domain/groups/members.server";
import { groupSummary } from "~/domain/groups/spaces.server";
import { addComment, createPost, deletePost, getPost, listPosts, updatePost } from "~/domain/groups/posts.server";
import { endorsePlanItem, listPlan, movePlanItem, proposePlanItem, updatePlanItem } from "~/domain/groups/plan.server";
import * as groupLayout from "~/routes/_app.groups.$slug";
import * as groupOverview from "~/routes/_app.groups.$slug._index";
import * as groupsIndex from "~/routes/_app.groups._index";
import * as members from "~/routes/_app.groups.$slug.members";
import * as newPost from "~/routes/_app.groups.$slug.posts.new";
import * as postPage from "~/routes/_app.groups.$slug.posts.$postId";
import * as editPost from "~/routes/_app.groups.$slug.posts.$postId_.edit";
import * as plan from "~/routes/_app.groups.$slug.plan._index";
import * as planNew from "~/routes/_app.groups.$slug.plan.new";
import * as planItem from "~/routes/_app.groups.$slug.plan.$itemId";
import * as planCsv from "~/routes/_app.groups.$slug.plan[.]csv";
import * as files from "~/routes/_app.groups.$slug.files";
import { actingAs, callRoute, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";
import { parse } from "csv-parse/sync";
import { groupDescription, localName } from "~/names";

type Visitor = "anonymous" | "outsider" | "secretariat" | "member" | "chair";
const cookies = {} as Record<Visitor, string | undefined>;
const ids = {} as Record<"chair" | "member" | "outsider" | "secretariat" | "member2" | "addable", string>;
let groupId: string;
let postId: string;
/** The member's drafts: one with text, one without (publishing it is refused, so the table changes nothing). */
let draftId: string;
let emptyDraftId: string;
let itemId: string;
let chairsItemId: string;

beforeAll(async () => {
  await seedReference();
  groupId = (await db.workingGroup.findUniqueOrThrow({ where: { number: 4 } })).id;
  ids.chair = (await createUser({ name: "Chair Person", organization: "UNODC", groups: [[4, "CHAIR"]] })).id;
  ids.member = (await createUser({ name: "Member Person", organization: "IDN", groups: [[4, "MEMBER"]] })).id;
  ids.member2 = (await createUser({ name: "Second Indonesian", organization: "IDN", groups: [[4, "MEMBER"]] })).id;
  ids.outsider = (await createUser({ name: "Outsider Person", organization: "NOR", groups: [[7, "MEMBER"]] })).id;
  ids.secretariat = (await createUser({ name: "Secretariat Person", role: "SECRETARIAT", organization: "UNOCT" })).id;
  ids.addable = (await createUser({ name: "Addable Person", organization: "GHA" })).id;
  cookies.anonymous = undefined;
  for (const who of ["chair", "member", "outsider", "secretariat"] as const) cookies[who] = await sessionCookie(ids[who]);
  postId = await createPost(await actingAs(ids.member), groupId, {
    title: "Hello group",
    body: "First post",
    mentions: [ids.chair],
    attachments: [],
  });
  const draft = { title: "Member's draft", body: "Not yet", mentions: [], attachments: [] };
  draftId = await createPost(await actingAs(ids.member), groupId, draft, { draft: true });
  emptyDraftId = await createPost(await actingAs(ids.member), groupId, { ...draft, body: "" }, { draft: true });
  const proposed = await proposePlanItem(await actingAs(ids.member), groupId, {
    title: "Item one",
    description: null,
    leadOrganizationId: (await organizationByCode("UNODC")).id,
    partnerOrganizationIds: [],
    pillar: 2,
    deliverable: null,
    dueDate: null,
  });
  if (!proposed.ok) throw new Error("could not propose");
  itemId = proposed.id;
  const chairs = await proposePlanItem(await actingAs(ids.chair), groupId, {
    title: "Chair's item",
    description: null,
    leadOrganizationId: (await organizationByCode("UNODC")).id,
    partnerOrganizationIds: [],
    pillar: 2,
    deliverable: null,
    dueDate: null,
  });
  if (!chairs.ok) throw new Error("could not propose");
  chairsItemId = chairs.id;
});

type Case = {
  name: string;
  fn: () => Parameters<typeof callRoute>[0];
  url: string;
  params: () => Record<string, string>;
  form?: () => Record<string, string>;
  expect: Record<Visitor, number>;
};
const slug = () => ({ slug: "criminal-justice-cft" });
const reads = { anonymous: 302, outsider: 404, secretariat: 200, member: 200, chair: 200 };

const cases: Case[] = [
  {
    name: "groups list",
    fn: () => groupsIndex.loader,
    url: "/groups",
    params: () => ({}),
    expect: { anonymous: 302, outsider: 200, secretariat: 200, member: 200, chair: 200 },
  },
  {
    name: "group page (public summary)",
    fn: () => groupLayout.loader,
    url: "/groups/x",
    params: slug,
    expect: { anonymous: 302, outsider: 200, secretariat: 200, member: 200, chair: 200 },
  },
  {
    name: "group overview",
    fn: () => groupOverview.loader,
    url: "/groups/x",
    params: slug,
    expect: { anonymous: 302, outsider: 200, secretariat: 200, member: 200, chair: 200 },
  },
  { name: "members", fn: () => members.loader, url: "/groups/x/members", params: slug, expect: reads },
  {
    name: "add member",
    fn: () => members.action,
    url: "/groups/x/members",
    params: slug,
    form: () => ({ intent: "add", userId: ids.addable, role: "MEMBER" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 403, member: 403, chair: 302 },
  },
  {
    name: "new post form",
    fn: () => newPost.loader,
    url: "/groups/x/posts/new",
    params: slug,
    expect: { anonymous: 302, outsider: 404, secretariat: 403, member: 200, chair: 200 },
  },
  {
    name: "new post",
    fn: () => newPost.action,
    url: "/groups/x/posts/new",
    params: slug,
    form: () => ({ title: "", body: "" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 400, member: 400, chair: 400 },
  },
  { name: "post page", fn: () => postPage.loader, url: "/groups/x/posts/p", params: () => ({ ...slug(), postId }), expect: reads },
  {
    name: "pin a post",
    fn: () => postPage.action,
    url: "/groups/x/posts/p",
    params: () => ({ ...slug(), postId }),
    form: () => ({ intent: "pin" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 403, member: 403, chair: 302 },
  },
  {
    name: "comment",
    fn: () => postPage.action,
    url: "/groups/x/posts/p",
    params: () => ({ ...slug(), postId }),
    form: () => ({ intent: "comment", body: "" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 400, member: 400, chair: 400 },
  },
  {
    name: "save a new draft",
    fn: () => newPost.action,
    url: "/groups/x/posts/new",
    params: slug,
    form: () => ({ intent: "draft", title: "" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 400, member: 400, chair: 400 },
  },
  {
    name: "draft page (its author only)",
    fn: () => postPage.loader,
    url: "/groups/x/posts/p",
    params: () => ({ ...slug(), postId: draftId }),
    expect: { anonymous: 302, outsider: 404, secretariat: 404, member: 200, chair: 404 },
  },
  {
    name: "draft edit form (its author only)",
    fn: () => editPost.loader,
    url: "/groups/x/posts/p/edit",
    params: () => ({ ...slug(), postId: draftId }),
    expect: { anonymous: 302, outsider: 404, secretariat: 404, member: 200, chair: 404 },
  },
  {
    name: "publish a draft (its author only; without text it stays a draft)",
    fn: () => postPage.action,
    url: "/groups/x/posts/p",
    params: () => ({ ...slug(), postId: emptyDraftId }),
    form: () => ({ intent: "publish" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 404, member: 302, chair: 404 },
  },
  {
    name: "pin a draft",
    fn: () => postPage.action,
    url: "/groups/x/posts/p",
    params: () => ({ ...slug(), postId: draftId }),
    form: () => ({ intent: "pin" }),
    // Pinning is asked of the chairs first: the secretariat and members are refused before any post is looked at.
    expect: { anonymous: 302, outsider: 404, secretariat: 403, member: 403, chair: 404 },
  },
  {
    name: "comment on a draft",
    fn: () => postPage.action,
    url: "/groups/x/posts/p",
    params: () => ({ ...slug(), postId: draftId }),
    form: () => ({ intent: "comment", body: "Seen it" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 404, member: 403, chair: 404 },
  },
  {
    name: "edit post form (author only)",
    fn: () => editPost.loader,
    url: "/groups/x/posts/p/edit",
    params: () => ({ ...slug(), postId }),
    expect: { anonymous: 302, outsider: 404, secretariat: 403, member: 200, chair: 403 },
  },
  { name: "plan", fn: () => plan.loader, url: "/groups/x/plan", params: slug, expect: reads },
  {
    name: "move plan item",
    fn: () => plan.action,
    url: "/groups/x/plan",
    params: slug,
    form: () => ({ intent: "move", itemId: chairsItemId, position: "1" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 403, member: 403, chair: 302 },
  },
  {
    name: "set plan status",
    fn: () => plan.action,
    url: "/groups/x/plan",
    params: slug,
    form: () => ({ intent: "status", itemId: chairsItemId, status: "AGREED" }),
    expect: { anonymous: 302, outsider: 404, secretariat: 403, member: 403, chair: 302 },
  },
  {
    name: "propose form",
    fn: () => planNew.loader,
    url: "/groups/x/plan/new",
    params: slug,
    expect: { anonymous: 302, outsider: 404, secretariat: 403, member: 200, chair: 200 },
  },
  {
    name: "plan item edit",
    fn: () => planItem.loader,
    url: "/groups/x/plan/i",
    params: () => ({ ...slug(), itemId }),
    expect: { anonymous: 302, outsider: 404, secretariat: 403, member: 200, chair: 200 },
  },
  { name: "plan CSV", fn: () => planCsv.loader, url: "/groups/x/plan.csv", params: slug, expect: reads },
  { name: "group files", fn: () => files.loader, url: "/groups/x/files", params: slug, expect: reads },
];

describe("who may use which group page", () => {
  for (const c of cases) {
    for (const visitor of ["anonymous", "outsider", "secretariat", "member", "chair"] as Visitor[]) {
      it(`${c.name}: ${visitor} gets ${c.expect[visitor]}`, async () => {
        const outcome = await callRoute(c.fn(), { url: c.url, cookie: cookies[visitor], params: c.params(), form: c.form?.() });
        expect(outcome.status).toBe(c.expect[visitor]);
        if (visitor === "anonymous") expect(outcome.location).toMatch(/^\/login\?redirectTo=/);
      });
    }
  }

  it("shows nothing of the space to a non-member on the overview", async () => {
    const outcome = await callRoute(groupOverview.loader, { url: "/groups/x", cookie: cookies.outsider, params: slug() });
    expect(outcome.data).toEqual({ space: null });
    expect(JSON.stringify(outcome.data)).not.toContain("Hello group");
  });
});

describe("the overview", () => {
  it("shows the group's upcoming events (group-only ones included) to members", async () => {
    const start = new Date(Date.now() + 3 * 86400_000);
    const end = new Date(start.getTime() + 3600_000);
    const event = await db.event.create({
      data: {
        title: "Group 4 members' meeting",
        kind: "MEETING",
        visibility: "GROUP_MEMBERS",
        timeZone: "Europe/Vienna",
        startsAt: start,
        endsAt: end,
        seriesEndsAt: end,
        groupId,
        createdById: ids.chair,
      },
    });
    // Written directly: its occurrences are derived as every writer of events does.
    await writeEventDerivedData(db, event.id);
    const outcome = await callRoute(groupOverview.loader, { url: "/groups/x", cookie: cookies.member, params: slug() });
    const events = (outcome.data as { space: { events: Array<{ title: string; groupOnly: boolean }> } }).space.events;
    expect(events).toEqual([expect.objectContaining({ title: "Group 4 members' meeting", groupOnly: true })]);
  });
});

describe("the members page of a large group", () => {
  it("lists members a page at a time, chairs first, and offers to add only people found by a search", async () => {
    const group6 = await db.workingGroup.findUniqueOrThrow({ where: { number: 6 }, select: { slug: true } });
    const chair = await createUser({ name: "Aaa Large Group Chair", organization: "UNODC", groups: [[6, "CHAIR"]] });
    for (let i = 0; i < 55; i++) await createUser({ name: `Large group member ${String(i).padStart(2, "0")}`, groups: [[6, "MEMBER"]] });
    const cookie = await sessionCookie(chair.id);
    const page = async (query: string) => {
      const outcome = await callRoute(members.loader, {
        url: `/groups/${group6.slug}/members${query}`,
        cookie,
        params: { slug: group6.slug },
      });
      expect(outcome.status).toBe(200);
      return outcome.data as {
        members: Array<{ role: string; user: { name: string } }>;
        total: number;
        candidates: Array<{ name: string }> | null;
      };
    };
    const first = await page("");
    const total = await db.membership.count({ where: { group: { number: 6 }, user: { status: "ACTIVE" } } });
    expect(first.total).toBe(total);
    expect(first.members).toHaveLength(50);
    expect(first.members[0]).toMatchObject({ role: "CHAIR", user: { name: "Aaa Large Group Chair" } });
    expect(first.candidates).toBeNull();
    const second = await page("?page=2");
    expect(second.members).toHaveLength(total - 50);
    const names = [...first.members, ...second.members].map((m) => m.user.name);
    expect(new Set(names).size).toBe(total);
    expect(second.total).toBe(total);
    // Past the last page: no member, and still how many there are.
    const beyond = await page("?page=9");
    expect([beyond.members.length, beyond.total]).toEqual([0, total]);
    expect((await page("?find=Addable")).candidates?.map((c) => c.name)).toEqual(["Addable Person"]);
  });
});

describe("the members page's organizations", () => {
  it("are named in the reader's language only, for members, requests to join and people found to add", async () => {
    const group7 = await db.workingGroup.findUniqueOrThrow({ where: { number: 7 }, select: { id: true, slug: true } });
    const chair = await createUser({ name: "Zh Reading Chair", organization: "UNODC", groups: [[7, "CHAIR"]] });
    await db.user.update({ where: { id: chair.id }, data: { locale: "zh" } });
    const asker = await createUser({ name: "Zh Asking Person", organization: "NOR" });
    await db.joinRequest.create({ data: { userId: asker.id, groupId: group7.id, status: "PENDING" } });
    const outcome = await callRoute(members.loader, {
      url: `/groups/${group7.slug}/members?find=Addable`,
      cookie: await sessionCookie(chair.id),
      params: { slug: group7.slug },
    });
    expect(outcome.status).toBe(200);
    const data = outcome.data as {
      members: Array<{ user: { name: string; organization: Record<string, unknown> } }>;
      requests: Array<{ user: { organization: Record<string, unknown> } }>;
      candidates: Array<{ organization: Record<string, unknown> }>;
    };
    const [unodc, norway, ghana] = await Promise.all(
      ["UNODC", "NOR", "GHA"].map((code) =>
        organizationByCode(code).then((o) => db.organization.findUniqueOrThrow({ where: { id: o.id } })),
      ),
    );
    expect(data.members.find((m) => m.user.name === "Zh Reading Chair")?.user.organization).toEqual({
      id: unodc.id,
      name: unodc.nameZh,
      acronym: unodc.acronym,
    });
    expect(data.requests.map((r) => r.user.organization)).toEqual([{ id: norway.id, name: norway.nameZh, acronym: null }]);
    expect(data.candidates.map((c) => c.organization)).toEqual([{ id: ghana.id, name: ghana.nameZh, acronym: null }]);
    for (const organization of [...data.members.map((m) => m.user.organization), ...data.candidates.map((c) => c.organization)])
      expect(Object.keys(organization).sort()).toEqual(["acronym", "id", "name"]);
  });
});

describe("membership", () => {
  it("keeps the last chair until another is named", async () => {
    const chair = await actingAs(ids.chair);
    const secretariat = await actingAs(ids.secretariat);
    // Even the secretariat cannot leave the group without a chair; the chair cannot leave as the last one.
    expect(await changeMembership(secretariat, groupId, { intent: "remove", userId: ids.chair })).toEqual({
      ok: false,
      error: "groups.lastChair",
    });
    expect(await changeMembership(secretariat, groupId, { intent: "changeRole", userId: ids.chair, role: "MEMBER" })).toEqual({
      ok: false,
      error: "groups.lastChair",
    });
    expect(await leaveGroup(chair, groupId)).toEqual({ ok: false, error: "groups.lastChair" });
    expect((await changeMembership(chair, groupId, { intent: "changeRole", userId: ids.member2, role: "CHAIR" })).ok).toBe(true);
    expect(
      (await changeMembership(await actingAs(ids.member2), groupId, { intent: "changeRole", userId: ids.chair, role: "VICE_CHAIR" })).ok,
    ).toBe(true);
    // restore
    expect((await changeMembership(secretariat, groupId, { intent: "changeRole", userId: ids.chair, role: "CHAIR" })).ok).toBe(true);
    expect((await changeMembership(chair, groupId, { intent: "changeRole", userId: ids.member2, role: "MEMBER" })).ok).toBe(true);
  });

  it("lets only the chair and the secretariat change chair and vice-chair roles, and nobody their own", async () => {
    const vice = await createUser({ name: "Ambitious Vice", organization: "CTED", groups: [[4, "VICE_CHAIR"]] });
    const viceChair = await actingAs(vice.id);
    const plain = await createUser({ name: "Plain Member", organization: "GHA", groups: [[4, "MEMBER"]] });
    const newcomer = await createUser({ name: "Newcomer", organization: "GHA" });
    const refused = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ outcome: "forbidden" });
    const roleOf = async (userId: string) => (await db.membership.findFirst({ where: { userId, groupId } }))?.role ?? null;

    // A vice-chair cannot make itself chair, demote the chair, name another vice-chair or chair, or remove the chair.
    await refused(changeMembership(viceChair, groupId, { intent: "changeRole", userId: vice.id, role: "CHAIR" }));
    await refused(changeMembership(viceChair, groupId, { intent: "changeRole", userId: ids.chair, role: "MEMBER" }));
    await refused(changeMembership(viceChair, groupId, { intent: "changeRole", userId: plain.id, role: "VICE_CHAIR" }));
    await refused(changeMembership(viceChair, groupId, { intent: "add", userId: newcomer.id, role: "CHAIR" }));
    await refused(changeMembership(viceChair, groupId, { intent: "remove", userId: ids.chair }));
    expect([await roleOf(vice.id), await roleOf(ids.chair), await roleOf(plain.id), await roleOf(newcomer.id)]).toEqual([
      "VICE_CHAIR",
      "CHAIR",
      "MEMBER",
      null,
    ]);
    // It still manages members.
    expect((await changeMembership(viceChair, groupId, { intent: "add", userId: newcomer.id, role: "MEMBER" })).ok).toBe(true);
    expect((await changeMembership(viceChair, groupId, { intent: "remove", userId: newcomer.id })).ok).toBe(true);

    // Nobody changes their own role: not the chair, not the secretariat.
    await refused(changeMembership(await actingAs(ids.chair), groupId, { intent: "changeRole", userId: ids.chair, role: "VICE_CHAIR" }));
    const secretariatMember = await createUser({
      name: "Secretariat Member",
      role: "SECRETARIAT",
      organization: "UNOCT",
      groups: [[4, "MEMBER"]],
    });
    await refused(
      changeMembership(await actingAs(secretariatMember.id), groupId, {
        intent: "changeRole",
        userId: secretariatMember.id,
        role: "CHAIR",
      }),
    );

    // The chair and the secretariat (even when not a member) do change them.
    expect(
      (await changeMembership(await actingAs(ids.chair), groupId, { intent: "changeRole", userId: plain.id, role: "VICE_CHAIR" })).ok,
    ).toBe(true);
    expect(
      (await changeMembership(await actingAs(ids.secretariat), groupId, { intent: "changeRole", userId: vice.id, role: "MEMBER" })).ok,
    ).toBe(true);
    expect([await roleOf(plain.id), await roleOf(vice.id)]).toEqual(["VICE_CHAIR", "MEMBER"]);
    const changes = await db.auditEvent.count({ where: { action: "group.roleChanged", subjectId: groupId } });
    expect(changes).toBeGreaterThanOrEqual(2);
    for (const id of [vice.id, plain.id, secretariatMember.id]) await db.membership.deleteMany({ where: { userId: id, groupId } });
  });

  it("two chairs removing each other at once never leave the group without a chair", async () => {
    const other = await createUser({ name: "Co Chair", organization: "CTED", groups: [[4, "CHAIR"]] });
    const results = await Promise.all([
      changeMembership(await actingAs(ids.chair), groupId, { intent: "remove", userId: other.id }),
      changeMembership(await actingAs(other.id), groupId, { intent: "remove", userId: ids.chair }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { groupId, role: "CHAIR" } })).toBe(1);
    const remaining = await db.membership.findFirstOrThrow({ where: { groupId, role: "CHAIR" } });
    if (remaining.userId !== ids.chair) {
      await changeMembership(await actingAs(other.id), groupId, { intent: "add", userId: ids.chair, role: "CHAIR" });
      await changeMembership(await actingAs(ids.chair), groupId, { intent: "remove", userId: other.id });
    }
  });

  it("lets an outsider ask to join and a chair accept, audited", async () => {
    const asker = await createUser({ name: "Asker", organization: "COL" });
    await requestToJoin(await actingAs(asker.id), groupId, "Colombia would like to contribute.");
    const request = await db.joinRequest.findFirstOrThrow({ where: { userId: asker.id, groupId } });
    expect(request.status).toBe("PENDING");
    const outcome = await callRoute(members.action, {
      url: "/groups/x/members",
      cookie: cookies.chair,
      params: slug(),
      form: { intent: "decide", requestId: request.id, decision: "accept" },
    });
    expect(outcome.status).toBe(302);
    expect(await db.membership.findFirst({ where: { userId: asker.id, groupId } })).toMatchObject({ role: "MEMBER" });
    expect(await db.auditEvent.count({ where: { action: { in: ["group.joinRequested", "group.joinAccepted"] } } })).toBe(2);
    expect((await leaveGroup(await actingAs(asker.id), groupId)).ok).toBe(true);
  });

  it("asks before removing a member", async () => {
    const first = await callRoute(members.action, {
      url: "/groups/x/members",
      cookie: cookies.chair,
      params: slug(),
      form: { intent: "remove", userId: ids.member2 },
    });
    expect(first.data).toMatchObject({ confirm: `remove:${ids.member2}` });
    expect(await db.membership.count({ where: { userId: ids.member2, groupId } })).toBe(1);
  });
});

describe("posts", () => {
  it("renders Markdown with script and event-handler payloads inert", async () => {
    const id = await createPost(await actingAs(ids.member), groupId, {
      title: "Payloads",
      body: '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1)) <a href="javascript:alert(3)">y</a>\n\n**ok**',
      mentions: [],
      attachments: [],
    });
    await addComment(await actingAs(ids.chair), groupId, id, { body: '<a href="javascript:alert(2)" onclick="x()">c</a>', mentions: [] });
    const post = await getPost(await actingAs(ids.chair), groupId, id);
    const html = post.html + post.comments.map((c) => c.html).join("");
    expect(html).toContain("<strong>ok</strong>");
    expect(html).not.toMatch(/<script|<img|\son\w+=|href="javascript:/i);
  });

  it("refuses an edit based on a stale version and shows the newer text", async () => {
    const member = await actingAs(ids.member);
    const post = await getPost(member, groupId, postId);
    expect(
      (
        await updatePost(member, groupId, postId, {
          title: "Hello group",
          body: "First edit",
          mentions: [],
          attachments: [],
          version: post.version,
        })
      ).ok,
    ).toBe(true);
    const stale = await updatePost(member, groupId, postId, {
      title: "Hello group",
      body: "Lost edit",
      mentions: [],
      attachments: [],
      version: post.version,
    });
    expect(stale).toMatchObject({ ok: false, error: "stale", current: { body: "First edit", version: post.version + 1 } });
  });

  it("keeps a trace of a deleted post for chairs, not for members", async () => {
    const member = await actingAs(ids.member);
    const id = await createPost(member, groupId, { title: "To be deleted", body: "Soon gone", mentions: [], attachments: [] });
    await expect(deletePost(await actingAs(ids.chair), groupId, id)).rejects.toMatchObject({ outcome: "forbidden" });
    await deletePost(member, groupId, id);
    const forChair = await listPosts(await actingAs(ids.chair), groupId);
    expect(forChair.posts.find((p) => p.id === id)).toMatchObject({ deletedAt: expect.any(Date), deletedBy: { name: "Member Person" } });
    const forMember = await listPosts(member, groupId);
    expect(forMember.posts.find((p) => p.id === id)).toBeUndefined();
    await expect(getPost(member, groupId, id)).rejects.toMatchObject({ outcome: "notFound" });
    expect(await db.auditEvent.findFirst({ where: { action: "post.deleted", subjectId: id } })).toMatchObject({
      before: { body: "Soon gone" },
    });
    expect((await db.post.findUniqueOrThrow({ where: { id } })).body).toBe("");
  });

  it("only keeps mentions of the group's members", async () => {
    const id = await createPost(await actingAs(ids.member), groupId, {
      title: "Mentions",
      body: "Hi",
      mentions: [ids.chair, ids.outsider],
      attachments: [],
    });
    const mentioned = await db.mention.findMany({ where: { postId: id }, select: { userId: true } });
    expect(mentioned.map((m) => m.userId)).toEqual([ids.chair]);
  });
});

describe("the work plan", () => {
  it("counts one endorsement per organization", async () => {
    expect(await endorsePlanItem(await actingAs(ids.member), groupId, itemId, true)).toEqual({ ok: true });
    expect(await endorsePlanItem(await actingAs(ids.member2), groupId, itemId, true)).toEqual({ ok: false, error: "plan.alreadyEndorsed" });
    const endorsements = await db.endorsement.findMany({ where: { itemId } });
    expect(endorsements).toHaveLength(1);
    expect(endorsements[0].organizationId).toBe((await organizationByCode("IDN")).id);
  });

  it("keeps every item when two chairs reorder at the same time", async () => {
    const chair = await actingAs(ids.chair);
    const lead = (await organizationByCode("UNODC")).id;
    for (let i = 2; i <= 8; i++) {
      await proposePlanItem(chair, groupId, {
        title: `Item ${i}`,
        description: null,
        leadOrganizationId: lead,
        partnerOrganizationIds: [],
        pillar: 2,
        deliverable: null,
        dueDate: null,
      });
    }
    const before = (await listPlan(chair, groupId)).items;
    const reorderedBefore = await db.auditEvent.count({ where: { action: "plan.reordered" } });
    const secondChair = await createUser({ name: "Vice", organization: "CTED", groups: [[4, "VICE_CHAIR"]] });
    const vice = await actingAs(secondChair.id);
    await Promise.all([
      movePlanItem(chair, groupId, before[7].id, 1),
      movePlanItem(vice, groupId, before[0].id, 8),
      movePlanItem(chair, groupId, before[3].id, 2),
      movePlanItem(vice, groupId, before[5].id, 3),
    ]);
    const after = (await listPlan(chair, groupId)).items;
    expect(after.map((i) => i.id).sort()).toEqual(before.map((i) => i.id).sort());
    expect(after).toHaveLength(before.length);
    expect(after.map((i) => i.rank)).toEqual(after.map((_, index) => index + 1));
    expect(await db.auditEvent.count({ where: { action: "plan.reordered" } })).toBe(reorderedBefore + 4);
  });

  it("refuses a stale edit of an item", async () => {
    const member = await actingAs(ids.member);
    const item = await db.workPlanItem.findUniqueOrThrow({ where: { id: itemId } });
    const input = {
      title: "Item one (revised)",
      description: null,
      leadOrganizationId: item.leadOrganizationId,
      partnerOrganizationIds: [],
      pillar: 2,
      deliverable: null,
      dueDate: null,
    };
    expect((await updatePlanItem(member, groupId, itemId, item.version, input)).ok).toBe(true);
    expect(await updatePlanItem(member, groupId, itemId, item.version, { ...input, title: "lost" })).toMatchObject({
      ok: false,
      errors: { form: "common.staleEdit" },
    });
  });

  it("exports the ranked plan as CSV that a CSV parser reads back", async () => {
    const outcome = await callRoute(planCsv.loader, { url: "/groups/x/plan.csv", cookie: cookies.member, params: slug() });
    expect(outcome.headers.get("Content-Type")).toContain("text/csv");
    expect(outcome.headers.get("Content-Disposition")).toMatch(/^attachment; filename="work-plan-group-4.csv"/);
    const rows = parse(outcome.data as string, { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      "Priority",
      "Title",
      "Status",
      "Pillar",
      "Lead organization",
      "Partners",
      "Deliverable",
      "Due date",
      "Endorsed by",
      "Description",
    ]);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(rows.slice(1).map((_, i) => i + 1));
    expect(rows.some((r) => r[1] === "Item one (revised)" && r[8] === "Indonesia")).toBe(true);
  });
});

describe("a group's summary as its pages send it", () => {
  it("names the group, its description and its organizations in the reader's language only", async () => {
    const reader = await createUser({ organization: "KEN", name: "Lectora", groups: [[1, "MEMBER"]] });
    await db.user.update({ where: { id: reader.id }, data: { locale: "es" } });
    const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 1 } });
    const outcome = await callRoute(groupLayout.loader, {
      url: `/groups/${group.slug}`,
      cookie: await sessionCookie(reader.id),
      params: { slug: group.slug },
    });
    const sent = (outcome.data as { group: Record<string, unknown> & { leads: Array<{ organization: object }> } }).group;
    expect(sent.name).toBe(localName(group, "es"));
    expect(sent.description).toBe(groupDescription(group, "es"));
    expect(sent.name).not.toBe(group.name);
    expect(sent.leads.length).toBeGreaterThan(0);
    const list = (await callRoute(groupsIndex.loader, { url: "/groups", cookie: await sessionCookie(reader.id) })).data as {
      groups: Array<Record<string, unknown> & { number: number; leads: Array<{ organization: object }> }>;
    };
    expect(list.groups.find((g) => g.number === 1)?.name).toBe(localName(group, "es"));
    const listed = list.groups.flatMap((g) => [g, ...g.leads.map((l) => l.organization)]);
    for (const record of [sent, ...sent.leads.map((l) => l.organization), ...listed])
      for (const other of ["nameZh", "nameAr", "nameFr", "nameRu", "nameEs", "descriptionZh", "descriptionEs"])
        expect(record).not.toHaveProperty(other);
  });
});

describe("a group's member count and officers", () => {
  it("count the active members only and name the active chairs first, then the vice-chairs, each by name", async () => {
    const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 5 } });
    await createUser({ organization: "KEN", name: "Zoe Chair", groups: [[5, "CHAIR"]] });
    await createUser({ organization: "IDN", name: "Ada Chair", groups: [[5, "CHAIR"]] });
    await createUser({ organization: "KEN", name: "Bea Vice", groups: [[5, "VICE_CHAIR"]] });
    const suspended = await createUser({ organization: "KEN", name: "Aaron Gone", status: "SUSPENDED", groups: [[5, "CHAIR"]] });
    await createUser({ organization: "KEN", name: "Ivy Invited", status: "INVITED", groups: [[5, "MEMBER"]] });
    await createUser({ organization: "KEN", name: "Max Member", groups: [[5, "MEMBER"]] });
    const reader = await createUser({ organization: "KEN", name: "Reader", groups: [[5, "MEMBER"]] });

    const summary = async () => {
      const outcome = await callRoute(groupLayout.loader, {
        url: `/groups/${group.slug}`,
        cookie: await sessionCookie(reader.id),
        params: { slug: group.slug },
      });
      return (
        outcome.data as { group: { memberCount: number; officers: Array<{ role: string; name: string; organization: { name: string } }> } }
      ).group;
    };
    // What the count means, as Prisma puts it: the group's memberships whose person is active.
    const activeMembers = () => db.membership.count({ where: { groupId: group.id, user: { status: "ACTIVE" } } });

    const first = await summary();
    expect(first.memberCount).toBe(await activeMembers());
    const ours = first.officers.filter((o) => ["Zoe Chair", "Ada Chair", "Bea Vice", "Aaron Gone"].includes(o.name));
    expect(ours.map((o) => [o.role, o.name, o.organization.name])).toEqual([
      ["CHAIR", "Ada Chair", "Indonesia"],
      ["CHAIR", "Zoe Chair", "Kenya"],
      ["VICE_CHAIR", "Bea Vice", "Kenya"],
    ]);
    const roles = first.officers.map((o) => o.role);
    expect(roles).toEqual([...roles].sort());

    // The list of groups counts the same way, for every group.
    const listed = async () => {
      const outcome = await callRoute(groupsIndex.loader, { url: "/groups", cookie: await sessionCookie(reader.id) });
      return (outcome.data as { groups: Array<{ id: string; memberCount: number }> }).groups;
    };
    const counts = async () => {
      const rows = await db.workingGroup.findMany({
        orderBy: { number: "asc" },
        select: { id: true, _count: { select: { memberships: { where: { user: { status: "ACTIVE" } } } } } },
      });
      return rows.map((r) => ({ id: r.id, memberCount: r._count.memberships }));
    };
    expect((await listed()).map((g) => ({ id: g.id, memberCount: g.memberCount }))).toEqual(await counts());
    expect((await listed()).find((g) => g.id === group.id)?.memberCount).toBe(first.memberCount);

    await db.user.update({ where: { id: suspended.id }, data: { status: "ACTIVE" } });
    const again = await summary();
    expect(again.memberCount).toBe(first.memberCount + 1);
    expect(again.memberCount).toBe(await activeMembers());
    expect((await listed()).find((g) => g.id === group.id)?.memberCount).toBe(again.memberCount);
    expect(again.officers.map((o) => o.name)).toContain("Aaron Gone");
  });

  it("gives each group, its lead entities in their order and the reader's join request as Prisma reads them", async () => {
    const reader = await createUser({ organization: "KEN", name: "Asks To Join" });
    const groups = await db.workingGroup.findMany({
      orderBy: { number: "asc" },
      include: {
        leads: {
          include: {
            organization: {
              select: { id: true, name: true, nameZh: true, nameAr: true, nameFr: true, nameRu: true, nameEs: true, acronym: true },
            },
          },
        },
      },
    });
    await db.joinRequest.create({ data: { userId: reader.id, groupId: groups[1].id, status: "PENDING" } });
    const actor = await actingAs(reader.id);
    const ORDER = ["CHAIR", "CO_CHAIR", "VICE_CHAIR"];
    let leads = 0;
    for (const g of groups) {
      const summary = await groupSummary(actor, g.slug);
      const { leads: expectedLeads, createdAt: _c, updatedAt: _u, ...columns } = g as typeof g & { createdAt?: Date; updatedAt?: Date };
      for (const [key, value] of Object.entries(columns)) expect(summary[key as keyof typeof summary], `${g.slug} ${key}`).toEqual(value);
      const sorted = [...expectedLeads].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));
      expect(
        summary.leads.map((l) => l.role),
        g.slug,
      ).toEqual(sorted.map((l) => l.role));
      expect(new Set(summary.leads.map((l) => JSON.stringify(l))), g.slug).toEqual(
        new Set(expectedLeads.map((l) => JSON.stringify({ role: l.role, organization: l.organization }))),
      );
      expect(summary.myJoinRequest, g.slug).toBe(g.id === groups[1].id ? "PENDING" : null);
      leads += summary.leads.length;
    }
    expect(leads).toBeGreaterThan(groups.length);
    await expect(groupSummary(actor, "no-such-group")).rejects.toBeDefined();
  });

  it("is zero, with no officers, for a group nobody active belongs to", async () => {
    const group = await db.workingGroup.create({ data: { number: 90, slug: "empty-test-group", name: "Empty", pillar: 1 } });
    await createUser({ organization: "KEN", name: "Only Invited", status: "INVITED" }).then((u) =>
      db.membership.create({ data: { userId: u.id, groupId: group.id, role: "CHAIR" } }),
    );
    const reader = await createUser({ organization: "KEN", name: "Outsider" });
    const outcome = await callRoute(groupLayout.loader, {
      url: `/groups/${group.slug}`,
      cookie: await sessionCookie(reader.id),
      params: { slug: group.slug },
    });
    const sent = (outcome.data as { group: { memberCount: number; officers: unknown[] } }).group;
    expect(sent.memberCount).toBe(0);
    expect(sent.officers).toEqual([]);
  });
});
