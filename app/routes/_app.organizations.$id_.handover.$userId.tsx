// A focal point who leaves hands their work to a successor: choose the successor, see every item that moves, confirm.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { ensureHandsOver, handOver, HandoverInput, handoverPreview, HandoverQuery } from "~/domain/directory/handover.server";
import { invalid, parseForm, parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { HandoverPage } from "~/ui/directory/handover";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "nominations.handoverTitle");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { to } = parseSearchParams(args.request.url, HandoverQuery);
  return handoverPreview(user, uuidParam(args.params, "id"), uuidParam(args.params, "userId"), to);
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const organizationId = uuidParam(args.params, "id");
  await ensureHandsOver(user, organizationId, uuidParam(args.params, "userId"));
  const form = await parseForm(args.request, HandoverInput);
  if (!form.ok) return invalid(form);
  const result = await handOver(user, organizationId, uuidParam(args.params, "userId"), form.data);
  if (!result.ok) return invalid(result);
  const flash = await setFlash({ key: "nominations.handedOver", values: { name: result.leaverName, successor: result.successorName } });
  // Whoever handed over their own work is signed out with the rest of their sessions.
  return redirect(result.self ? "/login" : `/organizations/${organizationId}`, { headers: { "Set-Cookie": flash } });
}

export default function Handover() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return <HandoverPage {...data} errors={actionData?.errors} title={t("nominations.handoverTitle")} />;
}
