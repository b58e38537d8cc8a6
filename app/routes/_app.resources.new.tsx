import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RESOURCE_LANGUAGES } from "~/domain/resources/values";
import { ensure, requireUser } from "~/auth/guards.server";
import { canPublishResource, canPublishSomewhere } from "~/auth/policy";
import { publishingChoices, publishResource } from "~/domain/resources/library.server";
import { readUploadForm, uploadLimitBytes } from "~/upload-form.server";
import { typedValues } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { ResourceForm } from "~/ui/resources/resource-form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "resources.publishTitle");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  ensure(canPublishSomewhere(user), "403");
  const choices = await publishingChoices(user);
  return { ...choices, languages: RESOURCE_LANGUAGES, maxBytes: uploadLimitBytes() };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  // Nobody who may not publish anywhere gets their upload read at all.
  ensure(canPublishSomewhere(user), "403");
  // The file is written only when the fields before it ("where", "kind") say it may be published there (no
  // "where" yet means platform-wide, as the domain reads it; the domain checks the final place again).
  const upload = await readUploadForm(args.request, {
    mayReceiveFile: (fields) => fields.get("kind") === "FILE" && canPublishResource(user, String(fields.get("groupId") ?? "") || null),
  });
  if (Object.keys(upload.errors).length) {
    const status = upload.errors.file === "resources.fileTooLarge" ? 413 : 400;
    return data({ ok: false as const, errors: upload.errors, values: typedValues(upload.fields) }, { status });
  }
  const result = await publishResource(user, upload.fields, upload.file);
  if (!result.ok) return data({ ok: false as const, errors: result.errors, values: result.values }, { status: result.status });
  return redirect(`/resources/${result.id}`, { headers: { "Set-Cookie": await setFlash({ key: "resources.published" }) } });
}

export default function NewResource() {
  const { t } = useTranslation();
  const { groups, organizations, platformWide, languages, maxBytes, defaultOrganizationId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="publish-heading">
      <h1 id="publish-heading">{t("resources.publishTitle")}</h1>
      <ResourceForm
        mode="new"
        values={actionData?.values ?? { groupId: params.get("group") ?? undefined, publisherOrganizationId: defaultOrganizationId }}
        errors={actionData?.errors}
        organizations={organizations}
        groups={groups}
        platformWide={platformWide}
        languages={languages}
        maxBytes={maxBytes}
        cancelTo="/resources"
      />
    </section>
  );
}
