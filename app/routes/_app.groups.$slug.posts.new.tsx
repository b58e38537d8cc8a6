import { requireGroupSpace } from "~/domain/groups/spaces.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, stringParam } from "~/auth/guards.server";
import { createPost, POST_ARRAY_FIELDS, postFormChoices, PostInput } from "~/domain/groups/posts.server";
import { invalid, parseForm } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { PostForm } from "~/ui/groups/post-form";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  return { slug, choices: await postFormChoices(user, slug) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  // Outsiders get 404 before anything they sent is read: a validation message would say the group's space exists.
  await requireGroupSpace(user, slug);
  const form = await parseForm(args.request, PostInput, POST_ARRAY_FIELDS);
  if (!form.ok) return invalid(form);
  const id = await createPost(user, slug, form.data);
  return redirect(`/groups/${slug}/posts/${id}`, { headers: { "Set-Cookie": await setFlash({ key: "groups.postPublished" }) } });
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
        cancelTo={`/groups/${slug}`}
      />
    </section>
  );
}
