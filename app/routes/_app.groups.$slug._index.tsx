// A group's overview: pinned posts and the latest discussion, the group's files and upcoming events.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser, stringParam } from "~/auth/guards.server";
import { groupOverview } from "~/domain/groups/overview.server";
import { groupSummaryOf } from "~/domain/groups/spaces.server";
import { PostsQuery } from "~/domain/groups/posts.server";
import { useCalendarFormat } from "~/ui/calendar/format";
import { OccurrenceRow, occurrenceKey } from "~/ui/calendar/occurrence";
import { parseSearchParams } from "~/forms.server";
import { PostList } from "~/ui/groups/post-list";
import { Pagination } from "~/ui/pagination";
import { ResourceList } from "~/ui/resources/resource-list";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { page } = parseSearchParams(args.request.url, PostsQuery);
  const group = await groupSummaryOf(args, user, stringParam(args.params, "slug"));
  // Not a member: the layout shows the public summary and how to join; nothing of the space is loaded.
  return { space: await groupOverview(user, group, page) };
}

export default function GroupOverview() {
  const { t } = useTranslation();
  const { space } = useLoaderData<typeof loader>();
  const calendarFormat = useCalendarFormat();
  if (!space) return null;
  const pinned = space.posts.posts.filter((p) => p.pinned);
  const others = space.posts.posts.filter((p) => !p.pinned);
  return (
    <div className="two-columns">
      <section aria-labelledby="posts-heading">
        <div className="button-row">
          <h2 id="posts-heading">{t("groups.posts")}</h2>
          {space.canPost ? (
            <Link to={`/groups/${space.slug}/posts/new`} className="button">
              {t("groups.newPost")}
            </Link>
          ) : null}
        </div>
        {space.posts.total === 0 ? <p>{t("groups.noPosts")}</p> : null}
        {pinned.length ? (
          <>
            <h3>{t("groups.pinnedPosts")}</h3>
            <PostList posts={pinned} slug={space.slug} label={t("groups.pinnedPosts")} />
          </>
        ) : null}
        {others.length ? (
          <>
            <h3>{t("groups.latestPosts")}</h3>
            <PostList posts={others} slug={space.slug} label={t("groups.latestPosts")} />
          </>
        ) : null}
        {space.posts.total > space.posts.pageSize ? (
          <Pagination total={space.posts.total} page={space.posts.page} pageSize={space.posts.pageSize} />
        ) : null}
      </section>
      <aside className="stack">
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">{t("groups.upcomingEvents")}</h2>
          {space.events.length === 0 ? (
            <p className="muted">{t("groups.noUpcomingEvents")}</p>
          ) : (
            <ul className="event-rows">
              {space.events.map((o) => (
                <OccurrenceRow key={occurrenceKey(o)} occurrence={o} format={calendarFormat} withDate />
              ))}
            </ul>
          )}
          <p>
            <Link to={`/calendar?view=agenda&group=${space.groupId}`}>{t("nav.calendar")}</Link>
          </p>
        </section>
        <section aria-labelledby="files-heading">
          <h2 id="files-heading">{t("groups.files")}</h2>
          {space.files.length === 0 ? <p className="muted">{t("groups.noFiles")}</p> : <ResourceList resources={space.files} compact />}
          <p>
            <Link to={`/groups/${space.slug}/files`}>{t("groups.allFiles")}</Link>
          </p>
        </section>
      </aside>
    </div>
  );
}
