// One search for everything reads each kind of record through the same rule as that kind's own list. For
// every demo user (plus an observer's focal point and an outsider in no group) and every searchable kind:
// - every record the search can return (no text condition) is exactly what the policy lets the user read
//   (0 leaks, 0 misses), record by record;
// - for many queries (words of the seeded records, Chinese, Arabic and Cyrillic names and text), what the
//   search returns is exactly the records matching the query that the user may read;
// - its counts equal the user's own lists filtered by the same query (directory, organizations, library,
//   activities, projects, recommendations), and the /search page shows the same counts.
// Then the authorization table of /search, the highlighting, and the page without a query.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import {
  canReadActivitiesAndProjects,
  canReadDirectory,
  canReadEvent,
  canReadGroupSpace,
  canReadPost,
  canReadRecommendation,
  canReadResource,
  canUseRecommendations,
} from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import { scopeInclude, scopeOf } from "~/domain/recommendations/visibility.server";
import { countRecommendations } from "~/domain/recommendations/list.server";
import { selectionOf as recommendationSelection } from "~/domain/recommendations/filters";
import { findDirectoryPage } from "~/domain/directory/search.server";
import { readVersions } from "~/data-versions.server";
import { DirectoryQuery } from "~/domain/directory/filters";
import { listDirectoryOrganizations, OrganizationListQuery } from "~/domain/directory/organizations.server";
import { ResourceFilters, searchResources } from "~/domain/resources/library.server";
import { ActivityFilters, listActivities } from "~/domain/activities/list.server";
import { listProjects } from "~/domain/projects/list.server";
import { ProjectFilters } from "~/domain/projects/filter-values";
import { SearchQuery, searchEverything, searchKind } from "~/domain/search/search.server";
import { highlight } from "~/domain/search/highlight";
import { OVERVIEW_CAP, PER_KIND, SEARCH_CAP, SEARCH_KINDS, type SearchKind } from "~/domain/search/values";
import * as searchRoute from "~/routes/_app.search";
import { demoAccounts } from "../../prisma/seed/demo-accounts.ts";
import { seedAll } from "../../prisma/seed.ts";
import { walkAuthorizationTable } from "../support/authorization";
import { actingAs, callRoute, createUser, sessionCookie } from "../support/fixtures";

type Reader = { email: string; actor: ActingUser; cookie: string };
type Record_ = { id: string; readable: (actor: ActingUser) => boolean };

let readers: Reader[] = [];
const records = {} as Record<SearchKind, Record_[]>;
const ALL = { limit: 1_000_000, offset: 0 };

// Text in three scripts, in one group's space only (group 4) and in the platform-wide library.
const CHINESE = "反恐合作会议纪要";
const ARABIC = "مكافحة الإرهاب في منطقة الساحل";
const CYRILLIC = "Противодействие финансированию терроризма";

async function loadRecords() {
  const [people, organizations, events, posts, comments, resources, activities, projects, plan, recommendations] = await Promise.all([
    db.user.findMany({ select: { id: true, status: true } }),
    db.organization.findMany({ select: { id: true } }),
    db.event.findMany({ select: { id: true, visibility: true, groupId: true } }),
    db.post.findMany({ select: { id: true, groupId: true, authorId: true, deletedAt: true, publishedAt: true } }),
    db.comment.findMany({
      select: { id: true, deletedAt: true, post: { select: { groupId: true, authorId: true, deletedAt: true, publishedAt: true } } },
    }),
    db.resource.findMany({ select: { id: true, groupId: true } }),
    db.activity.findMany({ select: { id: true } }),
    db.project.findMany({ select: { id: true } }),
    db.workPlanItem.findMany({ select: { id: true, groupId: true } }),
    db.recommendation.findMany({ include: scopeInclude }),
  ]);
  // The pure rule of each kind's own page (app/auth/policy.ts); deleted posts and comments have no text left.
  records.people = people.map((p) => ({ id: p.id, readable: (a) => canReadDirectory(a) && p.status === "ACTIVE" }));
  records.organizations = organizations.map((o) => ({ id: o.id, readable: (a) => canReadDirectory(a) }));
  records.events = events.map((e) => ({ id: e.id, readable: (a) => canReadEvent(a, e) }));
  // A draft (publishedAt null) is its author's alone (canReadPost).
  const postScope = (p: { groupId: string; authorId: string; publishedAt: Date | null }) => ({ ...p, draft: p.publishedAt === null });
  records.posts = posts.map((p) => ({ id: p.id, readable: (a) => !p.deletedAt && canReadPost(a, postScope(p)) }));
  records.comments = comments.map((c) => ({
    id: c.id,
    readable: (a) => !c.deletedAt && !c.post.deletedAt && canReadPost(a, postScope(c.post)),
  }));
  records.resources = resources.map((r) => ({ id: r.id, readable: (a) => canReadResource(a, r) }));
  records.activities = activities.map((r) => ({ id: r.id, readable: (a) => canReadActivitiesAndProjects(a) }));
  records.projects = projects.map((r) => ({ id: r.id, readable: (a) => canReadActivitiesAndProjects(a) }));
  records.plan = plan.map((p) => ({ id: p.id, readable: (a) => canReadGroupSpace(a, p.groupId) }));
  records.recommendations = recommendations.map((r) => ({
    id: r.id,
    readable: (a) => canUseRecommendations(a) && canReadRecommendation(a, scopeOf(r)),
  }));
}

async function addTextInThreeScripts() {
  const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 4 } });
  const chair = await db.user.findUniqueOrThrow({ where: { email: "unodc@demo.test" } });
  const post = await db.post.create({
    data: { groupId: group.id, authorId: chair.id, title: `${CHINESE} (4)`, body: `${ARABIC}. ${CYRILLIC}.` },
  });
  await db.comment.create({ data: { postId: post.id, authorId: chair.id, body: `Комментарий: ${CYRILLIC}; ${CHINESE}` } });
  // A deleted post keeps its row but is never found, whatever its text once was.
  await db.post.create({
    data: {
      groupId: group.id,
      authorId: chair.id,
      title: `${CHINESE} deleted`,
      body: CYRILLIC,
      deletedAt: new Date(),
      deletedById: chair.id,
    },
  });
  // A draft: found by its author (the chair) only, not by the group's members or the secretariat.
  await db.post.create({
    data: { groupId: group.id, authorId: chair.id, title: "Unpublished draft (4)", body: "A draft of the chair's", publishedAt: null },
  });
  await db.workPlanItem.create({
    data: {
      groupId: group.id,
      title: `${CHINESE}：工作计划`,
      description: ARABIC,
      leadOrganizationId: chair.organizationId,
      pillar: 1,
      rank: 999,
    },
  });
  await db.resource.create({
    data: {
      kind: "LINK",
      title: `${ARABIC} (group 4)`,
      summary: CYRILLIC,
      language: "ar",
      url: "https://example.org/sahel",
      publisherOrganizationId: chair.organizationId,
      publishedOn: new Date("2026-11-01"),
      groupId: group.id,
    },
  });
  await db.resource.create({
    data: {
      kind: "LINK",
      title: `${CYRILLIC} (library)`,
      summary: CHINESE,
      language: "ru",
      url: "https://example.org/cft",
      publisherOrganizationId: chair.organizationId,
      publishedOn: new Date("2026-11-02"),
    },
  });
  const startsAt = new Date("2026-12-15T09:00:00Z");
  const endsAt = new Date("2026-12-15T11:00:00Z");
  await db.event.create({
    data: {
      title: `${CYRILLIC}: совещание`,
      place: "Вена",
      kind: "MEETING",
      visibility: "GROUP_MEMBERS",
      groupId: group.id,
      timeZone: "Europe/Vienna",
      startsAt,
      endsAt,
      seriesEndsAt: endsAt,
      occurrences: { create: { startsAt, endsAt, allDay: false } },
    },
  });
}

/** Queries: words of seeded records of every kind, the three scripts, and short pieces of words. */
async function queries(): Promise<string[]> {
  const [orgs, events, posts, activities, projects, recs, plan, resources, people] = await Promise.all([
    db.organization.findMany({ select: { name: true, nameZh: true, nameAr: true, nameRu: true }, take: 60 }),
    db.event.findMany({ select: { title: true }, take: 20 }),
    db.post.findMany({ select: { title: true }, take: 20 }),
    db.activity.findMany({ select: { title: true }, take: 20 }),
    db.project.findMany({ select: { code: true, title: true }, take: 10 }),
    db.recommendation.findMany({ select: { text: true }, take: 20 }),
    db.workPlanItem.findMany({ select: { title: true }, take: 10 }),
    db.resource.findMany({ select: { title: true }, take: 10 }),
    db.user.findMany({ select: { name: true }, take: 20 }),
  ]);
  const words = (text: string | null | undefined) => (text ?? "").split(/\s+/u).filter((w) => w.length >= 4);
  const picked = new Set<string>([
    CHINESE.slice(0, 2),
    "会议",
    ARABIC.split(" ")[0],
    "الإرهاب",
    CYRILLIC.split(" ")[0],
    "терроризма",
    "a",
    "о",
  ]);
  const every = <T>(list: T[], step: number) => list.filter((_, i) => i % step === 0);
  for (const o of every(orgs, 6)) {
    for (const name of [o.nameZh, o.nameAr, o.nameRu]) if (name) picked.add(name.split(/\s+/u)[0]);
    picked.add(words(o.name)[0] ?? o.name);
  }
  for (const r of [...every(events, 4), ...every(posts, 4), ...every(activities, 4), ...every(plan, 3), ...every(resources, 3)])
    picked.add(words(r.title)[0] ?? r.title);
  for (const p of every(projects, 3)) picked.add(p.code);
  for (const r of every(recs, 4)) picked.add(words(r.text).slice(0, 2).join(" ") || r.text.slice(0, 10));
  for (const p of every(people, 4)) picked.add(p.name.split(" ").at(-1)!);
  return [...picked].filter(Boolean);
}

let QUERIES: string[] = [];

const idsOf = async (actor: ActingUser, kind: SearchKind, q: string | null) =>
  new Set(((await searchKind(actor, kind, q, ALL)) ?? { hits: [] }).hits.map((h) => h.id));

beforeAll(async () => {
  await seedAll({ demoAccounts: true });
  await addTextInThreeScripts();
  const users = await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } }, select: { id: true, email: true } });
  const observer = await createUser({ organization: "UNHCR", email: "unhcr-search@example.test" });
  const outsider = await createUser({ organization: "NOR", email: "outsider-search@example.test", name: "Outsider Search" });
  users.push({ id: observer.id, email: observer.email }, { id: outsider.id, email: outsider.email });
  readers = await Promise.all(users.map(async (u) => ({ email: u.email, actor: await actingAs(u.id), cookie: await sessionCookie(u.id) })));
  await loadRecords();
  QUERIES = await queries();
}, 120_000);

const readerNamed = (email: string) => readers.find((r) => r.email === email)!;

describe("the data behind the search test", () => {
  it("has records of every kind, some of them readable by only some readers", () => {
    expect(readers.length).toBe(demoAccounts.length + 2);
    for (const kind of SEARCH_KINDS) expect(records[kind].length, kind).toBeGreaterThan(0);
    for (const kind of ["events", "posts", "comments", "resources", "plan", "recommendations"] as const) {
      const readableBy = readers.map((r) => records[kind].filter((x) => x.readable(r.actor)).length);
      expect(new Set(readableBy).size, kind).toBeGreaterThan(1);
    }
    expect(QUERIES.length).toBeGreaterThan(30);
  });
});

describe("every record of every kind, for every reader", () => {
  it("is found exactly when the policy lets the reader read it (0 leaks, 0 misses)", async () => {
    const failures: string[] = [];
    for (const reader of readers) {
      for (const kind of SEARCH_KINDS) {
        const found = await idsOf(reader.actor, kind, null);
        for (const record of records[kind]) {
          const may = record.readable(reader.actor);
          if (found.has(record.id) && !may) failures.push(`LEAK ${reader.email} ${kind} ${record.id}`);
          if (!found.has(record.id) && may) failures.push(`MISS ${reader.email} ${kind} ${record.id}`);
        }
        expect(found.size).toBeLessThanOrEqual(records[kind].length);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

describe("every query, for every reader", () => {
  it("finds exactly the matching records the reader may read", async () => {
    const admin = readerNamed("admin@demo.test").actor;
    const failures: string[] = [];
    let nonEmpty = 0;
    for (const q of QUERIES) {
      for (const kind of SEARCH_KINDS) {
        // The admin reads every record of every kind but drafts (their authors' alone): what they find, with what
        // the authors find of their own drafts, is what the query matches.
        const matching = await idsOf(admin, kind, q);
        const byId = new Map(records[kind].map((r) => [r.id, r]));
        for (const reader of readers) {
          const hiddenFromAdmin = records[kind].filter((r) => !r.readable(admin) && r.readable(reader.actor));
          if (hiddenFromAdmin.length === 0) continue;
          const found = await idsOf(reader.actor, kind, q);
          for (const r of hiddenFromAdmin) if (found.has(r.id)) matching.add(r.id);
        }
        if (matching.size > 0) nonEmpty += 1;
        for (const reader of readers) {
          const found = await idsOf(reader.actor, kind, q);
          const expected = [...matching].filter((id) => byId.get(id)?.readable(reader.actor));
          for (const id of found)
            if (!matching.has(id) || !byId.get(id)?.readable(reader.actor)) failures.push(`LEAK ${reader.email} ${kind} "${q}" ${id}`);
          for (const id of expected) if (!found.has(id)) failures.push(`MISS ${reader.email} ${kind} "${q}" ${id}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(nonEmpty).toBeGreaterThan(QUERIES.length);
  }, 300_000);

  it("counts what the reader's own lists count for the same query", async () => {
    const failures: string[] = [];
    // Every third query (the lists are slower to ask than the search; the scripts' queries come first).
    for (const q of QUERIES.filter((_, i) => i < 8 || i % 3 === 0)) {
      for (const reader of readers) {
        const { actor } = reader;
        const total = async (kind: SearchKind) => (await searchKind(actor, kind, q, { limit: 5, offset: 0 }))?.total ?? null;
        const lists: Array<[SearchKind, number | null]> = [
          ["people", (await findDirectoryPage(DirectoryQuery.parse({ q }), "en", await readVersions())).total],
          ["organizations", (await listDirectoryOrganizations(actor, OrganizationListQuery.parse({ q }), "en")).total],
          ["resources", (await searchResources(actor, ResourceFilters.parse({ q }))).total],
          ["activities", (await listActivities(actor, ActivityFilters.parse({ q }))).total],
          ["projects", (await listProjects(actor, ProjectFilters.parse({ q }))).totals.projects],
          ["recommendations", canUseRecommendations(actor) ? await countRecommendations(actor, recommendationSelection({ q })) : null],
        ];
        for (const [kind, listTotal] of lists) {
          const searched = await total(kind);
          if (searched !== listTotal) failures.push(`${reader.email} ${kind} "${q}": search ${searched}, list ${listTotal}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe("text in Chinese, Arabic and Cyrillic", () => {
  const titlesFound = async (email: string, kind: SearchKind, q: string) =>
    ((await searchKind(readerNamed(email).actor, kind, q, ALL)) ?? { hits: [] }).hits.map((h) => h.title.map((r) => r.text).join(""));

  it("is found by the members of the group it belongs to, and the secretariat, and by nobody else", async () => {
    expect(await titlesFound("unodc@demo.test", "posts", "合作")).toEqual([`${CHINESE} (4)`]);
    expect(await titlesFound("secretariat@demo.test", "posts", CHINESE)).toEqual([`${CHINESE} (4)`]);
    expect(await titlesFound("outsider-search@example.test", "posts", CHINESE)).toEqual([]);
    expect(await titlesFound("unodc@demo.test", "posts", "الإرهاب")).toEqual([`${CHINESE} (4)`]);
    expect(await titlesFound("unodc@demo.test", "comments", "терроризма")).toHaveLength(1);
    expect(await titlesFound("outsider-search@example.test", "comments", "терроризма")).toEqual([]);
    expect(await titlesFound("unodc@demo.test", "plan", "工作计划")).toEqual([`${CHINESE}：工作计划`]);
    expect(await titlesFound("outsider-search@example.test", "plan", "工作计划")).toEqual([]);
    expect(await titlesFound("unodc@demo.test", "events", "совещание")).toEqual([`${CYRILLIC}: совещание`]);
    expect(await titlesFound("outsider-search@example.test", "events", "совещание")).toEqual([]);
    expect(await titlesFound("outsider-search@example.test", "resources", "الساحل")).toEqual([]);
    expect(await titlesFound("unodc@demo.test", "resources", "الساحل")).toEqual([`${ARABIC} (group 4)`]);
    // Platform-wide: everyone, whatever the script of the query (the summary is Chinese, the title Cyrillic).
    expect(await titlesFound("outsider-search@example.test", "resources", "会议纪要")).toEqual([`${CYRILLIC} (library)`]);
    expect(await titlesFound("outsider-search@example.test", "resources", "финансированию")).toEqual([`${CYRILLIC} (library)`]);
  });

  it("finds organizations by their Chinese, Arabic and Russian names", async () => {
    const kenya = await db.organization.findFirstOrThrow({ where: { iso3: "KEN" } });
    for (const name of [kenya.nameZh, kenya.nameAr, kenya.nameRu]) {
      expect(name).toBeTruthy();
      expect(await idsOf(readerNamed("kenya@demo.test").actor, "organizations", name!)).toContain(kenya.id);
    }
    const people = await idsOf(readerNamed("norway@demo.test").actor, "people", kenya.nameZh!);
    expect(people.size).toBeGreaterThan(0);
  });

  it("finds words in any order (full text) and parts of words (trigram)", async () => {
    const reader = readerNamed("unodc@demo.test").actor;
    const [first, second] = CYRILLIC.split(" ");
    const post = (await searchKind(reader, "posts", `${second} ${first}`, ALL))!.hits.map((h) => h.id);
    expect(post).toHaveLength(1);
    const part = (await searchKind(reader, "posts", first.slice(2, 9), ALL))!.hits.map((h) => h.id);
    expect(part).toEqual(post);
  });

  it("finds one or two characters anywhere, in any case, as the lists do (matched as substrings only)", async () => {
    const reader = readerNamed("unodc@demo.test").actor;
    const post = (await searchKind(reader, "posts", CHINESE, ALL))!.hits.map((h) => h.id);
    for (const q of ["恐", "会议", "ТЕ", "ال"]) {
      const found = (await searchKind(reader, "posts", q, ALL))!.hits.map((h) => h.id);
      expect(found, q).toEqual(expect.arrayContaining(post));
    }
    // Nobody outside group 4 finds it by one character either.
    expect((await searchKind(readerNamed("outsider-search@example.test").actor, "posts", "恐", ALL))!.hits.map((h) => h.id)).not.toEqual(
      expect.arrayContaining(post),
    );
  });
});

describe("highlighting", () => {
  it("marks every occurrence, in any case and script, as plain runs of text", () => {
    expect(highlight("Counter-Terrorism <b>terrorism</b>", "terrorism")).toEqual([
      { text: "Counter-", match: false },
      { text: "Terrorism", match: true },
      { text: " <b>", match: false },
      { text: "terrorism", match: true },
      { text: "</b>", match: false },
    ]);
    expect(highlight(CYRILLIC, "ТЕРРОРИЗМА").filter((r) => r.match)).toEqual([{ text: "терроризма", match: true }]);
    expect(highlight(CHINESE, "合作").filter((r) => r.match)).toEqual([{ text: "合作", match: true }]);
    expect(highlight("50% (a.b)", "50% (a.b)")).toEqual([{ text: "50% (a.b)", match: true }]);
  });
});

describe("the /search page", () => {
  it("shows, per kind, the same counts as the search, and nothing for an empty query", async () => {
    for (const email of ["kenya@demo.test", "unodc@demo.test", "secretariat@demo.test", "outsider-search@example.test"]) {
      const reader = readerNamed(email);
      const q = CHINESE.slice(0, 2);
      const page = await callRoute(searchRoute.loader, { url: `/search?q=${encodeURIComponent(q)}`, cookie: reader.cookie });
      expect(page.status).toBe(200);
      const data = page.data as { groups: Array<{ kind: SearchKind; total: number; hits: unknown[] }> };
      for (const group of data.groups) {
        expect(group.total, `${email} ${group.kind}`).toBe((await searchKind(reader.actor, group.kind, q, ALL))!.total);
        expect(group.hits.length).toBeLessThanOrEqual(5);
      }
      const kinds = data.groups.map((g) => g.kind);
      expect(kinds.includes("recommendations")).toBe(canUseRecommendations(reader.actor));
      const empty = await callRoute(searchRoute.loader, { url: "/search", cookie: reader.cookie });
      expect((empty.data as { groups: unknown[] }).groups).toEqual([]);
    }
  });

  it("reads every kind together (kept or not) and gets, kind by kind, what each kind's own statement gets", async () => {
    let compared = 0;
    for (const reader of readers) {
      for (const q of ["a", "workshop", CHINESE.slice(0, 2), "терроризма", "Kenya", "no-such-word-anywhere"]) {
        const page = await searchEverything(reader.actor, SearchQuery.parse({ q }), "en");
        const expected = [];
        for (const kind of SEARCH_KINDS) {
          const alone = await searchKind(reader.actor, kind, q, { limit: PER_KIND, offset: 0, cap: OVERVIEW_CAP }, "en");
          if (alone)
            expected.push({ kind, hits: alone.hits, total: Math.min(alone.total, OVERVIEW_CAP), more: alone.total > OVERVIEW_CAP });
        }
        expect(page.groups, `${reader.email} "${q}"`).toEqual(expected);
        compared += page.groups.filter((g) => g.hits.length > 0).length;
      }
    }
    expect(compared).toBeGreaterThan(readers.length * 5);
  });

  it("pages through one kind", async () => {
    const reader = readerNamed("secretariat@demo.test");
    const page = await callRoute(searchRoute.loader, { url: "/search?q=a&kind=organizations&page=2", cookie: reader.cookie });
    const data = page.data as { kind: string; groups: Array<{ kind: string; total: number; hits: Array<{ id: string }> }> };
    expect(data.kind).toBe("organizations");
    expect(data.groups.map((g) => g.kind)).toEqual(["organizations"]);
    const everything = (await searchKind(reader.actor, "organizations", "a", ALL))!.hits.map((h) => h.id);
    expect(data.groups[0].hits.map((h) => h.id)).toEqual(everything.slice(20, 40));
  });

  // Runs last: it adds more activities than the search counts.
  it("counts matches up to 100 on the page of every kind and 1,000 on a kind's own, says 'more than' past that, and still pages in order", async () => {
    const reader = readerNamed("secretariat@demo.test");
    const lead = await db.organization.findFirstOrThrow({ where: { acronym: "UNODC" } });
    await db.activity.createMany({
      data: Array.from({ length: SEARCH_CAP + 10 }, (_, i) => ({
        title: `Capped workshop ${String(i).padStart(4, "0")}`,
        kind: "WORKSHOP" as const,
        leadOrganizationId: lead.id,
        pillar: 2,
        startDate: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000),
        endDate: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000),
        status: "COMPLETED" as const,
      })),
    });
    const overview = await callRoute(searchRoute.loader, { url: "/search?q=capped", cookie: reader.cookie });
    const group = (
      overview.data as { groups: Array<{ kind: string; total: number; more: boolean; hits: Array<{ id: string }> }> }
    ).groups.find((g) => g.kind === "activities")!;
    expect([group.total, group.more, group.hits.length]).toEqual([OVERVIEW_CAP, true, 5]);
    // The newest first, as the activity list orders them; the 50th page ends at the 1,000th.
    const newest = await db.activity.findMany({
      where: { title: { startsWith: "Capped workshop" } },
      orderBy: [{ startDate: "desc" }, { id: "desc" }],
    });
    expect(group.hits.map((h) => h.id)).toEqual(newest.slice(0, 5).map((a) => a.id));
    const first = await callRoute(searchRoute.loader, { url: "/search?q=capped&kind=activities", cookie: reader.cookie });
    const firstGroup = (first.data as { groups: Array<{ total: number; more: boolean; hits: Array<{ id: string }> }> }).groups[0]!;
    expect([firstGroup.total, firstGroup.more]).toEqual([SEARCH_CAP, true]);
    expect(firstGroup.hits.map((h) => h.id)).toEqual(newest.slice(0, 20).map((a) => a.id));
    const last = await callRoute(searchRoute.loader, { url: "/search?q=capped&kind=activities&page=50", cookie: reader.cookie });
    const lastGroup = (last.data as { groups: Array<{ total: number; more: boolean; hits: Array<{ id: string }> }> }).groups[0]!;
    expect(lastGroup.hits.map((h) => h.id)).toEqual(newest.slice(980, 1000).map((a) => a.id));
    expect([lastGroup.total, lastGroup.more]).toEqual([SEARCH_CAP, true]);
    // Below the cap the count is exact.
    const few = await callRoute(searchRoute.loader, { url: "/search?q=capped workshop 0999", cookie: reader.cookie });
    const fewGroup = (few.data as { groups: Array<{ kind: string; total: number; more: boolean }> }).groups.find(
      (g) => g.kind === "activities",
    )!;
    expect([fewGroup.total, fewGroup.more]).toEqual([1, false]);
  });
});

const cookies = { anonymous: undefined as string | undefined, focalPoint: "", secretariat: "", admin: "", suspended: "" };
beforeAll(async () => {
  cookies.focalPoint = readerNamed("kenya@demo.test").cookie;
  cookies.secretariat = readerNamed("secretariat@demo.test").cookie;
  cookies.admin = readerNamed("admin@demo.test").cookie;
  const suspended = await createUser({ status: "SUSPENDED", email: "suspended-search@example.test" });
  cookies.suspended = await sessionCookie(suspended.id);
});

walkAuthorizationTable("/search: who may search", cookies, [
  {
    name: "GET /search",
    fn: () => searchRoute.loader,
    url: "/search?q=kenya",
    expect: { anonymous: 302, focalPoint: 200, secretariat: 200, admin: 200, suspended: 302 },
  },
  {
    name: "GET /search for one kind",
    fn: () => searchRoute.loader,
    url: "/search?q=kenya&kind=recommendations&page=1",
    expect: { anonymous: 302, focalPoint: 200, secretariat: 200, admin: 200, suspended: 302 },
  },
]);
