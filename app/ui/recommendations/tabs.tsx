// The recommendation area's views, each offered only to those the policy lets in.
import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RecommendationArea } from "~/ui/recommendations/area";

export function RecommendationTabs({ area }: { area: RecommendationArea }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("recommendations.tabs.label")}>
      <ul className="tabs">
        <li>
          <NavLink to="/recommendations" end>
            {t("recommendations.tabs.list")}
          </NavLink>
        </li>
        {area.ownState ? (
          <li>
            <NavLink to={`/recommendations/states/${area.ownState}`}>{t("recommendations.tabs.myState")}</NavLink>
          </li>
        ) : null}
        {area.dashboard ? (
          <li>
            <NavLink to="/recommendations/dashboard">{t("recommendations.tabs.dashboard")}</NavLink>
          </li>
        ) : null}
        {area.dashboard ? (
          <li>
            <NavLink to="/recommendations/states" end>
              {t("recommendations.tabs.states")}
            </NavLink>
          </li>
        ) : null}
        {area.assessments ? (
          <li>
            <NavLink to="/recommendations/assessments">{t("recommendations.tabs.assessments")}</NavLink>
          </li>
        ) : null}
        {area.accessRecord ? (
          <li>
            <NavLink to="/recommendations/access-record">{t("recommendations.tabs.accessRecord")}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The reminder on every page that shows recommendation text. */
export function RestrictedNotice() {
  const { t } = useTranslation();
  return (
    <p className="notice notice--restricted" role="note">
      {t("recommendations.restrictedNotice")}
    </p>
  );
}
