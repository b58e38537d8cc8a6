// A new event. Any focal point creates a platform event; a working-group event, members of that group.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { createEvent } from "~/domain/calendar/events.server";
import { calendarDay, EVENT_ARRAY_FIELDS, EventInput } from "~/domain/calendar/event-form.server";
import { formToObject, invalid, parseFormData, parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { EventForm, type EventFormValues } from "~/ui/calendar/event-form";
import { setFlash } from "~/ui/flash.server";
import { newEventPage } from "~/domain/calendar/events.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "calendar.newEventTitle");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  // Built here: calendarDay comes from a .server module, whose values do not exist in the browser bundle.
  const Prefill = z.object({ group: z.uuid().optional(), date: calendarDay().optional() });
  const prefill = parseSearchParams(args.request.url, Prefill);
  return newEventPage(user, prefill);
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const formData = await args.request.formData();
  // What was typed goes back into the form, several organizers and pillars included.
  const submitted = formToObject(formData, EVENT_ARRAY_FIELDS) as EventFormValues;
  const form = parseFormData(formData, EventInput, EVENT_ARRAY_FIELDS);
  if (!form.ok) return invalid({ errors: form.errors }, { submitted });
  const result = await createEvent(user, form.data);
  if (!result.ok) return invalid({ errors: result.errors }, { submitted });
  return redirect(`/calendar/events/${result.id}`, { headers: { "Set-Cookie": await setFlash({ key: "calendar.eventCreated" }) } });
}

export default function NewEvent() {
  const { t } = useTranslation();
  const { values, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="new-event-heading">
      <h1 id="new-event-heading">{t("calendar.newEventTitle")}</h1>
      <EventForm
        mode="create"
        values={(actionData && "submitted" in actionData ? (actionData.submitted as EventFormValues) : null) ?? values}
        errors={actionData?.errors as Record<string, string> | undefined}
        options={options}
        cancelTo="/calendar"
      />
    </section>
  );
}
