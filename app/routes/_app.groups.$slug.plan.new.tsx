import { groupSummaryOf, requireGroupSpace } from "~/domain/groups/spaces.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, stringParam } from "~/auth/guards.server";

import { PLAN_ARRAY_FIELDS, PlanItemInput, planItemProposalChoices, proposePlanItem } from "~/domain/groups/plan.server";
import { invalid, parseForm } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { PlanItemForm } from "~/ui/groups/plan-item-form";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  return { slug, ...(await planItemProposalChoices(user, await groupSummaryOf(args, user, slug))) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  // Outsiders get 404 before anything they sent is read: a validation message would say the group's space exists.
  const group = await requireGroupSpace(user, slug);
  const form = await parseForm(args.request, PlanItemInput, PLAN_ARRAY_FIELDS);
  if (!form.ok) return invalid(form);
  const result = await proposePlanItem(user, group, form.data);
  if (!result.ok) return invalid({ errors: result.errors });
  return redirect(`/groups/${slug}/plan?proposed=${result.id}#item-${result.id}`, {
    headers: { "Set-Cookie": await setFlash({ key: "plan.proposed" }) },
  });
}

export default function ProposePlanItem() {
  const { t } = useTranslation();
  const { slug, organizations, myOrganizationId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="propose-heading">
      <h2 id="propose-heading">{t("plan.propose")}</h2>
      <PlanItemForm
        organizations={organizations}
        values={actionData?.values ?? { leadOrganizationId: myOrganizationId }}
        errors={actionData?.errors}
        submitLabel={t("plan.propose")}
        cancelTo={`/groups/${slug}/plan`}
      />
    </section>
  );
}
