import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { titleFor } from "~/i18n/meta";
import { requireUser } from "~/auth/guards.server";
import { canAdminister } from "~/auth/policy";
import { homeSummary } from "~/domain/home.server";
import { useFormat } from "~/ui/format";
import { Form } from "~/ui/form";
import { groupName } from "~/ui/names";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "nav.home");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const summary = await homeSummary(user);
  return { name: user.name, ...summary, canAdminister: canAdminister(user, "users.read") };
}

export default function Home() {
  const { t, i18n } = useTranslation();
  const { name, memberships, mentions, firstSteps, canAdminister } = useLoaderData<typeof loader>();
  const format = useFormat();
  return (
    <>
      <h1>{t("home.greeting", { name })}</h1>
      <p className="muted">{t("home.intro")}</p>
      {firstSteps ? <FirstSteps steps={firstSteps} /> : null}
      <h2>{t("home.yourGroups")}</h2>
      {memberships.length === 0 ? (
        <p>{t("home.noGroupsYet")}</p>
      ) : (
        <ul className="grid" aria-label={t("home.yourGroups")}>
          {memberships.map((m) => (
            <li key={m.group.id} className="card">
              <Link to={`/groups/${m.group.slug}`}>
                <strong>
                  {m.group.number}. {groupName(m.group, i18n.language)}
                </strong>
              </Link>
              <p className="small muted">{t("home.groupRole", { role: t(`enums.groupRole.${m.role}`) })}</p>
            </li>
          ))}
        </ul>
      )}
      {mentions.length ? (
        <section aria-labelledby="mentions-heading">
          <h2 id="mentions-heading">{t("groups.yourMentions")}</h2>
          <ul className="post-list">
            {mentions.map((m) => (
              <li key={`${m.post.id}-${m.commentId ?? ""}`}>
                <Link to={`/groups/${m.post.group.slug}/posts/${m.post.id}`}>{m.post.title}</Link>{" "}
                <span className="post-meta">
                  {t("groups.inGroup", { group: `${m.post.group.number}. ${groupName(m.post.group, i18n.language)}` })} · {format.dateTime(m.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {canAdminister ? (
        <p>
          <Link to="/admin" className="button button--quiet">
            {t("home.adminShortcut")}
          </Link>
        </p>
      ) : null}
    </>
  );
}

type Steps = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["firstSteps"]>;

/** A newcomer's checklist: each step says whether it is done and links to where it is done. */
function FirstSteps({ steps }: { steps: Steps }) {
  const { t, i18n } = useTranslation();
  const status = (done: boolean) => <span className={`badge badge--${done ? "ACTIVE" : "INVITED"}`}>{t(done ? "home.stepDone" : "home.stepToDo")}</span>;
  return (
    <section aria-labelledby="first-steps-heading" className="card stack">
      <h2 id="first-steps-heading">{t("home.firstSteps")}</h2>
      <ol className="steps">
        <li>
          {status(steps.profileComplete)} <Link to="/profile">{t("home.stepProfile")}</Link>
          <p className="small muted">{t("home.stepProfileHint")}</p>
        </li>
        <li>
          {status(steps.hasGroups)} <strong>{t("home.stepGroups")}</strong>
          <p className="small muted">{t("home.stepGroupsHint")}</p>
          {steps.groups.length ? (
            <ul className="post-list" aria-label={t("home.stepGroups")}>
              {steps.groups.map((g) => (
                <li key={g.id} className="actions-inline">
                  <Link to={`/groups/${g.slug}`}>
                    {g.number}. {groupName(g, i18n.language)}
                  </Link>
                  {g.requested ? (
                    <span className="small muted">{t("groups.requestPending")}</span>
                  ) : g.canRequest ? (
                    <Form method="post" action={`/groups/${g.slug}`}>
                      <input type="hidden" name="intent" value="requestToJoin" />
                      <button type="submit" className="button button--small button--quiet" aria-label={`${t("groups.askToJoin")}: ${g.number}. ${groupName(g, i18n.language)}`}>
                        {t("groups.askToJoin")}
                      </button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
        <li>
          {status(steps.calendarSubscribed)} <Link to="/profile/calendar">{t("home.stepCalendar")}</Link>
          <p className="small muted">{t("home.stepCalendarHint")}</p>
        </li>
      </ol>
    </section>
  );
}
