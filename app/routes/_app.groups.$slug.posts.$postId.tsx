import { groupSummaryOf, requireGroupSpace } from "~/domain/groups/spaces.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser, stringParam, uuidParam } from "~/auth/guards.server";
import { changePost, CommentInput, postPage, type PostChange } from "~/domain/groups/posts.server";
import { askToConfirm, confirmed, invalid, parseFormData, readFormData } from "~/forms.server";
import { ConfirmAction } from "~/ui/confirm";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { Form, FormErrorSummary, useFieldError } from "~/ui/form";
import { MentionTextArea } from "~/ui/groups/mention-field";
import { Markdown } from "~/ui/markdown";
import { organizationName } from "~/names";
import { Notice } from "~/ui/notice";
import { BackArrow } from "~/ui/direction";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  return { slug, ...(await postPage(user, await groupSummaryOf(args, user, slug), uuidParam(args.params, "postId"))) };
}

/** What the page's forms send; a deletion is asked to be confirmed first. */
const PostAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("comment") }),
  z.object({ intent: z.literal("deleteComment"), commentId: z.uuid() }),
  z.object({ intent: z.literal("delete") }),
  z.object({ intent: z.literal("publish") }),
  z.object({ intent: z.enum(["pin", "unpin", "lock", "unlock"]) }),
]);

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  // Outsiders get 404 before anything they sent is read: a validation message would say the group's space exists.
  const group = await requireGroupSpace(user, slug);
  const postId = uuidParam(args.params, "postId");
  const formData = await readFormData(args.request);
  const action = parseFormData(formData, PostAction);
  if (!action.ok) return invalid({ errors: { form: "errors.invalidField" } });
  const request = action.data;
  let change: PostChange;
  if (request.intent === "comment") {
    const form = parseFormData(formData, CommentInput, ["mentions"]);
    if (!form.ok) return invalid(form);
    change = { intent: "comment", comment: form.data };
  } else if (request.intent === "deleteComment") {
    if (!confirmed(formData)) return askToConfirm(`deleteComment:${request.commentId}`);
    change = request;
  } else if (request.intent === "delete") {
    if (!confirmed(formData)) return askToConfirm("delete");
    change = request;
  } else change = request;
  const { messageKey } = await changePost(user, group, postId, change);
  const to = change.intent === "delete" ? `/groups/${slug}` : `/groups/${slug}/posts/${postId}`;
  return redirect(to, messageKey ? { headers: { "Set-Cookie": await setFlash({ key: messageKey }) } } : undefined);
}

export default function PostPage() {
  const { t, i18n } = useTranslation();
  const { slug, post } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const format = useFormat();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const fieldError = useFieldError(errors);
  const asking = actionData && "confirm" in actionData ? actionData.confirm : null;
  if (post.deletedAt) {
    return <Notice>{t("groups.deletedTrace", { name: post.deletedBy?.name ?? "—", date: format.dateTime(post.deletedAt) })}</Notice>;
  }
  return (
    <article className="stack" aria-labelledby="post-title">
      <p className="small">
        <Link to={`/groups/${slug}`}>
          <BackArrow /> {t("groups.tabs.overview")}
        </Link>
      </p>
      <header>
        <h2 id="post-title">
          <bdi>{post.title}</bdi> {post.pinned ? <span className="badge">{t("groups.pinnedBadge")}</span> : null}{" "}
          {post.locked ? <span className="badge">{t("groups.lockedBadge")}</span> : null}{" "}
          {post.draft ? <span className="badge">{t("groups.draftBadge")}</span> : null}
        </h2>
        <p className="post-meta">
          {t("groups.byOn", {
            name: `${post.author.name} (${organizationName(post.author.organization, i18n.language)})`,
            date: format.dateTime(post.publishedAt ?? post.updatedAt),
          })}
        </p>
      </header>
      {post.draft ? <Notice>{t("groups.draftNotice")}</Notice> : null}
      <FormErrorSummary errors={errors} />
      <div className="card">
        <Markdown html={post.html} />
      </div>
      {post.mentions.length ? (
        <p className="small">
          <strong>{t("groups.mentioned")}:</strong> {post.mentions.map((m) => m.name).join(", ")}
        </p>
      ) : null}
      {post.attachments.length ? (
        <section aria-labelledby="attachments-heading">
          <h3 id="attachments-heading">{t("groups.attachments")}</h3>
          <ul>
            {post.attachments.map((a) => (
              <li key={a.id}>
                <Link to={`/resources/${a.id}`}>{a.title}</Link>
                {a.kind === "FILE" ? (
                  <>
                    {" "}
                    (<a href={`/resources/${a.id}/download`}>{t("resources.download")}</a>)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="actions-inline">
        {post.can.publish ? <ConfirmAction intent="publish" label={t("groups.publish")} question="" asking={false} danger={false} /> : null}
        {post.can.edit ? (
          <Link to={`/groups/${slug}/posts/${post.id}/edit`} className="button button--quiet button--small">
            {t("groups.editPost")}
          </Link>
        ) : null}
        {post.can.moderate ? (
          <>
            <ConfirmAction
              intent={post.pinned ? "unpin" : "pin"}
              label={t(post.pinned ? "groups.unpin" : "groups.pin")}
              question=""
              asking={false}
              danger={false}
            />
            <ConfirmAction
              intent={post.locked ? "unlock" : "lock"}
              label={t(post.locked ? "groups.unlock" : "groups.lock")}
              question=""
              asking={false}
              danger={false}
            />
          </>
        ) : null}
        {post.can.edit ? (
          <ConfirmAction
            intent="delete"
            label={t(post.draft ? "groups.deleteDraft" : "groups.deletePost")}
            question={t(post.draft ? "groups.deleteDraftConfirm" : "groups.deletePostConfirm")}
            asking={asking === "delete"}
          />
        ) : null}
      </div>

      {post.draft ? null : (
        <section aria-labelledby="comments-heading">
          <h3 id="comments-heading">{t("groups.comments", { count: post.comments.length })}</h3>
          {post.comments.length === 0 ? <p className="muted">{t("groups.noComments")}</p> : null}
          {post.comments.map((c) => (
            <div key={c.id} id={`comment-${c.id}`} className="comment">
              <p className="post-meta">
                {t("groups.byOn", {
                  name: `${c.author.name} (${organizationName(c.author.organization, i18n.language)})`,
                  date: format.dateTime(c.createdAt),
                })}
              </p>
              <Markdown html={c.html} />
              {c.mentions.length ? (
                <p className="small muted">
                  {t("groups.mentioned")}: {c.mentions.map((m) => m.name).join(", ")}
                </p>
              ) : null}
              {c.mine ? (
                <ConfirmAction
                  intent="deleteComment"
                  label={t("groups.deleteComment")}
                  question={t("common.areYouSure")}
                  asking={asking === `deleteComment:${c.id}`}
                  fields={{ commentId: c.id }}
                />
              ) : null}
            </div>
          ))}
          {post.locked ? <Notice>{t("groups.locked")}</Notice> : null}
          {post.can.comment ? (
            <Form method="post" className="form form--wide" noValidate>
              <input type="hidden" name="intent" value="comment" />
              <MentionTextArea
                name="body"
                id="comment-body"
                label={t("groups.addComment")}
                hint={`${t("groups.markdownHint")} ${t("groups.mentionHint")}`}
                required
                error={fieldError("body")}
                mentionsUrl={`/groups/${slug}/mentions`}
              />
              <div className="button-row">
                <button type="submit" className="button">
                  {t("groups.comment")}
                </button>
              </div>
            </Form>
          ) : null}
        </section>
      )}
    </article>
  );
}
