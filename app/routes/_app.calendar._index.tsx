// /calendar: month grid, week and agenda. The view, the date and the filters live in the URL, so every
// view is linkable; previous/next move by a month, a week or an agenda page.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { CalendarQuery, calendarPage } from "~/domain/calendar/views.server";
import { AGENDA_PAGE_SIZE, CALENDAR_VIEWS, EVENT_KINDS, type CalendarView } from "~/domain/calendar/values";
import { PILLARS, pillarName } from "~/pillars";
import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { firstDayOfWeek } from "~/i18n/config";
import { requestLanguage } from "~/i18n/i18n.server";
import { calendarFormatIn, useCalendarFormat } from "~/ui/calendar/format";
import { KeptDrawing } from "~/ui/kept-markup";
import { drawingFor } from "~/drawn-in-document.server";
import { OccurrenceChip, OccurrenceRow, occurrenceKey, type OccurrenceItem } from "~/ui/calendar/occurrence";
import { CheckboxField, Field, Form, SelectField } from "~/ui/form";
import { groupName } from "~/names";
import { useOrganizationOptions } from "~/ui/options";
import { Pagination } from "~/ui/pagination";
import { BackArrow, ForwardArrow } from "~/ui/direction";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "calendar.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, CalendarQuery);
  // Weeks start on the reader's day (Saturday in Arabic, Monday in the other languages).
  const language = await requestLanguage(args.request, user.locale);
  const { view, reference } = await calendarPage(user, query, firstDayOfWeek[language], language);
  const { days, ...rest } = view;
  // The grid, the week or the agenda page is drawn into a page loaded in full, without its data
  // (app/drawn-in-document.server.ts): for each (days shown, language, zone, filters).
  const shown = {
    days: query.view === "agenda" ? days.filter((d) => d.occurrences.length > 0) : days,
    month: view.range.month,
    today: view.today,
    search: new URL(args.request.url).search,
    timeZone: view.timeZone,
  };
  return { ...rest, query, reference, shown: drawingFor(args.context, shown) };
}

// The filters' organizations and groups come to the browser apart from the page's data (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

/** This page's address with some parameters changed (the rest, filters included, kept). */
function hrefWith(search: string, changes: Record<string, string | null>) {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `/calendar?${query}` : "/calendar";
}

export default function CalendarPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const format = useCalendarFormat();
  const view = data.query.view;
  const [previousLabel, nextLabel] =
    view === "month"
      ? [t("calendar.previousMonth"), t("calendar.nextMonth")]
      : view === "week"
        ? [t("calendar.previousWeek"), t("calendar.nextWeek")]
        : [t("calendar.earlier"), t("calendar.later")];
  const heading =
    view === "month"
      ? format.month(data.range.month)
      : t("calendar.agendaRange", { from: format.shortDay(data.range.firstDay), to: format.shortDay(data.range.lastDay) });
  const viewLabel: Record<CalendarView, string> = { month: t("calendar.month"), week: t("calendar.week"), agenda: t("calendar.agenda") };
  return (
    <>
      <div className="page-heading">
        <h1>{t("calendar.title")}</h1>
        <div className="button-row">
          <Link to={data.query.group ? `/calendar/new?group=${data.query.group}` : "/calendar/new"} className="button">
            {t("calendar.newEvent")}
          </Link>
          <Link to="/profile/calendar" className="button button--quiet">
            {t("calendar.subscribe")}
          </Link>
        </div>
      </div>
      <ReferenceListsLink handle={data.reference} />
      <p className="muted small">{t("calendar.intro", { zone: data.timeZone })}</p>

      <nav aria-label={t("calendar.views")}>
        <ul className="tabs">
          {CALENDAR_VIEWS.map((v) => (
            <li key={v}>
              <Link
                to={hrefWith(search, { view: v, page: null })}
                className={v === view ? "active" : undefined}
                aria-current={v === view ? "page" : undefined}
              >
                {viewLabel[v]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <CalendarFilters />

      <div className="calendar-toolbar">
        <h2 className="calendar-toolbar__title" aria-live="polite">
          {heading}
        </h2>
        <div className="button-row">
          <Link className="button button--quiet button--small" rel="prev" to={hrefWith(search, { date: data.range.previous, page: null })}>
            <BackArrow /> {previousLabel}
          </Link>
          <Link className="button button--quiet button--small" to={hrefWith(search, { date: null, page: null })}>
            {t("calendar.today")}
          </Link>
          <Link className="button button--quiet button--small" rel="next" to={hrefWith(search, { date: data.range.next, page: null })}>
            {nextLabel} <ForwardArrow />
          </Link>
        </div>
      </div>
      <p className="muted small">{t("calendar.rangeCount", { count: data.total })}</p>

      {view === "month" ? (
        // Kept as markup for each (days shown, language, zone, filters): the grid was a month page's largest render.
        <KeptDrawing name="month-grid" drawing={data.shown} draw={(kept) => <MonthGrid {...kept} />} />
      ) : null}
      {view === "week" ? <KeptDrawing name="week" drawing={data.shown} draw={(kept) => <DayList {...kept} showEmptyDays />} /> : null}
      {view === "agenda" ? (
        data.total === 0 ? (
          <div className="empty-state">
            <p>{t("calendar.noEvents")}</p>
            <p className="muted small">{t("calendar.noEventsHint")}</p>
          </div>
        ) : (
          <>
            <KeptDrawing name="agenda" drawing={data.shown} draw={(kept) => <DayList {...kept} />} />
            <Pagination total={data.total} page={data.page} pageSize={AGENDA_PAGE_SIZE} />
          </>
        )
      ) : null}
      {view !== "agenda" && data.total === 0 ? <p className="muted">{t("calendar.noEventsHint")}</p> : null}
    </>
  );
}

function CalendarFilters() {
  const { t, i18n } = useTranslation();
  const { query, reference } = useLoaderData<typeof loader>();
  const { organizations, groups } = useReferenceLists(reference);
  const organizationOptions = useOrganizationOptions(organizations);
  const filtering = Boolean(query.q || query.group || query.org || query.kind || query.pillar || query.mine);
  return (
    // Folded away unless a filter is set, so the calendar itself comes first on a phone.
    <details className="filters-panel" open={filtering}>
      <summary>{t("calendar.filters")}</summary>
      <Form method="get" className="filters" role="search" aria-label={t("calendar.filters")}>
        <input type="hidden" name="view" value={query.view} />
        {query.date ? <input type="hidden" name="date" value={query.date} /> : null}
        <Field name="q" type="search" label={t("calendar.search")} defaultValue={query.q} />
        <SelectField
          name="group"
          label={t("calendar.group")}
          options={groups.map((g) => ({ value: g.id, label: `${g.number}. ${groupName(g, i18n.language)}` }))}
          emptyOption={t("calendar.anyGroup")}
          defaultValue={query.group}
        />
        <SelectField
          name="org"
          label={t("calendar.organization")}
          options={organizationOptions}
          emptyOption={t("calendar.anyOrganization")}
          defaultValue={query.org}
        />
        <SelectField
          name="kind"
          label={t("calendar.kind")}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
          emptyOption={t("calendar.anyKind")}
          defaultValue={query.kind}
        />
        <SelectField
          name="pillar"
          label={t("calendar.pillar")}
          options={PILLARS.map((p) => ({ value: String(p.number), label: `${p.number}. ${pillarName(p.number, i18n.language)}` }))}
          emptyOption={t("calendar.anyPillar")}
          defaultValue={query.pillar ? String(query.pillar) : null}
        />
        <CheckboxField name="mine" value="1" label={t("calendar.onlyMine")} defaultChecked={query.mine === "1"} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to={`/calendar?view=${query.view}${query.date ? `&date=${query.date}` : ""}`}>{t("common.clearFilters")}</Link>
        </div>
      </Form>
    </details>
  );
}

/** A day's first occurrences (all of them in the agenda) and how many it has in all. */
type Day = { day: string; occurrences: OccurrenceItem[]; count: number };

/** The month's weeks, in the language and zone it is given: it needs no router or page data (KeptMarkup). */
function MonthGrid({
  days,
  month,
  today,
  search,
  timeZone,
}: {
  days: Day[];
  month: string;
  today: string;
  search: string;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const format = calendarFormatIn(i18n.language, timeZone);
  const weeks: Day[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return (
    <table className="month-grid">
      <caption className="visually-hidden">{format.month(month)}</caption>
      <thead>
        <tr>
          {weeks[0].map((d) => (
            <th key={d.day} scope="col">
              {format.weekday(d.day)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0].day}>
            {week.map((d) => {
              const outside = d.day.slice(0, 7) !== month.slice(0, 7);
              const classes = [
                "month-grid__day",
                outside ? "month-grid__day--outside" : "",
                d.day === today ? "month-grid__day--today" : "",
                d.occurrences.length === 0 ? "month-grid__day--empty" : "",
              ];
              const hidden = d.count - d.occurrences.length;
              return (
                <td key={d.day} className={classes.filter(Boolean).join(" ")} aria-current={d.day === today ? "date" : undefined}>
                  <Link
                    className="month-grid__date"
                    to={hrefWith(search, { view: "agenda", date: d.day, page: null })}
                    aria-label={t("calendar.eventsOnDay", { day: format.day(d.day) })}
                  >
                    <span className="month-grid__number">{format.dayNumber(d.day)}</span>
                    <span className="month-grid__full-date">{format.day(d.day)}</span>
                  </Link>
                  {d.occurrences.length ? (
                    <ul className="month-grid__events">
                      {d.occurrences.map((o) => (
                        <li key={occurrenceKey(o)}>
                          <OccurrenceChip occurrence={o} format={format} day={d.day} />
                        </li>
                      ))}
                      {hidden > 0 ? (
                        <li>
                          <Link className="month-grid__more" to={hrefWith(search, { view: "agenda", date: d.day, page: null })}>
                            {t("calendar.moreOnDay", { count: hidden })}
                          </Link>
                        </li>
                      ) : null}
                    </ul>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The days of the week or of an agenda page, like MonthGrid in the language and zone it is given (KeptMarkup). */
function DayList({
  days,
  today,
  search,
  timeZone,
  showEmptyDays = false,
}: {
  days: Day[];
  today: string;
  search: string;
  timeZone: string;
  showEmptyDays?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = calendarFormatIn(i18n.language, timeZone);
  return (
    <ol className="day-list">
      {days.map((d) => (
        <li
          key={d.day}
          className={`day-list__day${d.day === today ? " day-list__day--today" : ""}`}
          aria-current={d.day === today ? "date" : undefined}
        >
          <h3 className="day-list__date">{format.day(d.day)}</h3>
          {d.occurrences.length ? (
            <ul className="event-rows">
              {d.occurrences.map((o) => (
                <OccurrenceRow key={occurrenceKey(o)} occurrence={o} format={format} />
              ))}
              {d.count > d.occurrences.length ? (
                <li>
                  <Link className="month-grid__more" to={hrefWith(search, { view: "agenda", date: d.day, page: null })}>
                    {t("calendar.moreOnDay", { count: d.count - d.occurrences.length })}
                  </Link>
                </li>
              ) : null}
            </ul>
          ) : showEmptyDays ? (
            <p className="muted small">{t("calendar.noEventsThisDay")}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
