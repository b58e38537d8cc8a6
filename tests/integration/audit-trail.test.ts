// The audit trail reads as sentences: events written through the domain functions come back from the page's
// loader as one sentence each, naming the records with links the reader may follow; a deleted record keeps
// its name without a link; and the page costs the same SQL statements however many events it shows.
process.env.DB_COUNT_QUERIES = "1";
import { createInstance } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { canAdminister } from "~/auth/policy";
import type { ActingUser } from "~/auth/guards.server";
import { AUDIT_COUNT_CAP, AuditFilters, listAuditEvents } from "~/domain/admin/audit-trail.server";
import type { AuditSentence } from "~/domain/admin/audit-sentences";
import { changeMembership } from "~/domain/groups/members.server";
import { inviteUser } from "~/domain/admin/invitations.server";
import { signIn } from "~/domain/account/sign-in.server";
import { createThematicArea, deleteThematicArea, NewThematicAreaInput } from "~/domain/projects/thematic-areas.server";
import { resources } from "~/i18n/resources.server";
import * as audit from "~/routes/_app.admin.audit";
import * as newProject from "~/routes/_app.projects.new";
import * as editProject from "~/routes/_app.projects.$id_.edit";
import { composeSentence, plainText, type SentenceI18n } from "~/ui/admin/audit-sentence-text";
import {
  actingAs,
  callRoute,
  drawnData,
  createUser,
  organizationByCode,
  seedReference,
  sessionCookie,
  TEST_PASSWORD,
  statementsOf,
} from "../support/fixtures";

const i18n: Record<"en" | "zh", SentenceI18n> = {} as never;
const cookies = { secretariat: "", admin: "", amina: "" };
const ids = { reader: "", admin: "", amina: "", wanjiru: "", unodc: "", unoct: "", kenya: "", project: "" };
let reader: ActingUser;
let chair: ActingUser;
let group: { id: string; slug: string; name: string };
let projectVersion = 1;

function projectForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    code: "UNODC-BST-01",
    title: "Border security training",
    summary: "",
    leadOrganizationId: ids.unodc,
    partnerIds: [],
    pillars: ["2"],
    thematicAreas: ["border-security"],
    countries: ["KEN"],
    regions: [],
    startDate: "2026-01-01",
    endDate: "2027-12-31",
    budgetUsd: "1000000",
    fundsSecuredUsd: "0",
    workingGroup: "",
    status: "PLANNED",
    ...overrides,
  };
}

async function editProjectAs(cookie: string, overrides: Record<string, string>) {
  const outcome = await callRoute(editProject.action, {
    url: "/projects/x/edit",
    cookie,
    params: { id: ids.project },
    form: { ...projectForm(overrides), version: String(projectVersion) },
  });
  expect(outcome.status).toBe(302);
  projectVersion += 1;
}

type ListedEvent = { action: string; subjectId: string | null; sentence: AuditSentence };

/** The events of the trail's page: its table's data. */
const eventsOf = (data: unknown) => drawnData<{ events: ListedEvent[] }>((data as { table: unknown }).table).events;

async function sentencesFor(cookie: string, query: string, language: "en" | "zh" = "en") {
  const outcome = await callRoute(audit.loader, { url: `/admin/audit?${query}`, cookie });
  expect(outcome.status).toBe(200);
  return eventsOf(outcome.data).map((e) => composeSentence(e.sentence, i18n[language], plainText));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

let areaCount = 0;
async function createAndDeleteArea(name: string) {
  const created = await createThematicArea(reader, NewThematicAreaInput.parse({ name: `${name} ${++areaCount}`, position: "500" }));
  if (!created.ok) throw new Error(JSON.stringify(created));
  expect((await deleteThematicArea(reader, created.id)).ok).toBe(true);
  return created.id;
}

beforeAll(async () => {
  for (const language of ["en", "zh"] as const) {
    const instance = createInstance();
    await instance.init({ lng: language, resources, interpolation: { escapeValue: false } });
    i18n[language] = { t: instance.t, exists: (key, options) => instance.exists(key, options), language };
  }
  await seedReference();
  ids.unodc = (await organizationByCode("UNODC")).id;
  ids.unoct = (await organizationByCode("UNOCT")).id;
  ids.kenya = (await organizationByCode("KEN")).id;
  ids.reader = (await createUser({ role: "SECRETARIAT", organization: "UNOCT", name: "Audit Reader" })).id;
  ids.admin = (await createUser({ role: "ADMIN", organization: "UNOCT", name: "Ada Admin" })).id;
  ids.amina = (await createUser({ organization: "UNODC", name: "Amina Diallo" })).id;
  ids.wanjiru = (await createUser({ organization: "KEN", name: "Wanjiru Kamau", email: "wanjiru@example.test" })).id;
  cookies.secretariat = await sessionCookie(ids.reader);
  cookies.admin = await sessionCookie(ids.admin);
  cookies.amina = await sessionCookie(ids.amina);
  reader = await actingAs(ids.reader);
  chair = await actingAs((await createUser({ organization: "UNODC", name: "Group Chair", groups: [[1, "CHAIR"]] })).id);
  group = await db.workingGroup.findUniqueOrThrow({ where: { number: 1 }, select: { id: true, slug: true, name: true } });

  const created = await callRoute(newProject.action, { url: "/projects/new", cookie: cookies.amina, form: projectForm() });
  expect(created.status).toBe(302);
  ids.project = created.location!.split("/").pop()!;
  await editProjectAs(cookies.amina, { status: "ONGOING" });
});

// Where the secretariat's links to people and organizations go is the policy's to say (the account page
// when it may administer accounts, else the directory entry).
const personHref = (id: string) => `${canAdminister(reader, "users.read") ? "/admin/users" : "/directory"}/${id}`;
const organizationHref = (id: string) => `${canAdminister(reader, "organizations.read") ? "/admin/organizations" : "/organizations"}/${id}`;
const amina = () => `[Amina Diallo](${personHref(ids.amina)}) ([UNODC](${organizationHref(ids.unodc)}))`;
const auditReader = () => `[Audit Reader](${personHref(ids.reader)}) ([UNOCT](${organizationHref(ids.unoct)}))`;

describe("the audit trail in sentences", () => {
  it("tells a project's status change with both statuses, naming and linking the project", async () => {
    const project = `‘[Border security training](/projects/${ids.project})’`;
    expect(await sentencesFor(cookies.secretariat, "action=project.updated")).toEqual([
      `${amina()} changed the status of ${project} from Planned to Ongoing`,
    ]);
    expect(await sentencesFor(cookies.secretariat, "action=project.created")).toEqual([`${amina()} registered the project ${project}`]);
    // ADMIN opens the account and organization pages; the secretariat, the directory's.
    expect(await sentencesFor(cookies.admin, "action=project.updated")).toEqual([
      `[Amina Diallo](/admin/users/${ids.amina}) ([UNODC](/admin/organizations/${ids.unodc})) changed the status of ${project} from Planned to Ongoing`,
    ]);
    const [zh] = await sentencesFor(cookies.secretariat, "action=project.updated", "zh");
    expect(zh).toMatch(
      /^\[Amina Diallo\]\(\/[a-z/]+\/[0-9a-f-]+\)（\[.+\]\(\/[a-z/]+\/[0-9a-f-]+\)）将“\[Border security training\]\(\/projects\/[0-9a-f-]+\)”的状态从计划中改为正在实施$/,
    );
  });

  it("lists several changed fields after the sentence", async () => {
    await editProjectAs(cookies.amina, { status: "ONGOING", title: "Border security training, phase 2", budgetUsd: "1500000" });
    const [latest] = await sentencesFor(cookies.secretariat, "action=project.updated");
    expect(latest).toBe(
      `${amina()} updated the project ‘[Border security training, phase 2](/projects/${ids.project})’: title from ‘Border security training’ to ‘Border security training, phase 2’; budget from US$1,000,000 to US$1,500,000`,
    );
  });

  it("tells sign-ins, invitations and group membership in words", async () => {
    expect((await signIn("wanjiru@example.test", TEST_PASSWORD, { ip: "192.0.2.44", userAgent: null })).ok).toBe(true);
    expect(await sentencesFor(cookies.secretariat, "action=auth.signIn.succeeded")).toEqual([
      `[Wanjiru Kamau](${personHref(ids.wanjiru)}) ([Kenya](${organizationHref(ids.kenya)})) signed in`,
    ]);

    const admin = await actingAs(ids.admin);
    expect(
      (
        await inviteUser(admin, {
          email: "new.colleague@example.test",
          name: "New Colleague",
          organizationId: ids.unodc,
          role: "FOCAL_POINT",
        })
      ).ok,
    ).toBe(true);
    const [invited] = await sentencesFor(cookies.secretariat, "action=invitation.created");
    expect(invited).toMatch(
      /^\[Ada Admin\]\(.+\) \(\[UNOCT\]\(.+\)\) invited .*new\.colleague@example\.test.* \(\[UNODC\]\(.+\)\) as Focal point$/,
    );
    const invitee = await db.user.findUniqueOrThrow({ where: { email: "new.colleague@example.test" } });
    const [invitedForAdmin] = await sentencesFor(cookies.admin, "action=invitation.created");
    expect(invitedForAdmin).toContain(
      `invited [new.colleague@example.test](/admin/users/${invitee.id}) ([UNODC](/admin/organizations/${ids.unodc})) as Focal point`,
    );

    expect((await changeMembership(chair, group.id, { intent: "add", userId: ids.wanjiru, role: "MEMBER" })).ok).toBe(true);
    const [added] = await sentencesFor(cookies.secretariat, "action=group.memberAdded");
    expect(added).toMatch(
      new RegExp(
        `^\\[Group Chair\\]\\(.+\\) \\(\\[UNODC\\]\\(.+\\)\\) added \\[Wanjiru Kamau\\]\\(${personHref(ids.wanjiru)}\\) to \\[${escapeRegExp(group.name)}\\]\\(/groups/${group.slug}\\) as Member$`,
      ),
    );
  });

  it("keeps the name of a deleted record, without a link", async () => {
    const id = await createAndDeleteArea("Terrorism and organized crime");
    const outcome = await callRoute(audit.loader, { url: `/admin/audit?q=${id}`, cookie: cookies.secretariat });
    const events = eventsOf(outcome.data);
    expect(events.map((e) => e.action)).toEqual(["thematicArea.deleted", "thematicArea.created"]);
    const sentences = events.map((e) => composeSentence(e.sentence, i18n.en, plainText));
    expect(sentences).toEqual([
      `${auditReader()} deleted the thematic area Terrorism and organized crime ${areaCount}`,
      `${auditReader()} added the thematic area Terrorism and organized crime ${areaCount}`,
    ]);
    expect(events.every((e) => e.sentence.values.subject.href === undefined)).toBe(true);
  });

  it("costs the same number of SQL statements however many events the page shows", async () => {
    const page = async () => {
      const { value, statements } = await statementsOf(() => listAuditEvents(reader, AuditFilters.parse({})));
      return { statements, events: value.events.length };
    };
    const first = await page();
    for (let i = 0; i < 4; i++) {
      await editProjectAs(cookies.amina, { status: i % 2 ? "ONGOING" : "COMPLETED" });
      await signIn("wanjiru@example.test", TEST_PASSWORD, { ip: "192.0.2.44", userAgent: null });
      await createAndDeleteArea("Counted area");
      await inviteUser(await actingAs(ids.admin), {
        email: `counted${i}@example.test`,
        name: `Counted ${i}`,
        organizationId: ids.kenya,
        role: "FOCAL_POINT",
      });
    }
    await changeMembership(chair, group.id, { intent: "remove", userId: ids.wanjiru });
    await changeMembership(chair, group.id, { intent: "add", userId: ids.wanjiru, role: "MEMBER" });
    const second = await page();
    expect(second.events).toBeGreaterThanOrEqual(first.events + 20);
    expect(second.events).toBeLessThanOrEqual(50);
    expect(first.statements).toBeGreaterThan(0); // counting is on
    expect(second.statements).toBe(first.statements);
  });

  it("reads the count, the page and the filters' values in one statement", async () => {
    const { statements } = await statementsOf(() => listAuditEvents(reader, AuditFilters.parse({ subjectType: "Project" })));
    // The trail, then the records its page names: the project (there are no people or organizations to look up).
    expect(statements).toBe(2);
  });

  it("filters by action (its start, wildcards as written), subject, person, words and days as the rule says", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await db.auditEvent.createMany({
      data: [
        { action: "wild_card%.test", subjectType: "FilterProbe", subjectId: "probe-1", actorId: ids.wanjiru },
        { action: "wildXcardY.test", subjectType: "FilterProbe", subjectId: "probe-2", actorId: ids.amina },
        {
          action: "wild_card%.test",
          subjectType: "FilterProbe",
          subjectId: "probe-3",
          createdAt: new Date(Date.now() - 3 * 86_400_000),
        },
      ],
    });
    const subjectsOf = async (filters: Record<string, string>) => {
      const trail = await listAuditEvents(reader, AuditFilters.parse({ subjectType: "FilterProbe", ...filters }));
      expect(trail.total).toBe(trail.events.length);
      return trail.events.map((e) => e.subjectId).sort();
    };
    expect(await subjectsOf({})).toEqual(["probe-1", "probe-2", "probe-3"]);
    // "_" and "%" are characters of the action, not wildcards.
    expect(await subjectsOf({ action: "wild_card%" })).toEqual(["probe-1", "probe-3"]);
    expect(await subjectsOf({ action: "wildX" })).toEqual(["probe-2"]);
    expect(await subjectsOf({ action: "card" })).toEqual([]);
    expect(await subjectsOf({ actor: ids.amina })).toEqual(["probe-2"]);
    // Words: the subject's id as it is, the person's address (any case) or a part of their name (any case).
    expect(await subjectsOf({ q: "probe-3" })).toEqual(["probe-3"]);
    expect(await subjectsOf({ q: "WANJIRU@EXAMPLE" })).toEqual(["probe-1"]);
    expect(await subjectsOf({ q: "diallo" })).toEqual(["probe-2"]);
    expect(await subjectsOf({ q: "probe" })).toEqual([]);
    // Days: from the start of `from` to the end of `to`, in UTC.
    expect(await subjectsOf({ from: yesterday })).toEqual(["probe-1", "probe-2"]);
    expect(await subjectsOf({ to: yesterday })).toEqual(["probe-3"]);
    expect(await subjectsOf({ from: today, to: today })).toEqual(["probe-1", "probe-2"]);
    // Each event comes with its person, as the page shows them.
    const trail = await listAuditEvents(reader, AuditFilters.parse({ subjectType: "FilterProbe", actor: ids.wanjiru }));
    expect(trail.events[0]).toMatchObject({ action: "wild_card%.test", actor: { id: ids.wanjiru, name: "Wanjiru Kamau" } });
    expect(trail.events[0].createdAt).toBeInstanceOf(Date);
    await db.auditEvent.deleteMany({ where: { subjectType: "FilterProbe" } });
  });

  it("offers as filters exactly the actions and subject types the trail holds, in order", async () => {
    await db.auditEvent.createMany({
      data: [
        { action: "zz.filter-test", subjectType: "ZzFilterSubject" },
        { action: "aa.filter-test", subjectType: "ZzFilterSubject" },
      ],
    });
    const distinct = async (column: "action" | "subject_type") =>
      (await db.$queryRawUnsafe<Array<{ v: string }>>(`SELECT DISTINCT ${column} AS v FROM audit_event ORDER BY 1`)).map((r) => r.v);
    const { actions, subjectTypes } = await listAuditEvents(reader, AuditFilters.parse({}));
    expect(actions).toEqual(await distinct("action"));
    expect(subjectTypes).toEqual(await distinct("subject_type"));
    expect(actions).toContain("aa.filter-test");
    expect(subjectTypes.filter((type) => type === "ZzFilterSubject")).toHaveLength(1);
    // A filter narrows the events, not the lists it is chosen from.
    const filtered = await listAuditEvents(reader, AuditFilters.parse({ action: "zz.filter-test" }));
    expect(filtered.total).toBe(1);
    expect(filtered.actions).toEqual(actions);
    await db.auditEvent.deleteMany({ where: { action: { endsWith: ".filter-test" } } });
  });

  it("counts the trail up to its cap, says when more match, and still pages through the newest", async () => {
    const before = await db.auditEvent.count();
    const first = await listAuditEvents(reader, AuditFilters.parse({}));
    expect(first.total).toBe(Math.min(before, AUDIT_COUNT_CAP));
    expect(first.more).toBe(before > AUDIT_COUNT_CAP);
    const extra = AUDIT_COUNT_CAP + 1 - before;
    await db.auditEvent.createMany({
      data: Array.from({ length: extra }, (_, i) => ({ action: "cap.test", subjectType: "CapTest", subjectId: String(i) })),
    });
    const capped = await listAuditEvents(reader, AuditFilters.parse({}));
    expect(capped.total).toBe(AUDIT_COUNT_CAP);
    expect(capped.more).toBe(true);
    expect(capped.events).toHaveLength(50);
    const last = await listAuditEvents(reader, AuditFilters.parse({ page: String(AUDIT_COUNT_CAP / 50) }));
    expect(last.events).toHaveLength(50);
    // A filter that matches fewer is counted exactly.
    const narrowed = await listAuditEvents(reader, AuditFilters.parse({ subjectType: "CapTest" }));
    expect([narrowed.total, narrowed.more]).toEqual([Math.min(extra, AUDIT_COUNT_CAP), extra > AUDIT_COUNT_CAP]);
    // The page's loader says so (the page words it: admin.auditMoreThan).
    const page = await callRoute(audit.loader, { url: "/admin/audit", cookie: cookies.secretariat });
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ total: AUDIT_COUNT_CAP, more: true, countCap: AUDIT_COUNT_CAP });
    await db.auditEvent.deleteMany({ where: { action: "cap.test" } });
    expect((await listAuditEvents(reader, AuditFilters.parse({}))).more).toBe(false);
  });
});
