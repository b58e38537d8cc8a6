// Editing an event: the creator, focal points of an organizing organization, the group's chair or
// vice-chair, SECRETARIAT. A stale edit is refused and the form shows the newer version to work from.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { updateEvent } from "~/domain/calendar/events.server";
import { EVENT_ARRAY_FIELDS, EventInput } from "~/domain/calendar/event-form.server";
import { versionInput } from "~/domain/admin/organizations.server";
import { formToObject, invalid, parseFormData } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { EventForm, type EventFormValues } from "~/ui/calendar/event-form";
import { setFlash } from "~/ui/flash.server";
import { eventEditPage } from "~/domain/calendar/events.server";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "calendar.editEventTitle");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return eventEditPage(user, uuidParam(args.params, "id"));
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const formData = await args.request.formData();
  const submitted = formToObject(formData, EVENT_ARRAY_FIELDS) as EventFormValues;
  const version = parseFormData(formData, versionInput);
  if (!version.ok) return invalid({ errors: { form: "errors.invalidField" } });
  const form = parseFormData(formData, EventInput, EVENT_ARRAY_FIELDS);
  if (!form.ok) return invalid({ errors: form.errors }, { submitted });
  const result = await updateEvent(user, id, version.data.version, form.data);
  if (!result.ok) return invalid({ errors: result.errors }, { submitted: result.current ?? submitted });
  return redirect(`/calendar/events/${id}`, { headers: { "Set-Cookie": await setFlash({ key: "calendar.eventSaved" }) } });
}

export default function EditEvent() {
  const { t } = useTranslation();
  const { id, values, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // After a refused stale edit, `submitted` is the newer version (with its version number) to work from;
  // after invalid input, it is what was typed, with the version it was based on.
  const shown = (actionData && "submitted" in actionData ? (actionData.submitted as EventFormValues) : null) ?? values;
  return (
    <section aria-labelledby="edit-event-heading">
      <h1 id="edit-event-heading">{t("calendar.editEventTitle")}</h1>
      <EventForm
        key={String(shown.version)}
        mode="edit"
        values={shown}
        errors={actionData?.errors as Record<string, string> | undefined}
        options={options}
        cancelTo={`/calendar/events/${id}`}
      />
    </section>
  );
}
