// The labels and options of the project and activity pages (app/ui/projects/use-work.ts), and the organization filter
// of the directory, calendar and library (app/ui/options.ts): on the server they are made once per reference list
// object and language (the reference lists are one shared object per version), and each language gets its own, sorted
// in its own alphabetical order.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { pageI18n } from "~/i18n/i18n.server";
import { useWorkOptions } from "~/ui/projects/use-work";
import { useOrganizationOptions } from "~/ui/options";
import { shareAcrossRequests } from "~/ui/kept-by-language";
import type { LabelReference } from "~/domain/projects/labels";

const reference: LabelReference = {
  organizations: [
    { id: "o1", kind: "MEMBER_STATE", name: "Kenya", nameZh: "肯尼亚", acronym: null, iso3: "KEN", region: "AFRICA" },
    { id: "o2", kind: "MEMBER_STATE", name: "Austria", nameZh: "奥地利", acronym: null, iso3: "AUT", region: "EUROPE" },
    {
      id: "o3",
      kind: "COMPACT_ENTITY",
      name: "UN Office on Drugs and Crime",
      nameZh: "毒品和犯罪问题办公室",
      acronym: "UNODC",
      iso3: null,
      region: null,
    },
  ],
  thematicAreas: [{ slug: "borders", name: "Border security", nameZh: "边境安全", archived: false }],
  groups: [{ number: 1, name: "Border management", nameZh: "边境管理", pillar: 2 }],
};
// As useReferenceLists registers the server's lists.
shareAcrossRequests(reference);

function renderedIn<T>(language: "en" | "zh", hook: () => T): T {
  let seen: T | undefined;
  function Probe() {
    seen = hook();
    return null;
  }
  renderToString(createElement(I18nextProvider, { i18n: pageI18n(language) }, createElement(Probe)));
  return seen!;
}
const optionsIn = (language: "en" | "zh", of: LabelReference) => renderedIn(language, () => useWorkOptions(of));
const organizationsIn = (language: "en" | "zh", of: LabelReference) => renderedIn(language, () => useOrganizationOptions(of.organizations));

describe("work options on the server", () => {
  it("are made once per reference object and language, each language in its own words and order", () => {
    const english = optionsIn("en", reference);
    expect(english.countries).toEqual([
      { value: "AUT", label: "Austria" },
      { value: "KEN", label: "Kenya" },
    ]);
    expect(english.entities).toEqual([{ value: "o3", label: "UNODC" }]);
    expect(optionsIn("en", reference)).toBe(english);

    const chinese = optionsIn("zh", reference);
    expect(chinese).not.toBe(english);
    expect(chinese.countries.map((c) => c.label)).toEqual(["奥地利", "肯尼亚"]);
    expect(chinese.entities[0].label).toBe("毒品和犯罪问题办公室");
    expect(chinese.statuses[0].label).not.toBe(english.statuses[0].label);
    expect(optionsIn("zh", reference)).toBe(chinese);

    // Another version of the lists (another object) is made afresh.
    const renamed = {
      ...reference,
      organizations: reference.organizations.map((o) => (o.id === "o1" ? { ...o, name: "Kenya (new)" } : o)),
    };
    shareAcrossRequests(renamed);
    expect(optionsIn("en", renamed).countries.map((c) => c.label)).toEqual(["Austria", "Kenya (new)"]);
  });
});

describe("the organization filter's options on the server", () => {
  it("are made once per list object and language: States by name, then the entities, each in the reader's order", () => {
    const english = organizationsIn("en", reference);
    expect(english).toEqual([
      { value: "o2", label: "Austria" },
      { value: "o1", label: "Kenya" },
      { value: "o3", label: expect.stringMatching(/^UNODC \(.+\)$/) },
    ]);
    expect(organizationsIn("en", reference)).toBe(english);

    const chinese = organizationsIn("zh", reference);
    expect(chinese).not.toBe(english);
    expect(chinese.map((o) => o.label.split(" ")[0])).toEqual(["奥地利", "肯尼亚", "毒品和犯罪问题办公室"]);
    expect(organizationsIn("zh", reference)).toBe(chinese);

    const renamed = reference.organizations.map((o) => (o.id === "o1" ? { ...o, name: "Albania" } : o));
    expect(organizationsIn("en", { ...reference, organizations: renamed }).map((o) => o.label)).toEqual([
      "Albania",
      "Austria",
      expect.stringMatching(/^UNODC/),
    ]);
  });
});

describe("lists a loader read for one request", () => {
  it("are made at each render, not kept: only lists shared among requests are", () => {
    const once = { ...reference, organizations: [...reference.organizations] };
    expect(optionsIn("en", once)).not.toBe(optionsIn("en", once));
    expect(organizationsIn("en", once)).not.toBe(organizationsIn("en", once));
    expect(organizationsIn("en", once)).toEqual(organizationsIn("en", reference));
  });
});
