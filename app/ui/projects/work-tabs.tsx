// The project area's views: list, matrix, countries and (for the secretariat) the thematic areas.
import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function ProjectTabs({ canManageThematicAreas, search = "" }: { canManageThematicAreas: boolean; search?: string }) {
  const { t } = useTranslation();
  // The list and the matrix share their filters: switching view keeps them.
  const carried = search ? `?${search}` : "";
  return (
    <nav aria-label={t("projects.tabs.label")}>
      <ul className="tabs">
        <li>
          <NavLink to={`/projects${carried}`} end>
            {t("projects.tabs.list")}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/projects/matrix${carried}`}>{t("projects.tabs.matrix")}</NavLink>
        </li>
        <li>
          <NavLink to="/projects/countries">{t("projects.tabs.countries")}</NavLink>
        </li>
        {canManageThematicAreas ? (
          <li>
            <NavLink to="/projects/thematic-areas">{t("projects.tabs.thematicAreas")}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
