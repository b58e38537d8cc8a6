// Names in the reader's alphabetical order where the list is sorted by name: the directory's organizations, its
// people sorted by organization, and
// the administrators' list of organizations (paged, sorted in PostgreSQL with the language's ICU collation) and
// who is going to an event (sorted with Intl.Collator), and the countries each project and activity of the lists
// shows (sorted in PostgreSQL). In Chinese, Russian and Arabic (and the other three) the
// order is the one Intl.Collator gives for that language.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { listOrganizationsForAdmin, OrganizationFilters } from "~/domain/admin/organizations.server";
import { answerEvent, createEvent, eventPage } from "~/domain/calendar/events.server";
import { EventInput } from "~/domain/calendar/event-form.server";
import { listDirectoryOrganizations, OrganizationListQuery } from "~/domain/directory/organizations.server";
import { DirectoryQuery } from "~/domain/directory/filters";
import { searchDirectory } from "~/domain/directory/people.server";
import { parseSearchParams } from "~/forms.server";
import type { ActingUser } from "~/auth/guards.server";
import { intlLocale, type Language } from "~/i18n/config";
import { COLLATION } from "~/names.server";
import { LOCAL_NAMES, localName, organizationName } from "~/names";
import { exportProjects } from "~/domain/projects/list.server";
import { ProjectFilters } from "~/domain/projects/filter-values";
import { ActivityFilters, listActivities } from "~/domain/activities/list.server";
import { seedAll } from "../../prisma/seed.ts";
import { actingAs, createUser } from "../support/fixtures";

let reader: ActingUser;
let admin: ActingUser;
let eventId: string;
/** Member States whose focal points answer "going" to the event: their names start differently in every script. */
const GOING_FROM = ["NOR", "KEN", "CHN", "RUS", "EGY", "ARE", "DEU", "JPN", "ZAF", "BRA", "FRA", "IND"];

beforeAll(async () => {
  await seedAll({ demoAccounts: true });
  reader = await actingAs((await createUser({ organization: "KEN" })).id);
  admin = await actingAs((await createUser({ role: "ADMIN", organization: "UNOCT" })).id);
  const created = await createEvent(
    reader,
    EventInput.parse({
      title: "Who is going, in every alphabet",
      kind: "MEETING",
      startDate: "2030-05-06",
      startTime: "09:00",
      endDate: "2030-05-06",
      endTime: "10:00",
      timeZone: "UTC",
      organizerIds: [],
      pillars: [],
    }),
  );
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  eventId = created.id;
  for (const code of GOING_FROM) await answerEvent(await actingAs((await createUser({ organization: code })).id), eventId, "GOING");
});

/** Whether `names` are in the order Intl.Collator gives for `language` (a stable sort keeps ties as they are). */
function expectCollated(names: string[], language: Language) {
  const collator = new Intl.Collator(intlLocale[language]);
  expect(names).toEqual([...names].sort(collator.compare));
}

describe("names sorted in the reader's language", () => {
  it("PostgreSQL has the ICU collation of each of the six languages", async () => {
    const rows = await db.$queryRaw<Array<{ collname: string }>>`SELECT collname FROM pg_collation WHERE collprovider = 'i'`;
    const present = new Set(rows.map((r) => r.collname));
    expect(Object.values(COLLATION).filter((c) => !present.has(c))).toEqual([]);
  });

  for (const language of ["zh", "ru", "ar", "fr", "es", "en"] as const) {
    it(`the directory's organizations, each region in the order of ${language}`, async () => {
      const states: Array<{ region: string | null; name: string }> = [];
      for (let page = 1; ; page++) {
        const result = await listDirectoryOrganizations(
          reader,
          OrganizationListQuery.parse({ kind: "MEMBER_STATE", page: String(page) }),
          language,
        );
        states.push(...result.organizations.map((o) => ({ region: o.region, name: localName(o, language) })));
        if (page * result.pageSize >= result.total) break;
      }
      expect(states.length).toBeGreaterThan(190);
      const regions = [...new Set(states.map((s) => s.region))];
      for (const region of regions)
        expectCollated(
          states.filter((s) => s.region === region).map((s) => s.name),
          language,
        );
    });

    it(`the administrators' organizations in the order of ${language}`, async () => {
      const names: string[] = [];
      for (let page = 1; ; page++) {
        const result = await listOrganizationsForAdmin(
          admin,
          OrganizationFilters.parse({ kind: "MEMBER_STATE", page: String(page) }),
          language,
        );
        names.push(...result.organizations.map((o) => localName(o, language)));
        if (page * result.pageSize >= result.total) break;
      }
      expect(names.length).toBeGreaterThan(190);
      expect(new Set(names).size).toBe(names.length);
      expectCollated(names, language);
    });

    it(`the countries of each project and activity in the lists, in the order of ${language}`, async () => {
      const states = await db.organization.findMany({ where: { kind: "MEMBER_STATE" }, select: { iso3: true, ...LOCAL_NAMES } });
      const nameOf = new Map(states.map((s) => [s.iso3!, localName(s, language)]));
      const lists = [
        ...(await exportProjects(reader, ProjectFilters.parse({}), language)).map((p) => p.countries),
        ...(await listActivities(reader, ActivityFilters.parse({}), language)).rows.map((a) => a.countries),
      ].filter((countries) => countries.length > 1);
      expect(lists.length).toBeGreaterThan(3);
      for (const countries of lists)
        expectCollated(
          countries.map((iso3) => nameOf.get(iso3)!),
          language,
        );
    });

    it(`the directory sorted by organization, organizations in the order of ${language}`, async () => {
      const query = parseSearchParams("http://localhost/directory?sort=organization&size=100", DirectoryQuery);
      const { people } = await searchDirectory(reader, query, language);
      const names = [...new Set(people.map((p) => organizationName(p.organization, language)))];
      expect(names.length).toBeGreaterThan(10);
      expectCollated(names, language);
    });

    it(`who is going to an event, by organization in the order of ${language}`, async () => {
      const { goingByOrganization } = await eventPage(reader, eventId, language);
      expect(goingByOrganization).toHaveLength(GOING_FROM.length);
      expectCollated(
        goingByOrganization.map((entry) => organizationName(entry.organization, language)),
        language,
      );
    });
  }
});
