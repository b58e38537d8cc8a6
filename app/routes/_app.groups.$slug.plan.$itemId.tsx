import { groupSummaryOf, requireGroupSpace } from "~/domain/groups/spaces.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, stringParam, uuidParam } from "~/auth/guards.server";
import { versionInput } from "~/domain/admin/organizations.server";
import { PLAN_ARRAY_FIELDS, planItemForEditing, PlanItemInput, updatePlanItem } from "~/domain/groups/plan.server";
import { invalid, parseFormData, readFormData } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { PlanItemForm } from "~/ui/groups/plan-item-form";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  return { slug, ...(await planItemForEditing(user, await groupSummaryOf(args, user, slug), uuidParam(args.params, "itemId"))) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  // Outsiders get 404 before anything they sent is read: a validation message would say the group's space exists.
  const group = await requireGroupSpace(user, slug);
  const itemId = uuidParam(args.params, "itemId");
  const formData = await readFormData(args.request);
  const version = parseFormData(formData, versionInput);
  const form = parseFormData(formData, PlanItemInput, PLAN_ARRAY_FIELDS);
  if (!form.ok) return invalid(form);
  if (!version.ok) return invalid({ errors: { form: "errors.invalidField" } });
  const result = await updatePlanItem(user, group, itemId, version.data.version, form.data);
  if (!result.ok) return invalid({ errors: result.errors }, { current: result.current ?? null });
  return redirect(`/groups/${slug}/plan#item-${itemId}`, { headers: { "Set-Cookie": await setFlash({ key: "plan.saved" }) } });
}

export default function EditPlanItem() {
  const { t } = useTranslation();
  const { slug, item, organizations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const stale = actionData && "current" in actionData && actionData.current ? (actionData.current as typeof item) : null;
  const values = stale ?? (actionData?.values && Object.keys(actionData.values).length ? actionData.values : item);
  return (
    <section aria-labelledby="edit-item-heading">
      <h2 id="edit-item-heading">{t("plan.editItem")}</h2>
      <PlanItemForm
        key={String(values.version)}
        organizations={organizations}
        values={values}
        errors={actionData?.errors}
        submitLabel={t("common.saveChanges")}
        cancelTo={`/groups/${slug}/plan`}
      />
    </section>
  );
}
