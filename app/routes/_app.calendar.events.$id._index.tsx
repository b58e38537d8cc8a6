// An event's page: its times on its own clock and on the reader's, where, who organizes it, who is going
// (by organization), the reader's answer, and for those who may edit it: counts, edit, cancel.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { answerEvent, cancelEvent, eventPage } from "~/domain/calendar/events.server";
import { ATTENDANCE_RESPONSES } from "~/domain/calendar/values";
import { pillarName } from "~/pillars";
import { versionField } from "~/fields";
import { askToConfirm, confirmed, invalid, parseFormData, readFormData } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { titleFor } from "~/i18n/meta";
import { useCalendarFormat } from "~/ui/calendar/format";
import { LockIcon } from "~/ui/calendar/occurrence";
import { ConfirmAction } from "~/ui/confirm";
import { Form, FormErrorSummary } from "~/ui/form";
import { Markdown } from "~/ui/markdown";
import { groupName, organizationName } from "~/names";
import { Notice } from "~/ui/notice";
import { setFlash } from "~/ui/flash.server";
import { AttendanceResponse } from "~/enums";
import { BackArrow } from "~/ui/direction";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? [{ title: `${data.event.title} · ${titleFor(matches, "calendar.title")[0].title}` }] : titleFor(matches, "calendar.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return eventPage(user, uuidParam(args.params, "id"), await requestLanguage(args.request, user.locale));
}

const Intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("answer"), response: z.enum(AttendanceResponse, "errors.invalidField") }),
  z.object({ intent: z.literal("cancel"), version: versionField }),
]);

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const formData = await readFormData(args.request);
  const form = parseFormData(formData, Intent);
  if (!form.ok) return invalid(form);
  const here = `/calendar/events/${id}`;
  if (form.data.intent === "answer") {
    await answerEvent(user, id, form.data.response);
    return redirect(here, { headers: { "Set-Cookie": await setFlash({ key: "calendar.answerSaved" }) } });
  }
  if (!confirmed(formData)) return askToConfirm("cancel");
  const result = await cancelEvent(user, id, form.data.version);
  if (!result.ok) return invalid({ errors: result.errors });
  return redirect(here, { headers: { "Set-Cookie": await setFlash({ key: "calendar.cancelled" }) } });
}

export default function EventPage() {
  const { t, i18n } = useTranslation();
  const { event, when, goingByOrganization, goingCount, myResponse, counts, upcoming, may } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const inEventZone = useCalendarFormat(event.timeZone);
  const inReaderZone = useCalendarFormat();
  const allDay = t("calendar.allDay");
  const sameZone = inEventZone.timeZone === inReaderZone.timeZone;
  const organizers = [...event.organizers.map((o) => organizationName(o.organization, i18n.language)), ...event.otherOrganizers];
  const askingCancel = actionData && "confirm" in actionData && actionData.confirm === "cancel";
  return (
    <article className="event-page" aria-labelledby="event-title">
      <p>
        <Link to="/calendar">
          <BackArrow /> {t("calendar.backToCalendar")}
        </Link>
      </p>
      <h1 id="event-title" className={event.status === "CANCELLED" ? "event-page__title--cancelled" : undefined}>
        {event.title}
      </h1>
      <p className="event-page__badges">
        <span className="badge">{t(`calendar.kinds.${event.kind}`)}</span>{" "}
        {event.status !== "SCHEDULED" ? (
          <span className={`badge badge--${event.status}`}>{t(`calendar.statuses.${event.status}`)}</span>
        ) : null}{" "}
        {event.visibility === "GROUP_MEMBERS" ? (
          <span className="badge badge--group">
            <LockIcon /> {t("calendar.groupOnly")}
          </span>
        ) : null}
      </p>
      {event.status === "CANCELLED" ? <Notice tone="warning">{t("calendar.cancelledNotice")}</Notice> : null}
      {event.status === "POSTPONED" ? <Notice tone="warning">{t("calendar.postponedNotice")}</Notice> : null}
      <FormErrorSummary errors={actionData && !askingCancel ? (actionData.errors as Record<string, string>) : null} />

      <dl className="definition-list">
        <dt>{when.event.allDay ? t("calendar.when") : t("calendar.eventTime", { zone: event.timeZone })}</dt>
        <dd>{inEventZone.fullSpan(when.event, allDay)}</dd>
        {!when.event.allDay && !sameZone ? (
          <>
            <dt>{t("calendar.yourTime", { zone: inReaderZone.timeZone })}</dt>
            <dd>{inReaderZone.fullSpan(when.reader, allDay)}</dd>
          </>
        ) : null}
        {event.recurrenceFrequency && event.untilDay ? (
          <>
            <dt>{t("calendar.repeats")}</dt>
            <dd>
              {t(event.recurrenceFrequency === "WEEKLY" ? "calendar.everyWeek" : "calendar.everyMonth", {
                count: event.recurrenceInterval,
                until: inEventZone.shortDay(event.untilDay),
              })}
            </dd>
          </>
        ) : null}
        {event.place ? (
          <>
            <dt>{t("calendar.where")}</dt>
            <dd>{event.place}</dd>
          </>
        ) : null}
        {event.onlineUrl ? (
          <>
            <dt>{t("calendar.onlineLink")}</dt>
            <dd>
              <a href={event.onlineUrl} rel="noopener noreferrer nofollow" target="_blank">
                {event.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        {organizers.length ? (
          <>
            <dt>{t("calendar.organizers")}</dt>
            <dd>{organizers.join(", ")}</dd>
          </>
        ) : null}
        {event.group ? (
          <>
            <dt>{t("calendar.group")}</dt>
            <dd>
              {event.group.number}. {groupName(event.group, i18n.language)}
            </dd>
          </>
        ) : null}
        {event.pillars.length ? (
          <>
            <dt>{t("calendar.pillars")}</dt>
            <dd>{event.pillars.map((p) => `${p}. ${pillarName(p, i18n.language)}`).join("; ")}</dd>
          </>
        ) : null}
        <dt>{t("calendar.visibility")}</dt>
        <dd>{t(`calendar.visibilities.${event.visibility}`)}</dd>
      </dl>

      {event.descriptionHtml ? (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading">{t("calendar.description")}</h2>
          <Markdown html={event.descriptionHtml} />
        </section>
      ) : null}

      {upcoming.length ? (
        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{t("calendar.nextOccurrences")}</h2>
          <ul>
            {upcoming.map((o) => (
              <li key={o.start}>{inReaderZone.fullSpan(o, allDay)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="button-row">
        <a className="button button--quiet" href={`/calendar/events/${event.id}/download.ics`} download>
          {t("calendar.downloadIcs")}
        </a>
        {may.edit ? (
          <Link className="button button--quiet" to={`/calendar/events/${event.id}/edit`}>
            {t("calendar.edit")}
          </Link>
        ) : null}
        {may.edit && event.status !== "CANCELLED" ? (
          <ConfirmAction
            intent="cancel"
            label={t("calendar.cancelEvent")}
            question={t("calendar.cancelQuestion", { title: event.title })}
            asking={Boolean(askingCancel)}
            fields={{ version: String(event.version) }}
          />
        ) : null}
      </div>

      <section aria-labelledby="attendance-heading" className="card">
        <h2 id="attendance-heading">{t("calendar.attendance")}</h2>
        {may.answer ? (
          <Form method="post" className="attendance-form">
            <input type="hidden" name="intent" value="answer" />
            <p id="answer-question">{t("calendar.answerQuestion")}</p>
            <div className="button-row" role="group" aria-labelledby="answer-question">
              {ATTENDANCE_RESPONSES.map((response) => (
                <button
                  key={response}
                  type="submit"
                  name="response"
                  value={response}
                  className={`button${myResponse === response ? "" : " button--quiet"}`}
                  aria-pressed={myResponse === response}
                >
                  {t(`calendar.responses.${response}`)}
                </button>
              ))}
            </div>
          </Form>
        ) : (
          <p className="muted">{t("calendar.cannotAnswerCancelled")}</p>
        )}
        {counts ? (
          <p className="small">
            <strong>{t("calendar.answerCounts")}:</strong>{" "}
            {ATTENDANCE_RESPONSES.map((r) => `${t(`calendar.responses.${r}`)} ${counts[r]}`).join(" · ")}
          </p>
        ) : null}
        <h3>{t("calendar.whoIsGoing")}</h3>
        {goingCount === 0 ? (
          <p className="muted">{t("calendar.nobodyGoing")}</p>
        ) : (
          <>
            <p className="small muted">{t("calendar.goingCount", { count: goingCount })}</p>
            <ul className="going-list">
              {goingByOrganization.map((entry) => (
                <li key={entry.organization.id}>
                  <strong>{organizationName(entry.organization, i18n.language)}</strong>: {entry.people.map((p) => p.name).join(", ")}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}
