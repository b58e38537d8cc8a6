// The authoring forms: an assessment (with the State's consent) and a recommendation (with its narrowing).

import { useTranslation } from "react-i18next";
import { ASSESSMENT_KINDS, PRIORITIES, RECOMMENDATION_STATUSES } from "~/domain/recommendations/values";
import { Field, Form, FormActions, FormErrorSummary, SelectField, TextAreaField, useFieldError } from "../form";
import type { LabelReference } from "../../domain/projects/labels";
import { formReader, type FormValues } from "../projects/project-form";
import { useWorkOptions } from "../projects/use-work";
import { ConsentFields } from "./consent";

type Props = { reference: LabelReference; values: FormValues; errors?: Record<string, string>; submitLabel: string; cancelTo: string };

export function AssessmentForm({ reference, values, errors, submitLabel, cancelTo }: Props) {
  const { t } = useTranslation();
  const options = useWorkOptions(reference);
  const fieldError = useFieldError(errors);
  const v = formReader(values);
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        {values.version ? <input type="hidden" name="version" value={String(values.version)} /> : null}
        <SelectField
          name="state"
          label={t("recommendations.state")}
          options={options.countries}
          emptyOption=""
          required
          defaultValue={v.text("state")}
          error={fieldError("state")}
        />
        <SelectField
          name="kind"
          label={t("recommendations.assessments.kind")}
          options={ASSESSMENT_KINDS.map((k) => ({ value: k, label: t(`recommendations.kinds.${k}`) }))}
          required
          defaultValue={v.text("kind")}
          error={fieldError("kind")}
        />
        <Field
          name="reference"
          label={t("recommendations.assessments.reference")}
          hint={t("recommendations.assessments.referenceHint")}
          required
          defaultValue={v.text("reference")}
          error={fieldError("reference")}
        />
        <div className="form-columns">
          <Field
            name="startDate"
            type="date"
            label={t("recommendations.assessments.startDate")}
            required
            defaultValue={v.text("startDate")}
            error={fieldError("startDate")}
          />
          <Field
            name="endDate"
            type="date"
            label={t("recommendations.assessments.endDate")}
            required
            defaultValue={v.text("endDate")}
            error={fieldError("endDate")}
          />
        </div>
        <ConsentFields
          entities={options.entities}
          scope={v.text("consentScope")}
          organizationIds={v.list("consentOrganizationIds")}
          asAssessmentOption={false}
          errors={{ scope: fieldError("consentScope"), organizations: fieldError("consentOrganizationIds") }}
        />
        <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
      </Form>
    </>
  );
}

export function RecommendationForm({ reference, values, errors, submitLabel, cancelTo }: Props) {
  const { t } = useTranslation();
  const options = useWorkOptions(reference);
  const fieldError = useFieldError(errors);
  const v = formReader(values);
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        {values.version ? <input type="hidden" name="version" value={String(values.version)} /> : null}
        <Field
          name="number"
          inputMode="numeric"
          label={t("recommendations.csv.number")}
          hint={t("recommendations.form.numberHint")}
          defaultValue={v.text("number")}
          error={fieldError("number")}
        />
        <TextAreaField
          name="text"
          label={t("recommendations.text")}
          required
          rows={6}
          defaultValue={v.text("text")}
          error={fieldError("text")}
        />
        <SelectField
          name="thematic"
          label={t("recommendations.thematicArea")}
          options={options.thematicAreas}
          emptyOption={t("recommendations.none")}
          defaultValue={v.text("thematic")}
          error={fieldError("thematic")}
        />
        <SelectField
          name="pillar"
          label={t("recommendations.pillar")}
          options={options.pillars}
          emptyOption={t("recommendations.none")}
          defaultValue={v.text("pillar")}
          error={fieldError("pillar")}
        />
        <div className="form-columns">
          <SelectField
            name="priority"
            label={t("recommendations.priority")}
            options={PRIORITIES.map((p) => ({ value: p, label: t(`recommendations.priorities.${p}`) }))}
            required
            defaultValue={v.text("priority") || "MEDIUM"}
            error={fieldError("priority")}
          />
          <SelectField
            name="status"
            label={t("recommendations.status")}
            options={RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t(`recommendations.statuses.${s}`) }))}
            required
            defaultValue={v.text("status") || "OPEN"}
            error={fieldError("status")}
          />
        </div>
        <ConsentFields
          entities={options.entities}
          scope={v.text("consentScope")}
          organizationIds={v.list("consentOrganizationIds")}
          asAssessmentOption
          errors={{ scope: fieldError("consentScope"), organizations: fieldError("consentOrganizationIds") }}
        />
        <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
      </Form>
    </>
  );
}
