// The directory's search and filters, run in PostgreSQL: partial words, case, accents, names in Chinese,
// Arabic and Cyrillic (1–2 character Chinese queries too), organization and country, filter combinations,
// pagination edges, and never an invited or suspended account.
process.env.DB_COUNT_QUERIES = "1";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { directoryPersonSelect, loadEntries, readEntries, searchDirectory, visibleEntry } from "~/domain/directory/people.server";
import { DirectoryQuery } from "~/domain/directory/filters";
import { parseSearchParams } from "~/forms.server";
import type { ActingUser } from "~/auth/guards.server";
import { actingAs, createUser, organizationByCode, seedReference, statementsOf } from "../support/fixtures";

let reader: ActingUser;

beforeAll(async () => {
  await seedReference();
  reader = await actingAs((await createUser({ name: "Reader Person", email: "reader@example.test", organization: "KEN" })).id);
  await createUser({
    name: "José Martínez",
    email: "jmartinez@example.test",
    organization: "COL",
    title: "Asesor, Ministerio de Defensa",
    languages: ["es", "en"],
    interests: [4],
    groups: [[4, "MEMBER"]],
  });
  await createUser({
    name: "Zoë Müller",
    email: "zmueller@example.test",
    organization: "DEU",
    title: "Legal Adviser",
    languages: ["de", "en"],
    interests: [2, 3],
    groups: [[3, "VICE_CHAIR"]],
  });
  await createUser({ name: "Søren Nørgaard", email: "snorgaard@example.test", organization: "DNK", languages: ["da"] });
  await createUser({ name: "李明华", email: "li.minghua@example.test", organization: "CHN", languages: ["zh"], interests: [3] });
  await createUser({ name: "王小明", email: "wang.xiaoming@example.test", organization: "CHN", languages: ["zh", "en"] });
  await createUser({ name: "محمد العبدالله", email: "m.abdullah@example.test", organization: "JOR", languages: ["ar"], interests: [1] });
  await createUser({ name: "Анна Петрова", email: "a.petrova@example.test", organization: "RUS", languages: ["ru"] });
  await createUser({ name: "ANNA PETERSEN", email: "a.petersen@example.test", organization: "NOR", languages: ["no", "en"] });
  await createUser({
    name: "Ana Ribeiro",
    email: "a.ribeiro@example.test",
    organization: "UNODC",
    languages: ["pt", "en"],
    interests: [4],
    groups: [[4, "CHAIR"]],
  });
  await createUser({
    name: "Suspended Martínez",
    email: "s.martinez@example.test",
    organization: "COL",
    status: "SUSPENDED",
    languages: ["es"],
  });
  await createUser({
    name: "Invited Martínez",
    email: "i.martinez@example.test",
    organization: "COL",
    status: "INVITED",
    languages: ["es"],
  });
});

const search = (qs: string, language = "en") =>
  searchDirectory(reader, parseSearchParams(`http://localhost/directory?${qs}`, DirectoryQuery), language);
const names = async (qs: string) => (await search(qs)).people.map((p) => p.name).sort();
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe("directory search", () => {
  it("matches parts of words, whatever the case", async () => {
    expect(await names(q("mart"))).toEqual(["José Martínez"]);
    expect(await names(q("ínez"))).toEqual(["José Martínez"]);
    expect(await names(q("JOSÉ"))).toEqual(["José Martínez"]);
    expect(await names(q("anna pete"))).toEqual(["ANNA PETERSEN"]);
  });

  it("ignores accents both ways", async () => {
    expect(await names(q("jose martinez"))).toEqual(["José Martínez"]);
    expect(await names(q("muller"))).toEqual(["Zoë Müller"]);
    expect(await names(q("zoe"))).toEqual(["Zoë Müller"]);
    expect(await names(q("norgaard"))).toEqual(["Søren Nørgaard"]);
    expect(await names(q("Martinéz"))).toEqual(["José Martínez"]);
  });

  it("finds names written in Chinese, with one or two characters too", async () => {
    expect(await names(q("李明华"))).toEqual(["李明华"]);
    expect(await names(q("李"))).toEqual(["李明华"]);
    expect(await names(q("明"))).toEqual(["李明华", "王小明"]);
    expect(await names(q("小明"))).toEqual(["王小明"]);
  });

  it("finds names written in Arabic and Cyrillic, in part and in any case", async () => {
    expect(await names(q("العبدالله"))).toEqual(["محمد العبدالله"]);
    expect(await names(q("عبد"))).toEqual(["محمد العبدالله"]);
    expect(await names(q("петров"))).toEqual(["Анна Петрова"]);
    expect(await names(q("АННА"))).toEqual(["Анна Петрова"]);
    expect(await names(q("anna"))).toEqual(["ANNA PETERSEN"]);
  });

  it("searches email, title, organization name and acronym, and country (in English or Chinese)", async () => {
    expect(await names(q("zmueller@"))).toEqual(["Zoë Müller"]);
    expect(await names(q("legal advis"))).toEqual(["Zoë Müller"]);
    expect(await names(q("unodc"))).toEqual(["Ana Ribeiro"]);
    expect(await names(q("drugs and crime"))).toEqual(["Ana Ribeiro"]);
    expect(await names(q("colombia"))).toEqual(["José Martínez"]);
    expect(await names(q("哥伦比亚"))).toEqual(["José Martínez"]);
    expect(await names(q("jose colombia"))).toEqual(["José Martínez"]);
    expect(await names(q("jose norway"))).toEqual([]);
  });

  it("treats LIKE's special characters as text", async () => {
    expect((await search(q("%"))).total).toBe(0);
    expect((await search(q("_"))).total).toBe(0);
    expect((await search(q("\\"))).total).toBe(0);
  });

  it("never lists invited or suspended accounts, in results or in counts", async () => {
    const result = await search(q("martínez"));
    expect(result.people.map((p) => p.name)).toEqual(["José Martínez"]);
    expect(result.total).toBe(1);
    const everyone = await search("size=100");
    expect(everyone.people.map((p) => p.name)).not.toContain("Suspended Martínez");
    expect(everyone.people.map((p) => p.name)).not.toContain("Invited Martínez");
    expect(everyone.total).toBe(await db.user.count({ where: { status: "ACTIVE" } }));
  });
});

describe("directory filters", () => {
  it("filter by organization kind, region, organization, language and interest, and combine them", async () => {
    expect(await names("kind=COMPACT_ENTITY")).toEqual(["Ana Ribeiro"]);
    expect(await names("region=EUROPE&language=de")).toEqual(["Zoë Müller"]);
    expect(await names("language=zh")).toEqual(["李明华", "王小明"]);
    expect(await names("language=zh&interest=3")).toEqual(["李明华"]);
    expect(await names("interest=4")).toEqual(["Ana Ribeiro", "José Martínez"]);
    expect(await names("interest=4&kind=MEMBER_STATE")).toEqual(["José Martínez"]);
    const china = await organizationByCode("CHN");
    expect(await names(`organization=${china.id}&${q("小")}`)).toEqual(["王小明"]);
    expect(await names("region=ASIA&language=ar")).toEqual(["محمد العبدالله"]);
    expect(await names("region=AFRICA&language=ar")).toEqual([]);
  });

  it("filter by working group and by chairs", async () => {
    expect(await names("group=criminal-justice-cft")).toEqual(["Ana Ribeiro", "José Martínez"]);
    expect(await names("group=criminal-justice-cft&chairs=1")).toEqual(["Ana Ribeiro"]);
    expect(await names("chairs=1")).toEqual(["Ana Ribeiro", "Zoë Müller"]);
    expect(await names("chairs=1&language=de")).toEqual(["Zoë Müller"]);
  });

  it("ignores a filter it cannot read instead of failing (a bad shared link still opens)", async () => {
    const result = await search("language=klingon&interest=9&kind=PLANET&size=7&page=-3&sort=age");
    expect(result.total).toBe(await db.user.count({ where: { status: "ACTIVE" } }));
    expect(result.pageSize).toBe(25);
    expect(result.page).toBe(1);
  });
});

describe("directory pages and order", () => {
  beforeAll(async () => {
    for (let i = 0; i < 30; i++)
      await createUser({ name: `Bulk Person ${String(i).padStart(2, "0")}`, email: `bulk${i}@example.test`, organization: "ISL" });
  });

  it("splits the results into pages of the chosen size, and answers past the end with no one", async () => {
    const iceland = (await organizationByCode("ISL")).id;
    const page3 = await search(`organization=${iceland}&size=10&page=3`);
    expect(page3.total).toBe(30);
    expect(page3.people.map((p) => p.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Bulk Person ${20 + i}`));
    const past = await search(`organization=${iceland}&size=10&page=4`);
    expect(past).toMatchObject({ total: 30, page: 4, people: [] });
    const single = await search(`organization=${iceland}&size=100`);
    expect(single.people).toHaveLength(30);
    const ids = new Set<string>();
    for (let page = 1; page <= 3; page++)
      for (const p of (await search(`organization=${iceland}&size=10&page=${page}`)).people) ids.add(p.id);
    expect(ids.size).toBe(30);
  });

  it("sorts by name ignoring case and accents, or by organization", async () => {
    await createUser({ name: "álvarez Low", email: "alvarez@example.test", organization: "ESP" });
    await createUser({ name: "Bravo High", email: "bravo@example.test", organization: "ESP" });
    const spain = (await organizationByCode("ESP")).id;
    expect((await search(`organization=${spain}`)).people.map((p) => p.name)).toEqual(["álvarez Low", "Bravo High"]);
    const byOrganization = (await search("sort=organization&size=100&kind=MEMBER_STATE")).people.map((p) => p.organization.name);
    expect(byOrganization).toEqual([...byOrganization].sort(new Intl.Collator("en-GB").compare));
  });

  it("runs the same number of SQL statements whatever the page size", async () => {
    // Each measured on its second run: the count of a search is kept (a page of another size shares it), so a first
    // run counts and the next does not, whatever the size.
    const statementsFor = async (qs: string) => {
      await search(qs);
      return (await statementsOf(() => search(qs))).statements;
    };
    const small = await statementsFor("size=10");
    expect(small).toBeGreaterThan(0);
    expect(await statementsFor("size=100")).toBe(small);
    expect(await statementsFor(`size=50&${q("bulk")}`)).toBe(small);
  });
});
describe("a page's people", () => {
  it("are read as Prisma's select of them reads them, memberships, hidden phones and all", async () => {
    const person = await createUser({
      name: "Entry Shape Person",
      organization: "UNODC",
      groups: [
        [3, "CHAIR"],
        [1, "MEMBER"],
      ],
    });
    await db.user.update({
      where: { id: person.id },
      data: { phone: "+1 555 0100", phoneVisible: false, leftAt: new Date("2026-01-02T03:04:05.678Z") },
    });
    const shown = await createUser({ name: "Entry Shown Phone", organization: "KEN", phone: "+254 700 000", phoneVisible: true });
    const ids = [shown.id, person.id, reader.id];
    const prisma = await db.user.findMany({ where: { id: { in: ids }, status: "ACTIVE" }, select: directoryPersonSelect });
    const expected = ids.map((id) =>
      visibleEntry(
        reader,
        prisma.find((p) => p.id === id)!,
      ),
    );
    expect(await loadEntries(reader, ids)).toEqual(expected);
    expect(await readEntries(reader, ids)).toEqual(expected);
    // In the order asked, the hidden phone removed, the memberships by group number.
    const [first, second] = await loadEntries(reader, ids);
    expect([first.name, first.phone, second.name, second.phone]).toEqual(["Entry Shown Phone", "+254 700 000", "Entry Shape Person", null]);
    expect(second.memberships.map((m) => [m.group.number, m.role])).toEqual([
      [1, "MEMBER"],
      [3, "CHAIR"],
    ]);
  });
});
