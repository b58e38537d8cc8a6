import { groupSummaryOf, requireGroupSpace } from "~/domain/groups/spaces.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, stringParam, uuidParam } from "~/auth/guards.server";
import { DraftUpdate, POST_ARRAY_FIELDS, postForEditing, PostIntent, PostUpdate, updatePost } from "~/domain/groups/posts.server";
import { invalid, parseFormData, readFormData } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { PostForm } from "~/ui/groups/post-form";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  const postId = uuidParam(args.params, "postId");
  return { slug, postId, ...(await postForEditing(user, await groupSummaryOf(args, user, slug), postId)) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  // Outsiders get 404 before anything they sent is read: a validation message would say the group's space exists.
  const group = await requireGroupSpace(user, slug);
  const postId = uuidParam(args.params, "postId");
  const formData = await readFormData(args.request);
  const intent = parseFormData(formData, PostIntent);
  if (!intent.ok) return invalid(intent);
  // A draft's "Save as draft" keeps it a draft and needs a title only; publishing (or saving a published post) the text too.
  const keepDraft = intent.data.intent === "draft";
  const form = parseFormData(formData, keepDraft ? DraftUpdate : PostUpdate, POST_ARRAY_FIELDS);
  if (!form.ok) return invalid(form);
  const result = await updatePost(user, group, postId, form.data, { keepDraft });
  if (!result.ok)
    return invalid({
      errors: { form: "common.staleEdit" },
      values: { ...form.data, ...result.current, version: String(result.current.version) } as unknown as Record<string, string>,
    });
  const key = keepDraft ? "groups.draftSaved" : result.published ? "groups.postPublished" : "groups.postUpdated";
  return redirect(`/groups/${slug}/posts/${postId}`, { headers: { "Set-Cookie": await setFlash({ key }) } });
}

export default function EditPost() {
  const { t } = useTranslation();
  const { slug, postId, choices, values, draft } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const shown = (actionData?.values as typeof values | undefined) ?? values;
  return (
    <section aria-labelledby="edit-post">
      <h2 id="edit-post">{t("groups.editPost")}</h2>
      <PostForm
        key={String(shown.version)}
        choices={choices}
        mentionsUrl={`/groups/${slug}/mentions`}
        values={shown}
        errors={actionData?.errors}
        submitLabel={draft ? t("groups.publish") : t("common.saveChanges")}
        draftLabel={draft ? t("groups.saveAsDraft") : undefined}
        cancelTo={`/groups/${slug}/posts/${postId}`}
      />
    </section>
  );
}
