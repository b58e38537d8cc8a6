// How people appear in the directory, the organizations pages and networking: a list of short entries,
// each linking to the person's page.
import { NavLink } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { intlLocale, isLanguage } from "~/i18n/config";
import { organizationName } from "../../names";
import { displayName } from "../format";

export type PersonSummary = {
  id: string;
  name: string;
  title: string | null;
  email: string;
  languages: string[];
  organization: { id: string; name: string; nameZh?: string | null; acronym: string | null; kind: string };
  memberships: Array<{ role: string; group: { id: string; number: number; slug: string; name: string; nameZh?: string | null } }>;
};

/** Language names (from ISO 639-1 codes) in the reader's language. */
export function useLanguageName() {
  const { i18n } = useTranslation();
  const locale = isLanguage(i18n.language) ? intlLocale[i18n.language] : "en";
  return (code: string) => displayName(locale, "language", code);
}

export function PersonList({
  people,
  label,
  detail,
}: {
  people: PersonSummary[];
  label: string;
  detail?: (person: PersonSummary) => React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  return (
    <ul className="people" aria-label={label}>
      {people.map((p) => {
        const leading = p.memberships.filter((m) => m.role !== "MEMBER");
        return (
          <li key={p.id} className="people__item">
            <p className="people__name">
              <Link to={`/directory/${p.id}`}>
                <bdi>{p.name}</bdi>
              </Link>
              {leading.map((m) => (
                <span key={m.group.id} className="badge">
                  {t("directory.chairOf", { role: t(`enums.groupRole.${m.role}` as never), number: m.group.number })}
                </span>
              ))}
            </p>
            {p.title ? <p className="people__title">{p.title}</p> : null}
            <p className="small">
              <Link to={`/organizations/${p.organization.id}`}>{organizationName(p.organization, i18n.language)}</Link>
              {" · "}
              <a href={`mailto:${p.email}`}>{p.email}</a>
              {p.languages.length ? <span className="muted"> · {p.languages.map(languageName).join(", ")}</span> : null}
            </p>
            {detail ? <p className="small muted">{detail(p)}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** People | Organizations, above both lists. */
export function DirectoryTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("directory.sections")}>
      <ul className="tabs">
        <li>
          <NavLink to="/directory">{t("directory.people")}</NavLink>
        </li>
        <li>
          <NavLink to="/organizations">{t("directory.organizations")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
