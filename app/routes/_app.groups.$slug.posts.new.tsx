import { groupSummaryOf, requireGroupSpace } from "~/domain/groups/spaces.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, stringParam } from "~/auth/guards.server";
import { createPost, DraftInput, POST_ARRAY_FIELDS, postFormChoices, PostInput, PostIntent } from "~/domain/groups/posts.server";
import { invalid, parseFormData, readFormData } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { PostForm } from "~/ui/groups/post-form";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  return { slug, choices: await postFormChoices(user, await groupSummaryOf(args, user, slug)) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  // Outsiders get 404 before anything they sent is read: a validation message would say the group's space exists.
  const group = await requireGroupSpace(user, slug);
  const formData = await readFormData(args.request);
  const intent = parseFormData(formData, PostIntent);
  if (!intent.ok) return invalid(intent);
  // "Save as draft" needs a title only; publishing needs the text too.
  const draft = intent.data.intent === "draft";
  const form = parseFormData(formData, draft ? DraftInput : PostInput, POST_ARRAY_FIELDS);
  if (!form.ok) return invalid(form);
  const id = await createPost(user, group, form.data, { draft });
  const key = draft ? "groups.draftSaved" : "groups.postPublished";
  return redirect(`/groups/${slug}/posts/${id}`, { headers: { "Set-Cookie": await setFlash({ key }) } });
}

export default function NewPost() {
  const { t } = useTranslation();
  const { slug, choices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="new-post">
      <h2 id="new-post">{t("groups.newPost")}</h2>
      <PostForm
        choices={choices}
        mentionsUrl={`/groups/${slug}/mentions`}
        values={actionData?.values ?? {}}
        errors={actionData?.errors}
        submitLabel={t("groups.publish")}
        draftLabel={t("groups.saveAsDraft")}
        cancelTo={`/groups/${slug}`}
      />
    </section>
  );
}
