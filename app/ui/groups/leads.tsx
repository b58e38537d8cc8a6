import { useTranslation } from "react-i18next";
import { organizationName } from "../../names";

type Lead = { role: "CHAIR" | "CO_CHAIR" | "VICE_CHAIR"; organization: { name: string; nameZh?: string | null; acronym: string | null } };

/** "Chair: UNODC · Vice-chairs: CTED, UNOCT" for a working group. */
export function GroupLeads({ leads }: { leads: Lead[] }) {
  const { t, i18n } = useTranslation();
  const names = (role: Lead["role"]) => leads.filter((l) => l.role === role).map((l) => organizationName(l.organization, i18n.language));
  const parts = [
    ["groups.chairedBy", names("CHAIR")],
    ["groups.coChairs", names("CO_CHAIR")],
    ["groups.viceChairs", names("VICE_CHAIR")],
  ] as const;
  return (
    <dl className="inline-list">
      {parts
        .filter(([, list]) => list.length > 0)
        .map(([label, list]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{list.join(", ")}</dd>
          </div>
        ))}
    </dl>
  );
}

type Officer = { role: string; name: string; organization: { name: string; nameZh?: string | null; acronym: string | null } };

/** "Chairs and vice-chairs: Daniel Okafor (UNODC, Chair); …": the people who manage the group's space. */
export function GroupOfficers({ officers }: { officers: Officer[] }) {
  const { t, i18n } = useTranslation();
  if (officers.length === 0) return null;
  return (
    <dl className="inline-list" aria-label={t("groups.officers")}>
      <div>
        <dt>{t("groups.officers")}</dt>
        <dd>
          {officers
            .map((o) => `${o.name} (${organizationName(o.organization, i18n.language)}, ${t(`enums.groupRole.${o.role}` as never)})`)
            .join("; ")}
        </dd>
      </div>
    </dl>
  );
}
