// Hooks for the project and activity pages: labels and select options in the reader's language.
import { useMemo } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { compareLabels } from "~/names";
import { PILLAR_NUMBERS } from "~/pillars";
import { REGIONS } from "../options";
import { keptFor, onServer } from "../kept-by-language";
import { workLabels, type LabelReference } from "../../domain/projects/labels";
import { FundingStatus, ProjectStatus, valuesOf } from "~/enums";

export const WORK_STATUSES = valuesOf(ProjectStatus);
export const FUNDING_STATUSES = valuesOf(FundingStatus);

// On the server, the labels and options of one version of the lists are made once per language (./kept-by-language).
const keptLabels = new WeakMap<LabelReference, Map<string, ReturnType<typeof workLabels>>>();
const keptOptions = new WeakMap<LabelReference, Map<string, ReturnType<typeof workOptions>>>();

export function useWorkLabels(reference: LabelReference) {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const make = () => workLabels(reference, t, i18n.language);
    return onServer ? keptFor(keptLabels, reference, i18n.language, make) : make();
  }, [reference, t, i18n.language]);
}

export function useWorkOptions(reference: LabelReference) {
  const { t, i18n } = useTranslation();
  const labels = useWorkLabels(reference);
  return useMemo(() => {
    const make = () => workOptions(reference, labels, t, i18n.language);
    return onServer ? keptFor(keptOptions, reference, i18n.language, make) : make();
  }, [reference, labels, t, i18n.language]);
}

function workOptions(reference: LabelReference, labels: ReturnType<typeof workLabels>, t: TFunction, language: string) {
  const byLabel = compareLabels(language);
  return {
    /** Compact entities and observers: the organizations that lead and partner. */
    entities: reference.organizations
      .filter((o) => o.kind !== "MEMBER_STATE")
      .map((o) => ({ value: o.id, label: labels.organization(o.id) }))
      .sort(byLabel),
    /** Every organization (implementing partners may be Member States too). */
    partners: reference.organizations.map((o) => ({ value: o.id, label: labels.organization(o.id) })).sort(byLabel),
    countries: reference.organizations
      .filter((o) => o.kind === "MEMBER_STATE" && o.iso3)
      .map((o) => ({ value: o.iso3!, label: labels.country(o.iso3!) }))
      .sort(byLabel),
    thematicAreas: reference.thematicAreas.filter((a) => !a.archived).map((a) => ({ value: a.slug, label: labels.thematic(a.slug) })),
    allThematicAreas: reference.thematicAreas.map((a) => ({ value: a.slug, label: labels.thematic(a.slug) })),
    groups: reference.groups.map((g) => ({ value: String(g.number), label: labels.group(g.number) })),
    pillars: PILLAR_NUMBERS.map((n) => ({ value: String(n), label: `${labels.pillar(n)}: ${labels.pillarTitle(n)}` })),
    pillarsShort: PILLAR_NUMBERS.map((n) => ({ value: String(n), label: labels.pillar(n) })),
    regions: REGIONS.map((r) => ({ value: r, label: labels.region(r) })),
    /** For filters: the regions, then "global" (work without countries or regions). */
    regionsAndGlobal: [...REGIONS, "GLOBAL"].map((r) => ({ value: r, label: labels.region(r) })),
    statuses: WORK_STATUSES.map((s) => ({ value: s, label: String(t(`projects.statuses.${s}`)) })),
    fundingStatuses: FUNDING_STATUSES.map((s) => ({ value: s, label: String(t(`projects.fundingStatuses.${s}`)) })),
  };
}
