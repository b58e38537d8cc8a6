// The activity form (create and edit). Works without JavaScript; errors come back beside their fields.

import { useTranslation } from "react-i18next";
import { ACTIVITY_KINDS } from "~/domain/activities/fields";
import { Field, Form, FormActions, FormErrorSummary, SelectField, TextAreaField, useFieldError } from "../form";
import { MultiSelectField } from "../multi-choice";
import type { LabelReference } from "../../domain/projects/labels";
import { formReader, type FormValues } from "../projects/project-form";
import { useWorkOptions } from "../projects/use-work";

type Props = {
  reference: LabelReference;
  values: FormValues;
  errors?: Record<string, string>;
  submitLabel: string;
  cancelTo: string;
  leadChoices: string[];
};

export function ActivityForm({ reference, values, errors, submitLabel, cancelTo, leadChoices }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError(errors);
  const options = useWorkOptions(reference);
  const v = formReader(values);
  const leads = options.entities.filter((o) => leadChoices.includes(o.value));
  const kinds = ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }));
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form form--wide work-form" noValidate>
        {values.version !== undefined ? <input type="hidden" name="version" value={String(values.version)} /> : null}
        <Field name="title" label={t("activities.activityTitle")} required defaultValue={v.text("title")} error={fieldError("title")} />
        <div className="form-columns">
          <SelectField
            name="kind"
            label={t("activities.kind")}
            options={kinds}
            defaultValue={v.text("kind") || "TRAINING"}
            error={fieldError("kind")}
          />
          <SelectField
            name="status"
            label={t("activities.status")}
            options={options.statuses}
            defaultValue={v.text("status") || "PLANNED"}
            error={fieldError("status")}
          />
        </div>
        <TextAreaField
          name="description"
          label={t("activities.description")}
          hint={t("projects.markdownHint")}
          defaultValue={v.text("description")}
          error={fieldError("description")}
        />
        <div className="form-columns">
          <SelectField
            name="leadOrganizationId"
            label={t("activities.lead")}
            hint={t("projects.leadHint")}
            options={leads}
            defaultValue={v.text("leadOrganizationId") || leads[0]?.value}
            error={fieldError("leadOrganizationId")}
          />
          <Field
            name="projectCode"
            label={t("activities.project")}
            hint={t("activities.projectHint")}
            defaultValue={v.text("projectCode")}
            error={fieldError("projectCode")}
          />
        </div>
        <MultiSelectField
          name="partnerIds"
          label={t("activities.partners")}
          hint={t("projects.multiHint")}
          options={options.partners}
          selected={v.list("partnerIds")}
          error={fieldError("partnerIds")}
        />
        <div className="form-columns">
          <SelectField
            name="pillar"
            label={t("activities.pillar")}
            options={options.pillars}
            defaultValue={v.text("pillar") || "1"}
            error={fieldError("pillar")}
          />
          <SelectField
            name="thematicArea"
            label={t("activities.thematicArea")}
            options={options.thematicAreas}
            emptyOption={t("projects.none")}
            defaultValue={v.text("thematicArea")}
            error={fieldError("thematicArea")}
          />
          <SelectField
            name="workingGroup"
            label={t("activities.workingGroup")}
            options={options.groups}
            emptyOption={t("projects.none")}
            defaultValue={v.text("workingGroup")}
            error={fieldError("workingGroup")}
          />
        </div>
        <MultiSelectField
          name="countries"
          label={t("activities.countries")}
          hint={t("activities.countriesHint")}
          options={options.countries}
          selected={v.list("countries")}
          error={fieldError("countries")}
          size={10}
        />
        <div className="form-columns">
          <Field
            name="startDate"
            type="date"
            label={t("activities.startDate")}
            required
            defaultValue={v.text("startDate")}
            error={fieldError("startDate")}
          />
          <Field
            name="endDate"
            type="date"
            label={t("activities.endDate")}
            required
            defaultValue={v.text("endDate")}
            error={fieldError("endDate")}
          />
        </div>
        <div className="form-columns">
          <Field
            name="participants"
            inputMode="numeric"
            label={t("activities.participants")}
            defaultValue={v.text("participants")}
            error={fieldError("participants")}
          />
          <Field
            name="womenSharePercent"
            inputMode="numeric"
            label={t("activities.womenShare")}
            defaultValue={v.text("womenSharePercent")}
            error={fieldError("womenSharePercent")}
          />
        </div>
        <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
      </Form>
    </>
  );
}
