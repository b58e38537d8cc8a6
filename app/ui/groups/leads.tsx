import { useTranslation } from "react-i18next";
import { organizationName } from "../names";

type Lead = { role: "CHAIR" | "CO_CHAIR" | "VICE_CHAIR"; organization: { name: string; nameZh: string | null; acronym: string | null } };

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
