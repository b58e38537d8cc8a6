// The event form, for creating and editing. Works without JavaScript: every field is always there;
// the times are ignored for an all-day event, the repetition fields when it does not repeat.

import { useTranslation } from "react-i18next";
import {
  EVENT_KINDS as KINDS,
  EVENT_STATUSES as STATUSES,
  EVENT_VISIBILITIES as VISIBILITIES,
  RECURRENCE_FREQUENCIES as FREQUENCIES,
} from "~/domain/calendar/values";
import { PILLARS, pillarName } from "~/pillars";
import {
  CheckboxField,
  CheckboxGroup,
  Field,
  FieldFrame,
  Form,
  FormActions,
  FormErrorSummary,
  SelectField,
  TextAreaField,
  useFieldError,
} from "../form";
import { groupName } from "../../names";
import { useOrganizationOptions } from "../options";

export type EventFormValues = Record<string, string | string[] | undefined>;

type Options = {
  groups: Array<{ id: string; number: number; name: string; nameZh: string | null }>;
  organizations: Array<{ id: string; name: string; nameZh: string | null; acronym: string | null; kind: string }>;
  timeZones: string[];
};

const text = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

export function EventForm({
  values,
  errors,
  options,
  mode,
  cancelTo,
}: {
  values: EventFormValues;
  errors?: Record<string, string>;
  options: Options;
  mode: "create" | "edit";
  cancelTo: string;
}) {
  const { t, i18n } = useTranslation();
  const fieldError = useFieldError(errors);
  const organizationOptions = useOrganizationOptions(options.organizations);
  const selectedOrganizers = list(values.organizerIds);
  const selectedPillars = list(values.pillars);
  const organizerHint = t("calendar.organizerIdsHint");
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form form--event" noValidate>
        {values.version ? <input type="hidden" name="version" value={text(values.version)} /> : null}
        <Field
          name="title"
          label={t("calendar.eventTitle")}
          required
          maxLength={200}
          defaultValue={text(values.title)}
          error={fieldError("title")}
        />
        <div className="form__row">
          <SelectField
            name="kind"
            label={t("calendar.kind")}
            options={KINDS.map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
            defaultValue={text(values.kind) || "MEETING"}
            error={fieldError("kind")}
          />
          {mode === "edit" ? (
            <SelectField
              name="status"
              label={t("calendar.status")}
              options={STATUSES.map((s) => ({ value: s, label: t(`calendar.statuses.${s}`) }))}
              defaultValue={text(values.status) || "SCHEDULED"}
              error={fieldError("status")}
            />
          ) : null}
        </div>

        <fieldset>
          <legend>{t("calendar.when")}</legend>
          <p className="field__hint">{t("calendar.timesHint")}</p>
          <CheckboxField name="allDay" label={t("calendar.allDayLabel")} defaultChecked={text(values.allDay) === "on"} />
          <div className="form__row">
            <Field
              name="startDate"
              type="date"
              label={t("calendar.startDate")}
              required
              defaultValue={text(values.startDate)}
              error={fieldError("startDate")}
            />
            <Field
              name="startTime"
              type="time"
              label={t("calendar.startTime")}
              defaultValue={text(values.startTime)}
              error={fieldError("startTime")}
            />
          </div>
          <div className="form__row">
            <Field
              name="endDate"
              type="date"
              label={t("calendar.endDate")}
              required
              defaultValue={text(values.endDate)}
              error={fieldError("endDate")}
            />
            <Field
              name="endTime"
              type="time"
              label={t("calendar.endTime")}
              defaultValue={text(values.endTime)}
              error={fieldError("endTime")}
            />
          </div>
          <SelectField
            name="timeZone"
            label={t("calendar.timeZone")}
            options={withCurrent(options.timeZones, text(values.timeZone)).map((zone) => ({
              value: zone,
              label: zone.replaceAll("_", " "),
            }))}
            defaultValue={text(values.timeZone)}
            error={fieldError("timeZone")}
          />
          <div className="form__row">
            <SelectField
              name="recurrenceFrequency"
              label={t("calendar.recurrence")}
              options={FREQUENCIES.map((f) => ({ value: f, label: t(`calendar.frequencies.${f}`) }))}
              emptyOption={t("calendar.noRecurrence")}
              defaultValue={text(values.recurrenceFrequency)}
              error={fieldError("recurrenceFrequency")}
            />
            <Field
              name="recurrenceInterval"
              type="number"
              min={1}
              max={12}
              label={t("calendar.recurrenceInterval")}
              defaultValue={text(values.recurrenceInterval) || "1"}
              error={fieldError("recurrenceInterval")}
            />
            <Field
              name="recurrenceUntil"
              type="date"
              label={t("calendar.recurrenceUntil")}
              defaultValue={text(values.recurrenceUntil)}
              error={fieldError("recurrenceUntil")}
            />
          </div>
        </fieldset>

        <div className="form__row">
          <Field name="place" label={t("calendar.place")} maxLength={300} defaultValue={text(values.place)} error={fieldError("place")} />
          <Field
            name="onlineUrl"
            type="url"
            label={t("calendar.onlineUrl")}
            inputMode="url"
            defaultValue={text(values.onlineUrl)}
            error={fieldError("onlineUrl")}
          />
        </div>

        <FieldFrame id="field-organizerIds" label={t("calendar.organizerIds")} hint={organizerHint} error={fieldError("organizerIds")}>
          {(aria) => (
            <select id="field-organizerIds" name="organizerIds" multiple size={8} defaultValue={selectedOrganizers} {...aria}>
              {organizationOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <TextAreaField
          name="otherOrganizers"
          label={t("calendar.otherOrganizers")}
          hint={t("calendar.otherOrganizersHint")}
          rows={2}
          defaultValue={text(values.otherOrganizers)}
          error={fieldError("otherOrganizers")}
        />

        <div className="form__row">
          <SelectField
            name="groupId"
            label={t("calendar.group")}
            options={options.groups.map((g) => ({ value: g.id, label: `${g.number}. ${groupName(g, i18n.language)}` }))}
            emptyOption={t("calendar.noGroup")}
            defaultValue={text(values.groupId)}
            error={fieldError("groupId")}
          />
          <SelectField
            name="visibility"
            label={t("calendar.visibility")}
            hint={t("calendar.visibilityHint")}
            options={VISIBILITIES.map((v) => ({ value: v, label: t(`calendar.visibilities.${v}`) }))}
            defaultValue={text(values.visibility) || "ALL_FOCAL_POINTS"}
            error={fieldError("visibility")}
          />
        </div>

        <CheckboxGroup
          name="pillars"
          legend={t("calendar.pillars")}
          options={PILLARS.map((p) => ({ value: String(p.number), label: `${p.number}. ${pillarName(p.number, i18n.language)}` }))}
          selected={selectedPillars}
        />

        <TextAreaField
          name="description"
          label={t("calendar.description")}
          hint={t("calendar.descriptionHint")}
          rows={8}
          defaultValue={text(values.description)}
          error={fieldError("description")}
        />

        <FormActions submitLabel={mode === "create" ? t("calendar.createEvent") : t("common.saveChanges")} cancelTo={cancelTo} />
      </Form>
    </>
  );
}

function withCurrent(zones: string[], current: string) {
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}
