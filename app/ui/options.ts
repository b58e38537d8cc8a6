// Option lists for selects, labelled in the reader's language.
import { useTranslation } from "react-i18next";
import { organizationName } from "../names";
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

type OrgOption = { id: string; name: string; nameZh: string | null; acronym: string | null; kind: string };

/** Organizations grouped as the reader thinks of them: entities by acronym, States by name. */
export function useOrganizationOptions(organizations: OrgOption[]) {
  const { t, i18n } = useTranslation();
  return organizations.map((o) => ({
    value: o.id,
    label: `${organizationName(o, i18n.language)}${o.kind === "MEMBER_STATE" ? "" : ` (${t(`enums.orgKind.${o.kind}` as never)})`}`,
  }));
}
