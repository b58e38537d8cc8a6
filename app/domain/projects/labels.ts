// How projects and activities name things for a reader: organizations, countries, thematic areas, working
// groups, regions and pillars, and the keys of the matrix axes, in a stable order. Pure functions over the
// reference lists (reference-lists.server.ts) and a translator, so the pages and the CSV exports
// (translated on the server) say exactly the same.
import type { TFunction } from "i18next";
import type { Axis } from "~/domain/projects/filter-values";
import { pillarName } from "~/pillars";
import { compareNames, groupName, organizationName, localName } from "../../names";
import { Region, valuesOf } from "~/enums";

const REGION_ORDER: string[] = [...valuesOf(Region), "GLOBAL"];

export type LabelReference = {
  organizations: ReadonlyArray<{
    id: string;
    kind: string;
    name: string;
    nameZh?: string | null;
    acronym: string | null;
    iso3: string | null;
    region: string | null;
  }>;
  thematicAreas: ReadonlyArray<{ slug: string; name: string; nameZh?: string | null; archived: boolean }>;
  groups: ReadonlyArray<{ number: number; name: string; nameZh?: string | null; pillar: number }>;
};

export function workLabels(reference: LabelReference, t: TFunction, language: string) {
  const organizationsById = new Map(reference.organizations.map((o) => [o.id, o]));
  const countriesByIso3 = new Map(reference.organizations.filter((o) => o.iso3).map((o) => [o.iso3!, o]));
  const areasBySlug = new Map(reference.thematicAreas.map((a) => [a.slug, a]));
  const groupsByNumber = new Map(reference.groups.map((g) => [g.number, g]));

  const organization = (id: string) => {
    const org = organizationsById.get(id);
    return org ? organizationName(org, language) : id;
  };
  const country = (iso3: string) => {
    const org = countriesByIso3.get(iso3);
    return org ? localName(org, language) : iso3;
  };
  const thematic = (slug: string) => {
    if (slug === "none") return String(t("projects.noThematic"));
    const area = areasBySlug.get(slug);
    return area ? localName(area, language) : slug;
  };
  const group = (number: number | string) => {
    if (number === "none") return String(t("projects.noGroup"));
    const g = groupsByNumber.get(Number(number));
    return g ? `${g.number}. ${groupName(g, language)}` : String(number);
  };
  const region = (key: string) => (key === "GLOBAL" ? String(t("projects.global")) : String(t(`enums.region.${key}` as never)));
  const pillar = (key: number | string) =>
    key === "none" ? String(t("projects.noPillar")) : String(t("projects.pillarNumber", { number: key }));
  const pillarTitle = (key: number | string) => pillarName(Number(key), language);

  /** The label of a matrix row or column key. */
  const axisKey = (axis: Axis, key: string): string => {
    switch (axis) {
      case "organization":
        return organization(key);
      case "pillar":
        return pillar(key);
      case "thematic":
        return thematic(key);
      case "region":
        return region(key);
      case "group":
        return group(key);
    }
  };

  /** Keys in the order readers expect: pillars and groups by number, areas as listed, regions A–Z then global, organizations by name; "none" last. */
  const orderKeys = (axis: Axis, keys: readonly string[]): string[] => {
    const compareText = compareNames(language);
    const rank = (key: string): number | string => {
      if (key === "none") return Number.MAX_SAFE_INTEGER;
      if (axis === "pillar" || axis === "group") return Number(key);
      if (axis === "region") return REGION_ORDER.indexOf(key);
      if (axis === "thematic") return reference.thematicAreas.findIndex((a) => a.slug === key);
      return axisKey(axis, key).toLocaleLowerCase(language);
    };
    return [...keys].sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      if (typeof ra === "number" && typeof rb === "number") return ra - rb;
      return compareText(String(ra), String(rb));
    });
  };

  return { organization, country, thematic, group, region, pillar, pillarTitle, axisKey, orderKeys };
}
export type WorkLabels = ReturnType<typeof workLabels>;
