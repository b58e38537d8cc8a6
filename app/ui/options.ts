// Option lists for selects, labelled in the reader's language.
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { keptFor, onServer } from "./kept-by-language";
import { compareNames, organizationName } from "../names";
import { OrganizationKind, PlatformRole, Region, UserStatus, valuesOf } from "~/enums";

export const ROLES = valuesOf(PlatformRole);
export const STATUSES = valuesOf(UserStatus);
export const ORG_KINDS = valuesOf(OrganizationKind);
export const REGIONS = valuesOf(Region);

type EnumName = "role" | "status" | "orgKind" | "region";
const VALUES: Record<EnumName, readonly string[]> = { role: ROLES, status: STATUSES, orgKind: ORG_KINDS, region: REGIONS };

export function useEnumOptions(name: EnumName) {
  const { t } = useTranslation();
  return VALUES[name].map((value) => ({ value, label: t(`enums.${name}.${value}` as never) as string }));
}

type OrgOption = { id: string; name: string; nameZh?: string | null; acronym: string | null; kind: string };

/** Organizations grouped as the reader thinks of them: entities by acronym, States by name; each kind in the
 * order given (the server's), and within a kind in the alphabetical order of the reader's language. */
export function useOrganizationOptions(organizations: readonly OrgOption[]) {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const make = () => organizationChoices(organizations, t, i18n.language);
    // The server's lists are one shared object per version: sorted once per language, not at every render.
    return onServer ? keptFor(keptChoices, organizations, i18n.language, make) : make();
  }, [organizations, t, i18n.language]);
}
const keptChoices = new WeakMap<readonly OrgOption[], Map<string, Array<{ value: string; label: string }>>>();

/**
 * The same options, for a loader to send ready-made (value and label only: a page with a long list of organizations
 * sends it once in its data, not every organization's fields).
 */
export function organizationChoices(organizations: readonly OrgOption[], t: TFunction, language: string) {
  const compare = compareNames(language);
  const kindOrder = new Map<string, number>();
  for (const o of organizations) if (!kindOrder.has(o.kind)) kindOrder.set(o.kind, kindOrder.size);
  return organizations
    .map((o) => ({
      kind: o.kind,
      name: organizationName(o, language),
      value: o.id,
      label: `${organizationName(o, language)}${o.kind === "MEMBER_STATE" ? "" : ` (${t(`enums.orgKind.${o.kind}` as never)})`}`,
    }))
    .sort((a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || compare(a.name, b.name))
    .map(({ value, label }) => ({ value, label }));
}
