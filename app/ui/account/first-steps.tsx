// A newcomer's first steps on the home page: complete the profile, find groups to join, subscribe to the calendar.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import type { homeSummary } from "~/domain/account/home.server";
import { Form } from "../form";
import { groupName } from "../../names";

type Steps = NonNullable<Awaited<ReturnType<typeof homeSummary>>["firstSteps"]>;

/** A newcomer's checklist: each step says whether it is done and links to where it is done. */
export function FirstSteps({ steps }: { steps: Steps }) {
  const { t, i18n } = useTranslation();
  const status = (done: boolean) => (
    <span className={`badge badge--${done ? "ACTIVE" : "INVITED"}`}>{t(done ? "home.stepDone" : "home.stepToDo")}</span>
  );
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
                      <button
                        type="submit"
                        className="button button--small button--quiet"
                        aria-label={`${t("groups.askToJoin")}: ${g.number}. ${groupName(g, i18n.language)}`}
                      >
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
