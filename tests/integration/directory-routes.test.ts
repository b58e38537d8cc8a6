// Every directory, organizations, networking and profile route, for every kind of visitor; what a person
// chose to hide never reaches another user's page data, vCard or export; vCard and CSV read back with real
// parsers (ical.js, csv-parse); exports are the secretariat's and are audited.
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { sharedReferenceLists } from "~/domain/projects/reference-lists.server";
import * as directoryIndex from "~/routes/_app.directory._index";
import * as personRoute from "~/routes/_app.directory.$id";
import * as vcardRoute from "~/routes/_app.directory.$id_.vcard";
import * as exportCsv from "~/routes/_app.directory.export[.]csv";
import * as exportVcf from "~/routes/_app.directory.export[.]vcf";
import * as organizations from "~/routes/_app.organizations._index";
import * as organizationRoute from "~/routes/_app.organizations.$id";
import * as network from "~/routes/_app.network";
import * as profile from "~/routes/_app.profile._index";
import * as resourcesIndex from "~/routes/_app.resources._index";
import { walkAuthorizationTable, type RouteCase, type Visitor } from "../support/authorization";
import { callRoute, drawnData, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";

const cookies: Record<Visitor, string | undefined> = { anonymous: undefined, focalPoint: "", secretariat: "", admin: "" };
const HIDDEN_PHONE = "+41 22 555 0987";
const SHOWN_PHONE = "+41 22 555 1234";
let hiddenId: string;
let shownId: string;
let suspendedId: string;
let focalPointId: string;
let kenyaId: string;

beforeAll(async () => {
  await seedReference();
  const focalPoint = await createUser({
    role: "FOCAL_POINT",
    organization: "KEN",
    name: "Wanjiru Test",
    interests: [1],
    groups: [[1, "MEMBER"]],
  });
  focalPointId = focalPoint.id;
  cookies.focalPoint = await sessionCookie(focalPoint.id);
  cookies.secretariat = await sessionCookie(
    (await createUser({ role: "SECRETARIAT", organization: "UNOCT", name: "Secretariat Person" })).id,
  );
  cookies.admin = await sessionCookie((await createUser({ role: "ADMIN", organization: "UNOCT", name: "Admin Person" })).id);
  hiddenId = (
    await createUser({
      name: "Hidden Phone Kamau",
      email: "hidden@example.test",
      organization: "KEN",
      title: "Director: Policy, Planning; Research",
      phone: HIDDEN_PHONE,
      phoneVisible: false,
      languages: ["en", "sw"],
      interests: [1],
      groups: [[1, "CHAIR"]],
    })
  ).id;
  shownId = (
    await createUser({
      name: "李明 Shown",
      email: "shown@example.test",
      organization: "CHN",
      title: "参赞",
      phone: SHOWN_PHONE,
      phoneVisible: true,
      languages: ["zh", "en"],
      interests: [1, 3],
      groups: [[1, "MEMBER"]],
    })
  ).id;
  suspendedId = (
    await createUser({
      name: "Suspended Kamau",
      email: "suspended@example.test",
      organization: "KEN",
      status: "SUSPENDED",
      interests: [1],
      groups: [[1, "MEMBER"]],
    })
  ).id;
  await createUser({
    name: "Invited Kamau",
    email: "invited@example.test",
    organization: "KEN",
    status: "INVITED",
    interests: [1],
    groups: [[1, "MEMBER"]],
  });
  kenyaId = (await organizationByCode("KEN")).id;
});

const everyone = { anonymous: 302, focalPoint: 200, secretariat: 200, admin: 200 };
const secretariatOnly = { anonymous: 302, focalPoint: 403, secretariat: 200, admin: 200 };
const nobody = { anonymous: 302, focalPoint: 404, secretariat: 404, admin: 404 };
const cases: RouteCase[] = [
  { name: "directory", fn: () => directoryIndex.loader, url: "/directory?q=kamau", expect: everyone },
  { name: "person page", fn: () => personRoute.loader, url: "/directory/x", params: () => ({ id: hiddenId }), expect: everyone },
  {
    name: "suspended person's page",
    fn: () => personRoute.loader,
    url: "/directory/x",
    params: () => ({ id: suspendedId }),
    expect: nobody,
  },
  {
    name: "unknown person",
    fn: () => personRoute.loader,
    url: "/directory/x",
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    expect: nobody,
  },
  { name: "malformed person id", fn: () => personRoute.loader, url: "/directory/x", params: () => ({ id: "not-a-uuid" }), expect: nobody },
  { name: "person vCard", fn: () => vcardRoute.loader, url: "/directory/x/vcard", params: () => ({ id: shownId }), expect: everyone },
  {
    name: "suspended person's vCard",
    fn: () => vcardRoute.loader,
    url: "/directory/x/vcard",
    params: () => ({ id: suspendedId }),
    expect: nobody,
  },
  { name: "CSV export", fn: () => exportCsv.loader, url: "/directory/export.csv?region=AFRICA", expect: secretariatOnly },
  { name: "vCard export", fn: () => exportVcf.loader, url: "/directory/export.vcf?region=AFRICA", expect: secretariatOnly },
  { name: "organizations", fn: () => organizations.loader, url: "/organizations", expect: everyone },
  {
    name: "organization page",
    fn: () => organizationRoute.loader,
    url: "/organizations/x",
    params: () => ({ id: kenyaId }),
    expect: everyone,
  },
  {
    name: "unknown organization",
    fn: () => organizationRoute.loader,
    url: "/organizations/x",
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    expect: nobody,
  },
  { name: "network", fn: () => network.loader, url: "/network", expect: everyone },
  { name: "profile", fn: () => profile.loader, url: "/profile", expect: everyone },
  {
    name: "profile save with bad input",
    fn: () => profile.action,
    url: "/profile",
    form: () => ({ version: "1", timeZone: "Mars/Olympus", phone: "12" }),
    expect: { anonymous: 302, focalPoint: 400, secretariat: 400, admin: 400 },
  },
];

walkAuthorizationTable("who may use which directory page", cookies, cases);

const asText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
const digitsOf = (phone: string) => phone.replace(/\D/g, "");

describe("a hidden phone number", () => {
  it("never reaches another user's page data, anywhere in the directory", async () => {
    const pages = [
      await callRoute(directoryIndex.loader, { url: "/directory?q=kamau", cookie: cookies.focalPoint }),
      await callRoute(directoryIndex.loader, { url: "/directory?size=100", cookie: cookies.secretariat }),
      await callRoute(personRoute.loader, { url: "/directory/x", cookie: cookies.focalPoint, params: { id: hiddenId } }),
      await callRoute(personRoute.loader, { url: "/directory/x", cookie: cookies.admin, params: { id: hiddenId } }),
      await callRoute(vcardRoute.loader, { url: "/directory/x/vcard", cookie: cookies.secretariat, params: { id: hiddenId } }),
      await callRoute(organizationRoute.loader, { url: "/organizations/x", cookie: cookies.focalPoint, params: { id: kenyaId } }),
      await callRoute(network.loader, { url: "/network", cookie: cookies.focalPoint }),
      await callRoute(exportCsv.loader, { url: "/directory/export.csv", cookie: cookies.secretariat }),
      await callRoute(exportVcf.loader, { url: "/directory/export.vcf", cookie: cookies.admin }),
    ];
    for (const page of pages) {
      expect(page.status).toBe(200);
      const text = asText(page.data);
      expect(text).toContain("Hidden Phone Kamau");
      expect(text).not.toContain(HIDDEN_PHONE);
      expect(text.replace(/\D/g, "")).not.toContain(digitsOf(HIDDEN_PHONE));
    }
    // The phone its owner shows is there.
    const shown = await callRoute(personRoute.loader, { url: "/directory/x", cookie: cookies.focalPoint, params: { id: shownId } });
    expect(asText(shown.data)).toContain(SHOWN_PHONE);
  });

  it("is shown to its owner", async () => {
    const own = await callRoute(personRoute.loader, {
      url: "/directory/x",
      cookie: await sessionCookie(hiddenId),
      params: { id: hiddenId },
    });
    expect(own.data).toMatchObject({ person: { phone: HIDDEN_PHONE }, isMe: true });
  });
});

describe("invited and suspended accounts", () => {
  it("are never listed: directory, organization page, networking, exports", async () => {
    const outcomes = [
      await callRoute(directoryIndex.loader, { url: "/directory?q=kamau", cookie: cookies.focalPoint }),
      await callRoute(organizationRoute.loader, { url: "/organizations/x", cookie: cookies.focalPoint, params: { id: kenyaId } }),
      await callRoute(network.loader, { url: "/network", cookie: cookies.focalPoint }),
      await callRoute(exportCsv.loader, { url: "/directory/export.csv?q=kamau", cookie: cookies.secretariat }),
      await callRoute(exportVcf.loader, { url: "/directory/export.vcf?q=kamau", cookie: cookies.secretariat }),
    ];
    for (const outcome of outcomes) {
      const text = asText(outcome.data);
      expect(text).toContain("Hidden Phone Kamau");
      expect(text).not.toContain("Suspended Kamau");
      expect(text).not.toContain("Invited Kamau");
    }
    const list = (await callRoute(directoryIndex.loader, { url: "/directory?q=kamau", cookie: cookies.focalPoint })).data as {
      total: number;
    };
    expect(list.total).toBe(1);
    const orgs = (await callRoute(organizations.loader, { url: `/organizations?q=kenya`, cookie: cookies.focalPoint })).data as {
      organizations: Array<{ name: string; focalPoints: number }>;
    };
    // Kenya: the focal point, Hidden Phone Kamau (the suspended and the invited do not count).
    expect(orgs.organizations.find((o) => o.name === "Kenya")?.focalPoints).toBe(2);
  });
});

describe("vCard", () => {
  it("is a vCard 4.0 that a real parser reads back, with the contact fields the person shows", async () => {
    const outcome = await callRoute(vcardRoute.loader, { url: "/directory/x/vcard", cookie: cookies.focalPoint, params: { id: shownId } });
    expect(outcome.headers.get("Content-Type")).toBe("text/vcard; charset=utf-8");
    expect(outcome.headers.get("Content-Disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("李明 Shown.vcf")}`);
    const text = outcome.data as string;
    expect(text.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n")).toBe(true);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const card = new ICAL.Component(ICAL.parse(text));
    expect(card.getFirstPropertyValue("version")).toBe("4.0");
    expect(card.getFirstPropertyValue("fn")).toBe("李明 Shown");
    expect(card.getFirstPropertyValue("title")).toBe("参赞");
    expect(card.getFirstProperty("org")?.getValues()).toEqual(["China"]);
    expect(card.getFirstPropertyValue("email")).toBe("shown@example.test");
    expect(card.getFirstPropertyValue("tel")).toBe("tel:+41-22-555-1234");
    expect(card.getAllProperties("lang").map((p) => p.getFirstValue())).toEqual(["zh", "en"]);
    expect(card.getFirstPropertyValue("uid")).toBe(`urn:uuid:${shownId}`);
    expect(card.getFirstPropertyValue("url")).toBe(`http://localhost:3000/directory/${shownId}`);
    expect(card.getFirstPropertyValue("note")).toMatch(/^Working groups: Preventing and Countering Violent Extremism[^;]* \(Member\)$/);
  });

  it("keeps punctuation in text values intact, and leaves a hidden phone out", async () => {
    const outcome = await callRoute(vcardRoute.loader, { url: "/directory/x/vcard", cookie: cookies.focalPoint, params: { id: hiddenId } });
    const card = new ICAL.Component(ICAL.parse(outcome.data as string));
    expect(card.getFirstPropertyValue("title")).toBe("Director: Policy, Planning; Research");
    expect(card.getFirstProperty("tel")).toBeNull();
  });
});

describe("exports", () => {
  it("give the secretariat the whole filtered result as CSV, read back by csv-parse, and audit it with the filter", async () => {
    const outcome = await callRoute(exportCsv.loader, {
      url: "/directory/export.csv?region=AFRICA&interest=1&sort=organization",
      cookie: cookies.secretariat,
    });
    expect(outcome.status).toBe(200);
    expect(outcome.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(outcome.headers.get("Content-Disposition")).toMatch(/^attachment; filename="directory-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parseCsv(outcome.data as string, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.Name).sort()).toEqual(["Hidden Phone Kamau", "Wanjiru Test"]);
    const hidden = rows.find((r) => r.Name === "Hidden Phone Kamau")!;
    expect(hidden).toMatchObject({
      Email: "hidden@example.test",
      Organization: "Kenya",
      Country: "Kenya",
      Region: "Africa",
      Phone: "",
      Languages: "English; Swahili",
    });
    expect(hidden["Working groups"]).toMatch(/^Preventing and Countering Violent Extremism[^;]* \(Chair\)$/);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "directory.exported" }, orderBy: { createdAt: "desc" } });
    expect(event.after).toEqual({ format: "csv", filters: { region: "AFRICA", interest: 1 }, sort: "organization", count: 2 });
  });

  it("give one vCard file of the result, every card readable", async () => {
    const outcome = await callRoute(exportVcf.loader, { url: "/directory/export.vcf?interest=1", cookie: cookies.admin });
    const cards = (ICAL.parse(outcome.data as string) as unknown[]).map((jcard) => new ICAL.Component(jcard as never));
    expect(cards.map((c) => c.getFirstPropertyValue("fn")).sort()).toEqual(["Hidden Phone Kamau", "Wanjiru Test", "李明 Shown"]);
    expect(cards.find((c) => c.getFirstPropertyValue("fn") === "李明 Shown")?.getFirstPropertyValue("tel")).toBe("tel:+41-22-555-1234");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "directory.exported" }, orderBy: { createdAt: "desc" } });
    expect(event.after).toMatchObject({ format: "vcf", filters: { interest: 1 }, count: 3 });
  });

  it("are refused to focal points, and nothing is recorded as exported", async () => {
    const before = await db.auditEvent.count({ where: { action: "directory.exported" } });
    for (const fn of [exportCsv.loader, exportVcf.loader]) {
      const outcome = await callRoute(fn, { url: "/directory/export.csv", cookie: cookies.focalPoint });
      expect(outcome.status).toBe(403);
      expect(asText(outcome.data)).not.toContain("Kamau");
    }
    expect(await db.auditEvent.count({ where: { action: "directory.exported" } })).toBe(before);
  });

  it("quote a cell that a spreadsheet would run as a formula", async () => {
    await createUser({ name: '=HYPERLINK("http://evil.test")', email: "formula@example.test", organization: "CHN", title: "@SUM(1)" });
    const outcome = await callRoute(exportCsv.loader, { url: "/directory/export.csv?q=formula", cookie: cookies.secretariat });
    const [row] = parseCsv(outcome.data as string, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(row.Name).toBe('\'=HYPERLINK("http://evil.test")');
    expect(row.Title).toBe("'@SUM(1)");
  });
});

describe("organizations and networking", () => {
  it("summarise how many States and entities have focal points", async () => {
    const { summary } = (await callRoute(organizations.loader, { url: "/organizations", cookie: cookies.focalPoint })).data as {
      summary: Array<{ kind: string; total: number; nominated: number }>;
    };
    // Kenya and China (Member States); UNOCT (entity: the secretariat and admin accounts).
    expect(summary).toEqual([
      { kind: "MEMBER_STATE", total: 193, nominated: 2 },
      { kind: "COMPACT_ENTITY", total: 39, nominated: 1 },
      { kind: "COMPACT_OBSERVER", total: 7, nominated: 0 },
    ]);
    const without = (
      await callRoute(organizations.loader, { url: "/organizations?kind=MEMBER_STATE&nominated=no", cookie: cookies.focalPoint })
    ).data as { total: number };
    expect(without.total).toBe(191);
  });

  it("lists an organization's focal points and the groups it leads or sits in", async () => {
    const unodc = await organizationByCode("UNODC");
    const page = (
      await callRoute(organizationRoute.loader, { url: "/organizations/x", cookie: cookies.focalPoint, params: { id: unodc.id } })
    ).data as { groups: Array<{ number: number; leadRole: string | null; members: number }> };
    // UNODC leads groups by decision of the Compact (group_lead) without any focal point of its own here.
    expect(page.groups).toEqual(expect.arrayContaining([expect.objectContaining({ number: 4, leadRole: "CHAIR", members: 0 })]));
    expect(page.groups.every((g) => g.leadRole !== null && g.members === 0)).toBe(true);
    const kenya = (
      await callRoute(organizationRoute.loader, { url: "/organizations/x", cookie: cookies.focalPoint, params: { id: kenyaId } })
    ).data as {
      focalPoints: { total: number; people: Array<{ name: string }> };
      groups: Array<{ number: number; leadRole: string | null; members: number }>;
    };
    expect(kenya.focalPoints.people.map((p) => p.name)).toEqual(["Hidden Phone Kamau", "Wanjiru Test"]);
    expect(kenya.groups).toEqual([expect.objectContaining({ number: 1, leadRole: null, members: 2 })]);
  });

  it("suggests people who share my groups and interests, newcomers and colleagues", async () => {
    const data = (await callRoute(network.loader, { url: "/network", cookie: cookies.focalPoint })).data as Record<
      string,
      Array<{ id: string; name: string }>
    > & { colleagueCount: number };
    expect(data.groupPeers.map((p) => p.name).sort()).toEqual(["Hidden Phone Kamau", "李明 Shown"]);
    expect(data.interestPeers.map((p) => p.name).sort()).toEqual(["Hidden Phone Kamau", "李明 Shown"]);
    expect(data.colleagues.map((p) => p.name)).toEqual(["Hidden Phone Kamau"]);
    expect(data.colleagueCount).toBe(1);
    expect(data.recent.map((p) => p.id)).not.toContain(focalPointId);
    expect(data.recent.length).toBeGreaterThan(0);
  });
});

describe("names sent to the browser", () => {
  it("the directory, networking, the organizations and the library send organizations and groups named in the reader's language only", async () => {
    const reader = await createUser({ organization: "KEN", name: "Spanish Reader", groups: [[1, "MEMBER"]] });
    await db.user.update({ where: { id: reader.id }, data: { locale: "es" } });
    const cookie = await sessionCookie(reader.id);
    const directoryData = (await callRoute(directoryIndex.loader, { url: "/directory?q=spanish", cookie })).data as {
      reference: string;
      list: unknown;
    };
    type Listed = { organization: Record<string, unknown>; memberships: Array<{ group: Record<string, unknown> }> };
    const directory = { ...directoryData, people: drawnData<{ people: Listed[] }>(directoryData.list).people };
    // The filters' organizations and groups are not in the page's data: it names the reference lists in Spanish,
    // which the server renders with and the browser fetches once (/reference-lists/<handle>).
    expect(directory).not.toHaveProperty("organizations");
    expect(directory.reference).toMatch(/^es\//);
    const directoryLists = sharedReferenceLists(directory.reference)!;
    const library = (await callRoute(resourcesIndex.loader, { url: "/resources", cookie })).data as { reference: string };
    // The library's publisher filter names the same lists as the directory's filters, not a copy in its data.
    expect(library).not.toHaveProperty("organizations");
    expect(library.reference).toBe(directory.reference);
    const networkPage = (await callRoute(network.loader, { url: "/network", cookie })).data as {
      myGroups: Array<Record<string, unknown>>;
      groupPeers: Array<{ organization: Record<string, unknown>; memberships: Array<{ group: Record<string, unknown> }> }>;
    };
    const organizationsPage = (await callRoute(organizations.loader, { url: "/organizations?q=ken", cookie })).data as {
      organizations: Array<Record<string, unknown>>;
    };
    expect(organizationsPage.organizations.map((o) => o.name)).toContain("Kenia");
    const named = [
      ...networkPage.myGroups,
      ...networkPage.groupPeers.flatMap((p) => [p.organization, ...p.memberships.map((m) => m.group)]),
      ...organizationsPage.organizations,
      ...directoryLists.organizations,
      ...directoryLists.groups,
      ...directory.people.flatMap((p) => [p.organization, ...p.memberships.map((m) => m.group)]),
    ];
    expect(directory.people.map((p) => p.organization.name)).toContain("Kenia");
    expect(directoryLists.organizations.map((o) => o.name)).toContain("Kenia");
    expect(named.length).toBeGreaterThan(10);
    for (const record of named)
      for (const other of ["nameZh", "nameAr", "nameFr", "nameRu", "nameEs"]) expect(record).not.toHaveProperty(other);
  });
});

describe("the networking page's suggestions", () => {
  it("are, list by list, what each list's own definition gives, in its order", async () => {
    const people = [
      { name: "Net Alpha", groups: [1, 2], interests: [2, 3] },
      { name: "Net Beta", groups: [1], interests: [3] },
      { name: "Net Gamma", groups: [2, 3], interests: [2, 3, 4] },
      { name: "Net Delta", groups: [3], interests: [5] },
      { name: "Net Epsilon", groups: [1, 2, 3], interests: [2] },
      { name: "Net Zeta", groups: [], interests: [3, 4] },
      { name: "Net Eta", groups: [2], interests: [] },
    ];
    for (const person of people)
      await createUser({
        organization: "AUT",
        name: person.name,
        interests: person.interests,
        groups: person.groups.map((number) => [number, "MEMBER"] as [number, "MEMBER"]),
      });
    await createUser({ organization: "AUT", name: "Net Suspended", status: "SUSPENDED", interests: [2, 3], groups: [[1, "MEMBER"]] });
    const reader = await createUser({
      organization: "AUT",
      name: "Net Reader",
      interests: [2, 3],
      groups: [
        [1, "MEMBER"],
        [2, "MEMBER"],
      ],
    });
    const data = (await callRoute(network.loader, { url: "/network", cookie: await sessionCookie(reader.id) })).data as Record<
      "groupPeers" | "interestPeers" | "recent" | "colleagues",
      Array<{ id: string }>
    > & { colleagueCount: number; myInterests: number[] };

    // Each list as it was defined when it was a statement of its own.
    const groupIds = (await db.membership.findMany({ where: { userId: reader.id }, select: { groupId: true } })).map((m) => m.groupId);
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
    const groupPeers = await db.$queryRaw<Array<{ id: string }>>`
      SELECT u.id::text AS id FROM membership m JOIN "user" u ON u.id = m.user_id
      WHERE m.group_id = ANY(${groupIds}::uuid[]) AND u.id <> ${reader.id}::uuid AND u.status = 'ACTIVE'
      GROUP BY u.id, u.sort_name ORDER BY count(*) DESC, u.sort_name, u.id LIMIT 6`;
    const interestPeers = await db.$queryRaw<Array<{ id: string }>>`
      SELECT u.id::text AS id FROM "user" u
      WHERE u.interests && ${[2, 3]}::integer[] AND u.id <> ${reader.id}::uuid AND u.status = 'ACTIVE'
      ORDER BY cardinality(ARRAY(SELECT unnest(u.interests) INTERSECT SELECT unnest(${[2, 3]}::integer[]))) DESC, u.created_at DESC, u.id
      LIMIT 6`;
    const others = { status: "ACTIVE" as const, id: { not: reader.id } };
    const recent = await db.user.findMany({
      where: others,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 6,
      select: { id: true },
    });
    const colleagueWhere = { ...others, organizationId: reader.organizationId };
    const colleagues = await db.user.findMany({
      where: colleagueWhere,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 6,
      select: { id: true },
    });

    expect(data.myInterests).toEqual([2, 3]);
    expect(ids(data.groupPeers)).toEqual(ids(groupPeers));
    expect(ids(data.interestPeers)).toEqual(ids(interestPeers));
    expect(ids(data.recent)).toEqual(ids(recent));
    expect(ids(data.colleagues)).toEqual(ids(colleagues));
    expect(data.colleagueCount).toBe(await db.user.count({ where: colleagueWhere }));
    expect(data.colleagueCount).toBe(people.length);
    // The lists hold what they say: Epsilon shares both groups, Gamma both interests; nobody suspended.
    const names = new Map((await db.user.findMany({ select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    expect(names.get(data.groupPeers[0].id)).toMatch(/^Net (Alpha|Epsilon)$/);
    expect(data.interestPeers.map((p) => names.get(p.id))).toEqual(expect.arrayContaining(["Net Alpha", "Net Gamma"]));
    expect(
      [...Object.values(data)].flat().some((p) => typeof p === "object" && names.get((p as { id: string }).id) === "Net Suspended"),
    ).toBe(false);
  });
});
