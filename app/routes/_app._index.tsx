import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { titleFor } from "~/i18n/meta";
import { requireUser } from "~/auth/guards.server";
import { canAdminister } from "~/auth/policy";
import { homeSummary } from "~/domain/account/home.server";
import { useFormat } from "~/ui/format";
import { FirstSteps } from "~/ui/account/first-steps";
import { HomeFeed } from "~/ui/account/home-feed";
import { drawingFor } from "~/drawn-in-document.server";
import { KeptDrawing } from "~/ui/kept-markup";
import { groupName } from "~/names";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "nav.home");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { feed, ...summary } = await homeSummary(user);
  return {
    name: user.name,
    ...summary,
    // The largest part of the page: a page loaded in full carries it drawn, not as data too (drawn at each request:
    // it is this reader's, since their last visit, so its markup is not kept for others; app/ui/kept-markup.tsx).
    feed: drawingFor(args.context, { feed, hasGroups: summary.memberships.length > 0, timeZone: user.timeZone }),
    canAdminister: canAdminister(user, "users.read"),
  };
}

export default function Home() {
  const { t, i18n } = useTranslation();
  const { name, memberships, mentions, firstSteps, feed, canAdminister } = useLoaderData<typeof loader>();
  const format = useFormat();
  return (
    <>
      <h1>{t("home.greeting", { name })}</h1>
      <p className="muted">{t("home.intro")}</p>
      {firstSteps ? <FirstSteps steps={firstSteps} /> : null}
      <KeptDrawing name="home-feed" kept={false} drawing={feed} draw={(kept) => <HomeFeed {...kept} />} />
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
                  {t("groups.inGroup", { group: `${m.post.group.number}. ${groupName(m.post.group, i18n.language)}` })} ·{" "}
                  {format.dateTime(m.createdAt)}
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
