import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "../format";
import { organizationName } from "../../names";

type PostSummary = {
  id: string;
  title: string;
  pinned: boolean;
  locked: boolean;
  lastActivityAt: Date;
  createdAt: Date;
  /** null: the reader's own draft (nobody else's is listed to them). */
  publishedAt: Date | null;
  deletedAt: Date | null;
  author: { name: string; organization: { name: string; nameZh: string | null; acronym: string | null } };
  deletedBy: { name: string } | null;
  _count: { comments: number };
};

export function PostList({ posts, slug, label }: { posts: PostSummary[]; slug: string; label: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <ul className="post-list" aria-label={label}>
      {posts.map((post) =>
        post.deletedAt ? (
          <li key={post.id} className="deleted">
            {t("groups.deletedTrace", { name: post.deletedBy?.name ?? "—", date: format.dateTime(post.deletedAt) })}
          </li>
        ) : (
          <li key={post.id}>
            <Link to={`/groups/${slug}/posts/${post.id}`}>
              <strong>
                <bdi>{post.title}</bdi>
              </strong>
            </Link>{" "}
            {post.pinned ? <span className="badge">{t("groups.pinnedBadge")}</span> : null}{" "}
            {post.locked ? <span className="badge">{t("groups.lockedBadge")}</span> : null}{" "}
            {post.publishedAt === null ? <span className="badge">{t("groups.draftBadge")}</span> : null}
            <div className="post-meta">
              {t("groups.byOn", {
                name: `${post.author.name} (${organizationName(post.author.organization, i18n.language)})`,
                date: format.dateTime(post.publishedAt ?? post.createdAt),
              })}{" "}
              · {t("groups.comments", { count: post._count.comments })}
            </div>
          </li>
        ),
      )}
    </ul>
  );
}
