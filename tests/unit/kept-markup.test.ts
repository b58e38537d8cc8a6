// Drawings kept as markup (app/ui/kept-markup.tsx): the server's kept markup is exactly what React draws in place (so
// the browser's hydration matches it), it is rendered once for each (drawing, data, language), and other data or
// another language is another drawing. (That the browser hydrates it without a mismatch: tests/e2e/charts.spec.ts.)
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { keepMarkupIn } from "~/kept-markup.server";
import { pageI18n } from "~/i18n/i18n.server";
import { ActivityTimeline, type TimelineItem } from "~/ui/charts/timeline";
import { KeptMarkupContext, keptMarkupKey } from "~/ui/kept-markup";
import { keptFor, shareAcrossRequests } from "~/ui/kept-by-language";
import { SelectField } from "~/ui/form";
import { AuditTable, type AuditTableEvent } from "~/ui/admin/audit-table";
import { ProjectTable } from "~/ui/projects/project-table";
import { ActivityTable } from "~/ui/activities/activity-table";
import { workLabels, type LabelReference } from "~/domain/projects/labels";
import type { ProjectRow } from "~/domain/projects/list.server";
import type { ActivityRow } from "~/domain/activities/list.server";

const items: TimelineItem[] = [
  { id: "a1", title: "Workshop on border security", startDate: "2026-02-01", endDate: "2026-03-15", status: "COMPLETED" },
  { id: "a2", title: "Legislative drafting mission", startDate: "2026-05-10", endDate: "2027-01-20", status: "ONGOING" },
];

/** A drawing's frame as KeptMarkup renders it on the server: drawn in place, or the keeper's markup inside. */
function framed(language: "en" | "zh" | "ar", name: string, data: unknown, draw: () => ReactElement, kept: boolean, className: string) {
  const i18n = pageI18n(language);
  const frame = kept
    ? createElement("div", {
        className,
        dangerouslySetInnerHTML: { __html: keepMarkupIn(i18n)(keptMarkupKey(name, language, data), draw) },
      })
    : createElement("div", { className }, draw());
  return renderToString(createElement(I18nextProvider, { i18n }, frame));
}

/** The page's frame around a timeline. */
function page(
  language: "en" | "zh" | "ar",
  data: { title: string; items: TimelineItem[]; today: string },
  kept: boolean,
  onDraw = () => {},
) {
  const draw = () => {
    onDraw();
    return createElement(ActivityTimeline, { ...data, href: (id: string) => `/activities/${id}` });
  };
  return framed(language, "timeline", data, draw, kept, "chart-frame");
}

describe("a drawing kept as markup", () => {
  it("is what React draws in place, in every direction", () => {
    for (const language of ["en", "zh", "ar"] as const) {
      const data = { title: `Timeline ${language}`, items, today: "2026-06-01" };
      const inPlace = page(language, data, false);
      expect(inPlace).toContain("<svg");
      expect(page(language, data, true)).toBe(inPlace);
    }
  });

  it("is drawn once for the same data and language, and again for other data or another language", () => {
    let draws = 0;
    const count = () => draws++;
    const data = { title: "Kept once", items, today: "2026-06-01" };
    const first = page("en", data, true, count);
    expect(draws).toBe(1);
    expect(page("en", { ...data }, true, count)).toBe(first);
    expect(draws).toBe(1);

    const later = page("en", { ...data, today: "2026-09-01" }, true, count);
    expect(draws).toBe(2);
    expect(later).not.toBe(first);
    const fewer = page("en", { ...data, items: items.slice(1) }, true, count);
    expect(draws).toBe(3);
    expect(fewer).not.toContain("Workshop on border security");

    const chinese = page("zh", data, true, count);
    expect(draws).toBe(4);
    expect(chinese).not.toBe(first);
  });
});

describe("a long select's options kept as markup", () => {
  // A list made once per version and language (as the organization and country options are): the kind of list whose
  // options the server keeps. Fifty organizations, with names that need escaping.
  const organizations = Array.from({ length: 50 }, (_, i) => ({
    id: `org-${i}`,
    kind: i < 40 ? "MEMBER_STATE" : "COMPACT_ENTITY",
    name: i === 7 ? `Côte d'Ivoire & <Co> "${i}"` : `Country ${String(i).padStart(2, "0")}`,
    acronym: i < 40 ? null : `E${i}`,
  }));
  shareAcrossRequests(organizations);
  const list = keptFor(new WeakMap<object, Map<string, Array<{ value: string; label: string }>>>(), organizations, "en", () =>
    organizations.map((o) => ({ value: o.id, label: o.name })),
  );

  function selectPage(
    options: Array<{ value: string; label: string }>,
    defaultValue: string | undefined,
    kept: boolean,
    emptyOption?: string,
  ) {
    const i18n = pageI18n("en");
    const field = createElement(SelectField, { name: "organization", label: "Organization", options, defaultValue, emptyOption });
    const tree = createElement(I18nextProvider, { i18n }, field);
    return renderToString(kept ? createElement(KeptMarkupContext.Provider, { value: keepMarkupIn(i18n) }, tree) : tree);
  }

  it("is what React draws in place, with the chosen option marked, with or without an empty option", () => {
    for (const value of [undefined, "", "org-7", "org-45"])
      for (const empty of [undefined, "All"]) {
        const inPlace = selectPage(list, value, false, empty);
        expect(selectPage(list, value, true, empty)).toBe(inPlace);
        if (value === "org-7") expect(inPlace).toContain('<option value="org-7" selected="">');
      }
    expect(selectPage(list, "org-7", false)).toContain("Côte d&#x27;Ivoire &amp; &lt;Co&gt;");
  });

  it("is kept only for a list kept for its version and language: a list made for one request is drawn in place", () => {
    const i18n = pageI18n("en");
    let draws = 0;
    const keep = keepMarkupIn(i18n);
    const counting: typeof keep = (key, draw) =>
      keep(key, () => {
        draws += 1;
        return draw();
      });
    const render = (options: Array<{ value: string; label: string }>) =>
      renderToString(
        createElement(
          KeptMarkupContext.Provider,
          { value: counting },
          createElement(I18nextProvider, { i18n }, createElement(SelectField, { name: "o", label: "O", options, defaultValue: "org-3" })),
        ),
      );
    render(list);
    render(list);
    expect(draws).toBe(1);
    render([...list]);
    expect(draws).toBe(1);
  });
});

describe("the audit trail's page of events, kept as markup", () => {
  const events: AuditTableEvent[] = [
    {
      id: "e1",
      createdAt: new Date("2026-12-03T22:30:00Z"),
      action: "user.suspended",
      subjectType: "User",
      subjectId: "2f1c0b9e-6d0a-4a59-9a55-1d9a1b4f4b10",
      before: JSON.stringify({ status: "ACTIVE" }, null, 2),
      after: JSON.stringify({ status: "SUSPENDED" }, null, 2),
      ip: "10.40.0.1",
      actor: { id: "a1", name: "Amira Haddad", email: "amira@example.test" },
      sentence: {
        template: "event",
        action: "user.suspended",
        subjectType: "User",
        hasSubject: true,
        values: {
          actor: { kind: "text", text: "Amira Haddad (UNOCT)", href: "/directory/a1" },
          subject: { kind: "text", text: "Soon Suspended", href: "/admin/users/2f1c0b9e-6d0a-4a59-9a55-1d9a1b4f4b10" },
        },
        changes: [],
      },
    },
    {
      id: "e2",
      createdAt: "2026-12-01T08:00:00.000Z",
      action: "no.template.yet",
      subjectType: "Widget",
      subjectId: null,
      before: null,
      after: null,
      ip: null,
      actor: null,
      sentence: { template: "event", action: "no.template.yet", subjectType: "Widget", hasSubject: false, values: {}, changes: [] },
    },
  ];

  /** The trail's frame around its table. */
  function trail(language: "en" | "zh" | "ar", timeZone: string, kept: boolean) {
    const data = { events, timeZone };
    return framed(language, "audit-trail", data, () => createElement(AuditTable, data), kept, "table-wrap");
  }

  it("is what React draws in place, in each language and zone, its links plain links", () => {
    for (const language of ["en", "zh", "ar"] as const) {
      for (const zone of ["Africa/Nairobi", "America/New_York"]) {
        const inPlace = trail(language, zone, false);
        expect(trail(language, zone, true)).toBe(inPlace);
        expect(inPlace).toContain('href="/admin/users/2f1c0b9e-6d0a-4a59-9a55-1d9a1b4f4b10"');
        expect(inPlace).toContain("&quot;SUSPENDED&quot;");
        expect(inPlace).toContain("no.template.yet");
      }
    }
    // The time is the reader's: 22:30 UTC is the next day in Nairobi, the same day in New York.
    expect(trail("en", "Africa/Nairobi", true)).toContain("4 Dec 2026, 01:30");
    expect(trail("en", "America/New_York", true)).toContain("3 Dec 2026, 17:30");
  });
});

describe("the project and activity tables of the list pages, kept as markup", () => {
  const kenya = { id: "o-ken", kind: "MEMBER_STATE", name: "Kenya", nameZh: "肯尼亚", acronym: null, iso3: "KEN", region: "AFRICA" };
  const unodc = {
    id: "o-unodc",
    kind: "COMPACT_ENTITY",
    name: "UN Office on Drugs and Crime",
    nameZh: "毒罪办",
    acronym: null as string | null,
    iso3: null,
    region: null,
  };
  const reference = (lead: typeof unodc): LabelReference => ({
    organizations: [kenya, lead],
    thematicAreas: [{ slug: "border-security", name: "Border security", nameZh: "边境安全", archived: false }],
    groups: [],
  });
  const projects: ProjectRow[] = [
    {
      id: "p1",
      code: "UNODC-KEN-01",
      title: "Border management in East Africa",
      leadOrganizationId: unodc.id,
      partnerIds: [],
      isGlobal: false,
      startDate: "2026-01-01",
      endDate: "2027-06-30",
      budgetUsd: 1_500_000,
      fundsSecuredUsd: 500_000,
      gapUsd: 1_000_000,
      fundingStatus: "PARTIALLY_FUNDED",
      status: "ONGOING",
      inCurrentAppeal: true,
      pillars: [2, 4],
      thematicAreas: ["border-security"],
      regions: [],
      countries: ["KEN"],
      group: null,
    },
  ];
  const activities: ActivityRow[] = [
    {
      id: "a1",
      title: "Workshop on border security",
      kind: "WORKSHOP",
      status: "ONGOING",
      pillar: 2,
      startDate: "2026-03-02",
      endDate: "2026-03-04",
      leadOrganizationId: unodc.id,
      project: { id: "p1", code: "UNODC-KEN-01" },
      countries: ["KEN"],
      countryCount: 1,
      overdue: true,
    },
  ];

  /** A list page's table as KeptDrawing draws it: keyed by its rows and the handle of the lists that label them. */
  function table(language: "en" | "zh" | "ar", lead: typeof unodc, handle: string, kept: boolean, which: "projects" | "activities") {
    const labels = workLabels(reference(lead), pageI18n(language).t, language);
    const data = { rows: which === "projects" ? projects : activities, reference: handle };
    const draw = () =>
      which === "projects"
        ? createElement(ProjectTable, { rows: projects, labels })
        : createElement(ActivityTable, { rows: activities, labels });
    return framed(language, which, data, draw, kept, "");
  }

  it("is what React draws in place, in each language, its links plain links", () => {
    for (const which of ["projects", "activities"] as const) {
      for (const language of ["en", "zh", "ar"] as const) {
        const inPlace = table(language, unodc, `${language}/v1`, false, which);
        expect(table(language, unodc, `${language}/v1`, true, which)).toBe(inPlace);
        expect(inPlace).toContain(
          which === "projects" ? 'href="/projects/p1" data-page-link=""' : 'href="/activities/a1" data-page-link=""',
        );
      }
    }
    expect(table("en", unodc, "en/v1", true, "projects")).toContain("Kenya");
    expect(table("zh", unodc, "zh/v1", true, "projects")).toContain("肯尼亚");
    expect(table("en", unodc, "en/v1", true, "projects")).toContain("US$1,000,000");
  });

  it("is drawn again when the reference lists that label it change (another handle), as React would draw it", () => {
    const renamed = { ...unodc, name: "UNODC (renamed)" };
    for (const which of ["projects", "activities"] as const) {
      expect(table("en", unodc, "en/v1", true, which)).toContain("UN Office on Drugs and Crime");
      const after = table("en", renamed, "en/v2", true, which);
      expect(after).toContain("UNODC (renamed)");
      expect(after).toBe(table("en", renamed, "en/v2", false, which));
    }
  });
});
