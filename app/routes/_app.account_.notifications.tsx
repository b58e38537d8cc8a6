// /account/notifications: per kind of notification, how the person hears of it (in the platform only, email at
// once, a daily or weekly digest, or off).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { DELIVERY_CHOICES } from "~/domain/notifications/kinds";
import { notificationPreferences, PreferencesInput, saveNotificationPreferences } from "~/domain/notifications/preferences.server";
import { invalid, parseForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { Form, FormActions, FormErrorSummary, SelectField } from "~/ui/form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "notifications.preferences.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return { preferences: await notificationPreferences(user) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const form = await parseForm(args.request, PreferencesInput);
  if (!form.ok) return invalid(form);
  await saveNotificationPreferences(user, form.data);
  return redirect("/account/notifications", { headers: { "Set-Cookie": await setFlash({ key: "notifications.preferences.saved" }) } });
}

export default function NotificationPreferences() {
  const { t } = useTranslation();
  const { preferences } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const choices = DELIVERY_CHOICES.map((d) => ({ value: d, label: t(`notifications.preferences.deliveries.${d}`) }));
  return (
    <section aria-labelledby="preferences-heading" className="stack">
      <h1 id="preferences-heading">{t("notifications.preferences.title")}</h1>
      <p>{t("notifications.preferences.intro")}</p>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        {preferences.map((p) => (
          <SelectField
            key={p.kind}
            name={p.kind}
            label={t(`notifications.kinds.${p.kind}`)}
            options={choices}
            defaultValue={p.delivery}
            error={errors?.[p.kind]}
          />
        ))}
        <FormActions submitLabel={t("common.save")} cancelTo="/account" />
      </Form>
    </section>
  );
}
