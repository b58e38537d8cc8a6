// The access rule of the recommendations is the product: for every demo user (plus an observer's focal
// point) and every seeded recommendation, the list, its count, the detail page, the CSV export, the
// dashboard and the State views agree with the policy — and the policy agrees with literal expectations
// about the demo data. Then: narrowing consent hides a recommendation at once, and widening is refused.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { canReadRecommendation, canReadRecommendationDashboard, canReadStateRecommendations } from "~/auth/policy";
import { scopeInclude, scopeOf } from "~/domain/recommendations/visibility.server";
import { countRecommendations } from "~/domain/recommendations/list.server";
import * as list from "~/routes/_app.recommendations._index";
import * as listCsv from "~/routes/_app.recommendations[.csv]";
import * as listXlsx from "~/routes/_app.recommendations[.xlsx]";
import { readSheet } from "read-excel-file/node";
import { isLanguage } from "~/i18n/config";
import { translator } from "~/i18n/i18n.server";
import * as detail from "~/routes/_app.recommendations.$id";
import * as editRecommendation from "~/routes/_app.recommendations.$id_.edit";
import * as dashboard from "~/routes/_app.recommendations.dashboard";
import * as stateMap from "~/routes/_app.recommendations.states._index";
import * as stateView from "~/routes/_app.recommendations.states.$iso3";
import { demoAccounts } from "../../prisma/seed/demo-accounts.ts";
import { seedAll } from "../../prisma/seed.ts";
import { actingAs, callRoute, drawnData, createUser, sessionCookie } from "../support/fixtures";

type Reader = { email: string; id: string; cookie: string };
type Seeded = {
  id: string;
  label: string;
  reference: string;
  text: string;
  stateId: string;
  iso3: string;
  priority: string;
  status: string;
  responses: number;
};

let readers: Reader[] = [];
let recommendations: Seeded[] = [];

async function loadRecommendations(): Promise<Seeded[]> {
  const rows = await db.recommendation.findMany({
    include: {
      ...scopeInclude,
      assessment: { select: { ...scopeInclude.assessment.select, reference: true, state: { select: { iso3: true } } } },
      _count: { select: { responses: true } },
    },
    orderBy: [{ assessment: { reference: "asc" } }, { number: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    label: `${r.assessment.reference}#${r.number}`,
    reference: r.assessment.reference,
    text: r.text,
    stateId: r.assessment.stateId,
    iso3: r.assessment.state.iso3!,
    priority: r.priority,
    status: r.status,
    responses: r._count.responses,
  }));
}

/** What the policy says this reader may read, from the stored consent of each recommendation. */
async function readableBy(userId: string): Promise<Set<string>> {
  const actor = await actingAs(userId);
  const rows = await db.recommendation.findMany({ include: scopeInclude });
  return new Set(rows.filter((r) => canReadRecommendation(actor, scopeOf(r))).map((r) => r.id));
}

const labelsOf = (ids: Iterable<string>) => [...ids].map((id) => recommendations.find((r) => r.id === id)?.label ?? id).sort();
const readerNamed = (email: string) => readers.find((r) => r.email === email)!;

beforeAll(async () => {
  await seedAll({ demoAccounts: true });
  const users = await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } }, select: { id: true, email: true } });
  // Observers are in no demo login: one more focal point, of UNHCR (named by Colombia's consent only).
  const observer = await createUser({ organization: "UNHCR", email: "unhcr-observer@example.test" });
  users.push({ id: observer.id, email: observer.email });
  readers = await Promise.all(users.map(async (u) => ({ email: u.email, id: u.id, cookie: await sessionCookie(u.id) })));
  recommendations = await loadRecommendations();
});

describe("the demo data behind the visibility test", () => {
  it("has assessments with every kind of consent and narrowing", async () => {
    expect(recommendations.length).toBeGreaterThanOrEqual(15);
    expect(new Set((await db.assessment.findMany()).map((a) => a.consentScope))).toEqual(new Set(["NOT_SHARED", "UN_ENTITIES", "NAMED"]));
    expect(new Set((await db.recommendation.findMany({ where: { consentScope: { not: null } } })).map((r) => r.consentScope))).toEqual(
      new Set(["NOT_SHARED", "NAMED"]),
    );
    expect(readers.length).toBe(demoAccounts.length + 1);
  });

  it("is idempotent: seeding again changes no counts", async () => {
    const counts = () =>
      Promise.all([
        db.assessment.count(),
        db.recommendation.count(),
        db.recommendationResponse.count(),
        db.consentChange.count(),
        db.recommendationConsentOrganization.count(),
      ]);
    const before = await counts();
    await seedAll({ demoAccounts: true });
    expect(await counts()).toEqual(before);
  });

  it("gives the readers what the rule says, stated literally for a few of them", async () => {
    const sees = async (email: string) => labelsOf(await readableBy(readerNamed(email).id));
    const all = recommendations.map((r) => r.label).sort();
    expect(await sees("secretariat@demo.test")).toEqual(all);
    expect(await sees("admin@demo.test")).toEqual(all);
    expect(await sees("cted@demo.test")).toEqual(all);
    // A State sees its own, whatever the consent (Nigeria shared nothing), and never another State's.
    expect(await sees("kenya@demo.test")).toEqual(all.filter((l) => l.startsWith("CTED/KEN/")));
    expect(await sees("nigeria@demo.test")).toEqual(all.filter((l) => l.startsWith("CTED/NGA/")));
    expect(await sees("norway@demo.test")).toEqual([]);
    // UNODC: Kenya's shared with UN entities except no. 3 (named UNDP and UN Women) and no. 4 (not shared);
    // Indonesia's (UNODC named); Jordan's; Colombia's (named); Tunisia's; nothing of Nigeria's.
    const unodc = await sees("unodc@demo.test");
    expect(unodc).toContain("CTED/KEN/2025/V#1");
    expect(unodc).not.toContain("CTED/KEN/2025/V#3");
    expect(unodc).not.toContain("CTED/KEN/2025/V#4");
    expect(unodc).toContain("CTED/IDN/2024/FV#2");
    expect(unodc.some((l) => l.startsWith("CTED/NGA/"))).toBe(false);
    // UN Women: Kenya's no. 3 (named) but not Indonesia's no. 2 (narrowed to UNODC) nor Colombia's (not named).
    const unwomen = await sees("unwomen@demo.test");
    expect(unwomen).toContain("CTED/KEN/2025/V#3");
    expect(unwomen).not.toContain("CTED/IDN/2024/FV#2");
    expect(unwomen.some((l) => l.startsWith("CTED/COL/"))).toBe(false);
    // An observer is not among "UN entities": only Colombia's, which names UNHCR.
    expect(await sees("unhcr-observer@example.test")).toEqual(all.filter((l) => l.startsWith("CTED/COL/")));
  });
});

describe("every view agrees with the rule, for every reader and every recommendation", () => {
  it("list and count", async () => {
    for (const reader of readers) {
      const expected = await readableBy(reader.id);
      const outcome = await callRoute(list.loader, { url: "/recommendations", cookie: reader.cookie });
      const data = outcome.data as { rows: Array<{ id: string }>; total: number };
      expect(labelsOf(data.rows.map((r) => r.id)), reader.email).toEqual(labelsOf(expected));
      expect(data.total, reader.email).toBe(expected.size);
    }
  });

  it("search and filters never reach past the rule", async () => {
    for (const reader of readers) {
      const expected = await readableBy(reader.id);
      for (const query of ["q=the", "priority=HIGH", "status=UNRESOLVED&noResponse=yes", "state=KEN", "region=AFRICA"]) {
        const outcome = await callRoute(list.loader, { url: `/recommendations?${query}`, cookie: reader.cookie });
        const data = outcome.data as { rows: Array<{ id: string }>; total: number };
        for (const row of data.rows) expect(expected.has(row.id), `${reader.email} ${query}`).toBe(true);
        expect(data.total).toBe(data.rows.length);
      }
    }
  });

  it("the search box finds by a word of the text, part of a word, or the assessment's reference, within the rule", async () => {
    // Each query as a substring, in any case, of the text or the reference (a whole word found by full text is one too).
    const matching = (q: string) =>
      recommendations.filter((r) => `${r.text}\u0000${r.reference}`.toLowerCase().includes(q.toLowerCase())).map((r) => r.id);
    const queries = ["financial", "Radicaliz", "cted/ken", "IDN/2024"];
    for (const q of queries) expect(matching(q).length, q).toBeGreaterThan(0);
    for (const reader of readers) {
      const readable = await readableBy(reader.id);
      for (const q of queries) {
        const expected = matching(q).filter((id) => readable.has(id));
        const outcome = await callRoute(list.loader, { url: `/recommendations?q=${encodeURIComponent(q)}`, cookie: reader.cookie });
        const data = outcome.data as { rows: Array<{ id: string }>; total: number };
        expect(labelsOf(data.rows.map((r) => r.id)), `${reader.email} ${q}`).toEqual(labelsOf(expected));
        expect(data.total, `${reader.email} ${q}`).toBe(expected.length);
      }
    }
  });

  it("the detail page: 200 when readable, 404 otherwise", async () => {
    for (const reader of readers) {
      const expected = await readableBy(reader.id);
      for (const rec of recommendations) {
        const outcome = await callRoute(detail.loader, {
          url: `/recommendations/${rec.id}`,
          cookie: reader.cookie,
          params: { id: rec.id },
        });
        expect(outcome.status, `${reader.email} ${rec.label}`).toBe(expected.has(rec.id) ? 200 : 404);
      }
    }
  });

  it("the Excel export: the same rows as the CSV, under a row naming the filters", async () => {
    for (const reader of readers) {
      const expected = await readableBy(reader.id);
      const outcome = await callRoute(listXlsx.loader, { url: "/recommendations.xlsx?priority=HIGH", cookie: reader.cookie });
      expect(outcome.status).toBe(200);
      expect(outcome.headers.get("content-disposition")).toContain('filename="recommendations.xlsx"');
      const sheet = await readSheet(Buffer.from(outcome.data as string, "latin1"));
      // In the reader's language, like the column titles.
      const { locale } = await db.user.findUniqueOrThrow({ where: { id: reader.id }, select: { locale: true } });
      const t = translator(isLanguage(locale) ? locale : "en");
      expect(sheet[0][0]).toBe(
        t("charts.exportFilters", {
          filters: t("charts.exportFilter", { label: t("recommendations.priority"), value: t("recommendations.priorities.HIGH") }),
        }),
      );
      if (!locale || locale === "en") expect(sheet[0][0]).toBe("Filters: Priority: High");
      const header = sheet[1] as string[];
      const textColumn = header.indexOf(String(t("recommendations.csv.text")));
      const texts = sheet
        .slice(2)
        .map((row) => row[textColumn])
        .sort();
      expect(texts, reader.email).toEqual(
        recommendations
          .filter((r) => expected.has(r.id) && r.priority === "HIGH")
          .map((r) => r.text)
          .sort(),
      );
    }
  });

  it("the CSV export", async () => {
    for (const reader of readers) {
      const expected = await readableBy(reader.id);
      const outcome = await callRoute(listCsv.loader, { url: "/recommendations.csv", cookie: reader.cookie });
      expect(outcome.status).toBe(200);
      const records = parse(outcome.data as string, { bom: true, columns: true }) as Array<Record<string, string>>;
      const texts = records.map((r) => r.Recommendation).sort();
      expect(texts, reader.email).toEqual(
        recommendations
          .filter((r) => expected.has(r.id))
          .map((r) => r.text)
          .sort(),
      );
    }
  });

  it("the dashboard: its counts for those who may see it, 403 for everyone else", async () => {
    for (const reader of readers) {
      const actor = await actingAs(reader.id);
      const outcome = await callRoute(dashboard.loader, { url: "/recommendations/dashboard", cookie: reader.cookie });
      if (!canReadRecommendationDashboard(actor)) {
        expect(outcome.status, reader.email).toBe(403);
        continue;
      }
      const data = outcome.data as { total: number; matrix: { data: { cells: Array<{ count: number }> } } };
      const waiting = recommendations.filter(
        (r) => r.priority === "HIGH" && ["OPEN", "ARRANGING_ASSISTANCE", "IN_PROGRESS"].includes(r.status) && r.responses === 0,
      );
      expect(waiting.length).toBeGreaterThan(0);
      expect(data.total, reader.email).toBe(waiting.length);
      expect(data.matrix.data.cells.reduce((sum, c) => sum + c.count, 0)).toBe(waiting.length);
    }
  });

  it("the map of unresolved recommendations: every State's figure is the count of the list it links to", async () => {
    let checked = 0;
    for (const reader of readers) {
      const actor = await actingAs(reader.id);
      const outcome = await callRoute(stateMap.loader, { url: "/recommendations/states", cookie: reader.cookie });
      if (!canReadRecommendationDashboard(actor)) {
        expect(outcome.status, reader.email).toBe(403);
        continue;
      }
      const { map } = outcome.data as { map: { drawing: { data: { countries: Array<{ iso3: string | null; count: number }> } } } };
      const states = map.drawing.data.countries.filter((c) => c.iso3);
      expect(states.length, reader.email).toBeGreaterThan(150);
      for (const state of states.filter((c) => c.count > 0 || ["KEN", "NOR", "IDN", "COL"].includes(c.iso3!)))
        expect(state.count, `${reader.email} ${state.iso3}`).toBe(
          await countRecommendations(actor, { state: state.iso3!, status: "UNRESOLVED" }),
        );
      expect(states.reduce((sum, c) => sum + c.count, 0)).toBe(await countRecommendations(actor, { status: "UNRESOLVED" }));
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("the follow-up bars: every segment is the count of the list it links to, for every demo user who may see them", async () => {
    for (const reader of readers) {
      const actor = await actingAs(reader.id);
      const outcome = await callRoute(dashboard.loader, { url: "/recommendations/dashboard", cookie: reader.cookie });
      if (!canReadRecommendationDashboard(actor)) continue;
      const drawn = (
        outcome.data as {
          followUp: Record<"region" | "thematic", { data: { counts: Array<{ key: string; status: string; count: number }> } }>;
        }
      ).followUp;
      const followUp = { byRegion: drawn.region.data.counts, byThematic: drawn.thematic.data.counts };
      // Every segment against the list with its link's filters (the list's own count, for this reader).
      for (const segment of followUp.byRegion)
        expect(segment.count, `${reader.email} ${segment.key} ${segment.status}`).toBe(
          await countRecommendations(actor, { region: segment.key as "AFRICA", status: segment.status as "OPEN" }),
        );
      for (const segment of followUp.byThematic)
        expect(segment.count, `${reader.email} ${segment.key} ${segment.status}`).toBe(
          await countRecommendations(actor, { thematic: segment.key, status: segment.status as "OPEN" }),
        );
      // And the bars together hold every recommendation the reader may see.
      const all = await countRecommendations(actor, {});
      expect(
        followUp.byThematic.reduce((sum, s) => sum + s.count, 0),
        reader.email,
      ).toBe(all);
      expect(
        followUp.byRegion.reduce((sum, s) => sum + s.count, 0),
        reader.email,
      ).toBe(all);
      expect(all, reader.email).toBe((await readableBy(reader.id)).size);
    }
  });

  it("the State views: the State's own focal points and those who see all; 404 for everyone else", async () => {
    const states = [...new Set(recommendations.map((r) => r.iso3))];
    for (const reader of readers) {
      const actor = await actingAs(reader.id);
      for (const iso3 of states) {
        const stateId = recommendations.find((r) => r.iso3 === iso3)!.stateId;
        const outcome = await callRoute(stateView.loader, {
          url: `/recommendations/states/${iso3}`,
          cookie: reader.cookie,
          params: { iso3 },
        });
        expect(outcome.status, `${reader.email} ${iso3}`).toBe(canReadStateRecommendations(actor, stateId) ? 200 : 404);
        if (outcome.status === 200) {
          const { list } = outcome.data as { list: unknown };
          const { assessments } = drawnData<{ assessments: Array<{ recommendations: Array<{ id: string }> }> }>(list);
          const shown = assessments.flatMap((a) => a.recommendations.map((r) => r.id));
          expect(labelsOf(shown)).toEqual(labelsOf(recommendations.filter((r) => r.iso3 === iso3).map((r) => r.id)));
        }
      }
    }
  });
});

describe("consent changes take effect at once", () => {
  /** The edit form of a recommendation as stored, with changes. */
  async function editForm(id: string, changes: Record<string, string | string[]>) {
    const current = await callRoute(editRecommendation.loader, {
      url: `/recommendations/${id}/edit`,
      cookie: readerNamed("cted@demo.test").cookie,
      params: { id },
    });
    const values = (current.data as { recommendation: Record<string, string | string[] | number> }).recommendation;
    return {
      ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" ? String(v) : v])),
      ...changes,
    } as Record<string, string | string[]>;
  }

  it("narrowing hides a recommendation from an entity that saw it: page, list and export", async () => {
    const unodc = readerNamed("unodc@demo.test");
    const rec = recommendations.find((r) => r.label === "CTED/IDN/2024/FV#3")!;
    expect(
      (await callRoute(detail.loader, { url: `/recommendations/${rec.id}`, cookie: unodc.cookie, params: { id: rec.id } })).status,
    ).toBe(200);
    const unwomenId = (await db.organization.findFirstOrThrow({ where: { acronym: "UN Women" } })).id;
    const saved = await callRoute(editRecommendation.action, {
      url: `/recommendations/${rec.id}/edit`,
      cookie: readerNamed("cted@demo.test").cookie,
      params: { id: rec.id },
      form: await editForm(rec.id, { consentScope: "NAMED", consentOrganizationIds: [unwomenId] }),
    });
    expect(saved.status).toBe(302);
    expect(
      (await callRoute(detail.loader, { url: `/recommendations/${rec.id}`, cookie: unodc.cookie, params: { id: rec.id } })).status,
    ).toBe(404);
    const listed = (await callRoute(list.loader, { url: "/recommendations", cookie: unodc.cookie })).data as {
      rows: Array<{ id: string }>;
    };
    expect(listed.rows.map((r) => r.id)).not.toContain(rec.id);
    const csv = (await callRoute(listCsv.loader, { url: "/recommendations.csv", cookie: unodc.cookie })).data as string;
    expect(csv).not.toContain(rec.text);
    // UN Women, named, still reads it; the change is dated and audited.
    expect(
      (
        await callRoute(detail.loader, {
          url: `/recommendations/${rec.id}`,
          cookie: readerNamed("unwomen@demo.test").cookie,
          params: { id: rec.id },
        })
      ).status,
    ).toBe(200);
    const change = await db.consentChange.findFirstOrThrow({ where: { recommendationId: rec.id }, orderBy: { changedAt: "desc" } });
    expect(change).toMatchObject({ scope: "NAMED", organizationIds: [unwomenId], changedById: readerNamed("cted@demo.test").id });
    expect(await db.auditEvent.count({ where: { action: "recommendation.consentChanged", subjectId: rec.id } })).toBe(1);
  });

  it("refuses a narrowing that would widen the consent, with a message and no write", async () => {
    const rec = recommendations.find((r) => r.label === "CTED/NGA/2026/V#1")!;
    const before = await db.recommendation.findUniqueOrThrow({ where: { id: rec.id } });
    const refused = await callRoute(editRecommendation.action, {
      url: `/recommendations/${rec.id}/edit`,
      cookie: readerNamed("cted@demo.test").cookie,
      params: { id: rec.id },
      form: await editForm(rec.id, { consentScope: "UN_ENTITIES" }),
    });
    expect(refused.status).toBe(400);
    expect((refused.data as { errors: Record<string, string> }).errors.consentScope).toBe("recommendations.errors.widensConsent");
    expect(await db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toEqual(before);
    expect(
      (
        await callRoute(detail.loader, {
          url: `/recommendations/${rec.id}`,
          cookie: readerNamed("unodc@demo.test").cookie,
          params: { id: rec.id },
        })
      ).status,
    ).toBe(404);
  });
});
