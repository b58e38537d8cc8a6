import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RESOURCE_LANGUAGES } from "~/domain/resources/values";
import { ensure, requireUser } from "~/auth/guards.server";
import { canPublishResource } from "~/auth/policy";
import { createResource, NewResourceInput, publishingChoices, RESOURCE_ARRAY_FIELDS } from "~/domain/resources/library.server";
import { cleanFileName, discardUpload, parseUploadForm, sniffAllowedType, uploadLimitBytes } from "~/domain/resources/uploads.server";
import { parseFormData } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { ResourceForm } from "~/ui/resources/resource-form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "resources.publishTitle");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const choices = await publishingChoices(user);
  ensure(choices.platformWide || choices.groups.length > 0, "403");
  return { ...choices, languages: RESOURCE_LANGUAGES, maxBytes: uploadLimitBytes() };
}

export async function action(args: ActionFunctionArgs) {
  const failed = (errors: Record<string, string>, values: Record<string, string> = {}, status = 400) =>
    data({ ok: false as const, errors, values }, { status });
  const user = await requireUser(args);
  const upload = await parseUploadForm(args.request);
  if ("tooLarge" in upload) return failed({ file: "resources.fileTooLarge" }, {}, 413);
  const { formData, file, originalName } = upload;
  const form = parseFormData(formData, NewResourceInput, RESOURCE_ARRAY_FIELDS);
  if (!form.ok) {
    await discardUpload(file);
    return failed(form.errors, form.values);
  }
  if (!canPublishResource(user, form.data.groupId)) {
    await discardUpload(file);
    ensure(false, "403");
  }
  const values = Object.fromEntries([...formData].filter((e): e is [string, string] => typeof e[1] === "string"));
  let stored = null;
  if (form.data.kind === "FILE") {
    if (!file) return failed({ file: "resources.fileRequired" }, values);
    const fileName = cleanFileName(originalName);
    const mimeType = await sniffAllowedType(file.getFilePath(), fileName);
    if (!mimeType) {
      await discardUpload(file);
      return failed({ file: "resources.fileTypeRefused" }, values, 415);
    }
    stored = { tempPath: file.getFilePath(), fileName, mimeType, sizeBytes: file.size };
  } else {
    await discardUpload(file);
  }
  const result = await createResource(user, form.data, stored);
  if (!result.ok) {
    if (stored) await discardUpload(file);
    return failed(result.errors, values);
  }
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
