// One project: what it is, who leads it with whom, where, the money, and its activities.
import { WorkContact } from "~/ui/directory/work-contact";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { dayString, todayUtc } from "~/fields";
import { ActivityTimelineSection } from "~/ui/activities/activity-timeline";
import { useTranslation } from "react-i18next";

import { requestLanguage } from "~/i18n/i18n.server";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { canManageThematicAreas } from "~/auth/policy";
import { getProject } from "~/domain/projects/records.server";
import { titleFor } from "~/i18n/meta";
import { useFormat } from "~/ui/format";
import { renderMarkdown } from "~/markdown.server";
import { Markdown } from "~/ui/markdown";
import { groupName, organizationFullName, organizationName, localName, type LocalizedNames } from "~/names";
import { pillarName } from "~/pillars";
import { ProjectTabs } from "~/ui/projects/work-tabs";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? [{ title: `${data.project.title} · ${titleFor(matches, "projects.title")[0].title}` }] : titleFor(matches, "projects.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const project = await getProject(user, id, await requestLanguage(args.request, user.locale));
  return {
    project,
    summaryHtml: renderMarkdown(project.summary),
    canManageThematicAreas: canManageThematicAreas(user),
    today: dayString(todayUtc()),
  };
}

export default function ProjectPage() {
  const { t, i18n } = useTranslation();
  const { project, summaryHtml, canManageThematicAreas, today } = useLoaderData<typeof loader>();
  const format = useFormat();
  const gap = project.budgetUsd - project.fundsSecuredUsd;
  const countryName = (c: LocalizedNames) => localName(c, i18n.language);
  return (
    <>
      <ProjectTabs canManageThematicAreas={canManageThematicAreas} />
      <p className="small muted">{project.code}</p>
      <h1>{project.title}</h1>
      <p>
        <span className={`badge badge--${project.status}`}>{t(`projects.statuses.${project.status}`)}</span>{" "}
        <span className={`badge badge--${project.fundingStatus}`}>{t(`projects.fundingStatuses.${project.fundingStatus}`)}</span>{" "}
        {project.inCurrentAppeal ? <span className="badge">{t("projects.inAppeal")}</span> : null}
      </p>
      {project.canEdit ? (
        <div className="button-row">
          <Link to={`/projects/${project.id}/edit`} className="button">
            {t("common.edit")}
          </Link>
          <Link to={`/activities/new?project=${encodeURIComponent(project.code)}`} className="button button--quiet">
            {t("projects.addActivity")}
          </Link>
        </div>
      ) : null}
      <Markdown html={summaryHtml} className="card" />
      <h2>{t("projects.details")}</h2>
      <dl className="definition-list card">
        <dt>{t("projects.lead")}</dt>
        <dd>{organizationFullName(project.leadOrganization, i18n.language)}</dd>
        <WorkContact contact={project.contact} />
        <dt>{t("projects.partners")}</dt>
        <dd>
          {project.partners.length
            ? project.partners.map((p) => organizationName(p.organization, i18n.language)).join(", ")
            : t("projects.none")}
        </dd>
        <dt>{t("projects.pillars")}</dt>
        <dd>
          <ul className="plain-list">
            {project.pillars.map((p) => (
              <li key={p.pillar}>
                {t("projects.pillarNumber", { number: p.pillar })}: {pillarName(p.pillar, i18n.language)}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t("projects.thematicAreas")}</dt>
        <dd>{project.thematicAreas.map((a) => localName(a, i18n.language)).join(", ")}</dd>
        <dt>{t("projects.where")}</dt>
        <dd>
          {project.isGlobal ? t("projects.global") : null}
          {project.countries.length ? (
            <ul className="plain-list inline-list">
              {project.countries.map((c) => (
                <li key={c.country.id}>
                  <Link to={`/projects/countries/${c.country.iso3}`}>{countryName(c.country)}</Link>
                </li>
              ))}
            </ul>
          ) : null}
          {project.regions.length ? (
            <p className="small muted">{project.regions.map((r) => t(`enums.region.${r.region}`)).join(", ")}</p>
          ) : null}
        </dd>
        <dt>{t("projects.period")}</dt>
        <dd>
          {format.day(project.startDate)} – {format.day(project.endDate)}
        </dd>
        <dt>{t("projects.budget")}</dt>
        <dd>{format.usd(project.budgetUsd)}</dd>
        <dt>{t("projects.secured")}</dt>
        <dd>
          {format.usd(project.fundsSecuredUsd)}
          {project.budgetUsd > 0 ? (
            <span className="muted small">
              {" "}
              ({t("projects.securedShare", { percent: format.percent(project.fundsSecuredUsd / project.budgetUsd) })})
            </span>
          ) : null}
        </dd>
        <dt>{t("projects.gap")}</dt>
        <dd>{format.usd(gap)}</dd>
        <dt>{t("projects.workingGroup")}</dt>
        <dd>
          {project.workingGroup
            ? `${project.workingGroup.number}. ${groupName(project.workingGroup, i18n.language)}`
            : t("projects.noGroup")}
        </dd>
      </dl>
      <h2>
        {t("projects.activities")}{" "}
        <span className="muted small">({t("projects.activityCount", { count: project._count.activities })})</span>
      </h2>
      {project.activities.length === 0 ? (
        <p>{t("projects.noActivities")}</p>
      ) : (
        <>
          <ActivityTimelineSection
            title={t("charts.timelineTitle")}
            items={project.activities}
            today={today}
            svgHref={`/projects/${project.id}/timeline.svg`}
            fileName={`timeline-${project.code}`}
          />
          <ul className="timeline">
            {project.activities.map((a) => (
              <li key={a.id}>
                <Link to={`/activities/${a.id}`}>{a.title}</Link>{" "}
                <span className="small muted">
                  {t(`activities.kinds.${a.kind}`)} · {format.day(a.startDate)} · {t(`projects.statuses.${a.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {project._count.activities > project.activities.length ? (
        <p>
          <Link to={`/activities?project=${encodeURIComponent(project.code)}`}>
            {t("projects.activityCount", { count: project._count.activities })}
          </Link>
        </p>
      ) : null}
    </>
  );
}
