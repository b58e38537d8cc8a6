// The home page's personal feed: what is new since the last visit, the upcoming events the reader answered, and
// what waits for them. Each entry links to its record; each empty section says what to do next. A drawing of the
// page (KeptDrawing, app/ui/kept-markup.tsx, not kept across requests): it takes everything from its data (with the
// reader's time zone) and the i18n instance, and its links are plain links.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import type { homeSummary } from "~/domain/account/home.server";
import { formatterFor } from "../format";
import { groupName, organizationName } from "../../names";

type Feed = Awaited<ReturnType<typeof homeSummary>>["feed"];
type Entry = Feed["entries"][number];
type Group = Feed["groups"][string];

function entryHref(entry: Entry, group: Group | undefined): string {
  switch (entry.kind) {
    case "post":
      return `/groups/${group?.slug}/posts/${entry.id}`;
    case "file":
      return `/resources/${entry.id}`;
    case "event":
      return `/calendar/events/${entry.id}`;
    case "plan":
      return `/groups/${group?.slug}/plan/${entry.id}`;
    case "recommendation":
    case "response":
      return `/recommendations/${entry.id}`;
  }
}

function EntryText({ entry, organizations }: { entry: Entry; organizations: Feed["organizations"] }) {
  const { t, i18n } = useTranslation();
  if (entry.kind === "recommendation") return <>{t("home.feed.recommendation", { number: entry.number, reference: entry.reference })}</>;
  if (entry.kind === "response")
    return (
      <>
        {t("home.feed.response", {
          number: entry.number,
          reference: entry.reference,
          organization: entry.organizationId ? organizationName(organizations[entry.organizationId], i18n.language) : "—",
        })}
      </>
    );
  return <bdi>{entry.title}</bdi>;
}

/** What the feed is drawn from: the feed, whether the reader is in any group, and the zone its times are read in. */
export type HomeFeedData = { feed: Feed; hasGroups: boolean; timeZone: string };

export function HomeFeed({ feed, hasGroups, timeZone }: HomeFeedData) {
  const { t, i18n } = useTranslation();
  const format = formatterFor(i18n.language, timeZone);
  const { entries, groups, organizations, upcoming, waiting } = feed;
  const waitingCount = waiting.joinRequests.length + (waiting.recommendations?.total ?? 0) + waiting.drafts.length;
  return (
    <>
      <section aria-labelledby="feed-heading" className="stack">
        <h2 id="feed-heading">
          {feed.firstVisit ? t("home.feed.newFirstVisit") : t("home.feed.newSince", { date: format.dateTime(feed.since) })}
        </h2>
        {entries.length === 0 ? (
          <p className="muted">
            {hasGroups ? t("home.feed.nothingNew") : t("home.feed.nothingNewWithoutGroups")}{" "}
            {hasGroups ? (
              <Link to="/calendar">{t("home.feed.openCalendar")}</Link>
            ) : (
              <Link to="/groups">{t("home.feed.browseGroups")}</Link>
            )}
          </p>
        ) : (
          <ul className="feed-list" data-testid="feed">
            {entries.map((entry) => {
              const group = entry.groupId ? groups[entry.groupId] : undefined;
              return (
                <li key={`${entry.kind}-${entry.id}-${String(entry.at)}`}>
                  <span className="badge">{t(`home.feed.kinds.${entry.kind}`)}</span>{" "}
                  <Link to={entryHref(entry, group)}>
                    <EntryText entry={entry} organizations={organizations} />
                  </Link>{" "}
                  <span className="post-meta">
                    {entry.status ? <>{t("home.feed.planStatus", { status: t(`plan.status.${entry.status}`) })} · </> : null}
                    {group ? <>{t("groups.inGroup", { group: `${group.number}. ${groupName(group, i18n.language)}` })} · </> : null}
                    {format.dateTime(entry.at)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="waiting-heading" className="stack">
        <h2 id="waiting-heading">{t("home.feed.waiting")}</h2>
        {waitingCount === 0 ? <p className="muted">{t("home.feed.waitingNone")}</p> : null}
        {waitingCount > waiting.drafts.length ? (
          <ul className="feed-list" data-testid="waiting">
            {waiting.joinRequests.map((request) => (
              <li key={request.id}>
                <Link to={`/groups/${request.group.slug}/members`}>
                  {t("home.feed.joinRequest", {
                    name: request.name,
                    group: `${request.group.number}. ${groupName(request.group, i18n.language)}`,
                  })}
                </Link>{" "}
                <span className="post-meta">{format.dateTime(request.at)}</span>
              </li>
            ))}
            {waiting.recommendations && waiting.recommendations.total > 0 ? (
              <li>
                {t("home.feed.toAnswer", { count: waiting.recommendations.total })}
                <ul>
                  {waiting.recommendations.rows.map((rec) => (
                    <li key={rec.id}>
                      <Link to={`/recommendations/${rec.id}`}>
                        {t("home.feed.recommendation", { number: rec.number, reference: rec.reference })}
                      </Link>{" "}
                      <span className="post-meta">{t(`recommendations.priorities.${rec.priority}`)}</span>
                    </li>
                  ))}
                </ul>
                <Link to="/recommendations?status=UNRESOLVED&noResponse=yes">{t("home.feed.toAnswerAll")}</Link>
              </li>
            ) : null}
          </ul>
        ) : null}
        {waiting.drafts.length ? (
          <section aria-labelledby="drafts-heading">
            <h3 id="drafts-heading">{t("home.feed.drafts")}</h3>
            <ul className="feed-list" data-testid="drafts">
              {waiting.drafts.map((draft) => (
                <li key={draft.id}>
                  <Link to={`/groups/${draft.group.slug}/posts/${draft.id}`}>
                    <bdi>{draft.title}</bdi>
                  </Link>{" "}
                  <span className="post-meta">
                    {t("home.feed.draftIn", {
                      group: `${draft.group.number}. ${groupName(draft.group, i18n.language)}`,
                      date: format.dateTime(draft.at),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </section>
      <section aria-labelledby="upcoming-heading" className="stack">
        <h2 id="upcoming-heading">{t("home.feed.upcoming")}</h2>
        {upcoming.length === 0 ? (
          <p className="muted">
            {t("home.feed.upcomingNone")} <Link to="/calendar">{t("home.feed.openCalendar")}</Link>
          </p>
        ) : (
          <ul className="feed-list" data-testid="upcoming">
            {upcoming.map((event) => (
              <li key={event.id}>
                <Link to={`/calendar/events/${event.id}`}>
                  <bdi>{event.title}</bdi>
                </Link>{" "}
                <span className="post-meta">
                  {event.allDay && event.startDay ? format.day(event.startDay) : format.dateTime(event.startsAt)} ·{" "}
                  {t(`calendar.responses.${event.response}`)}
                  {event.status !== "SCHEDULED" ? <> · {t(`calendar.statuses.${event.status}`)}</> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
