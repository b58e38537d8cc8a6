// The project form (create and edit). Works without JavaScript; errors come back beside their fields.

import { useTranslation } from "react-i18next";
import {
  CheckboxField,
  CheckboxGroup,
  Field,
  Form,
  FormActions,
  FormErrorSummary,
  SelectField,
  TextAreaField,
  useFieldError,
} from "../form";
import { MultiSelectField } from "../multi-choice";
import type { LabelReference } from "../../domain/projects/labels";
import { useWorkOptions } from "./use-work";

export type FormValues = Record<string, string | string[] | boolean | number | null | undefined>;

/** Reads one value of a form (stored record, or what was just submitted) as text, a list or a tick. */
export function formReader(values: FormValues) {
  return {
    text: (name: string) => {
      const v = values[name];
      return v === undefined || v === null || typeof v === "boolean" ? "" : Array.isArray(v) ? (v[0] ?? "") : String(v);
    },
    list: (name: string) => {
      const v = values[name];
      return Array.isArray(v) ? v : typeof v === "string" && v ? [v] : [];
    },
    checked: (name: string) => values[name] === true || values[name] === "on",
  };
}

type Props = {
  reference: LabelReference;
  values: FormValues;
  errors?: Record<string, string>;
  submitLabel: string;
  cancelTo: string;
  /** The organizations the user may choose as lead (their own, or any for the secretariat). */
  leadChoices: string[];
};

export function ProjectForm({ reference, values, errors, submitLabel, cancelTo, leadChoices }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError(errors);
  const options = useWorkOptions(reference);
  const v = formReader(values);
  const leads = options.entities.filter((o) => leadChoices.includes(o.value));
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form form--wide work-form" noValidate>
        {values.version !== undefined ? <input type="hidden" name="version" value={String(values.version)} /> : null}
        <div className="form-columns">
          <Field
            name="code"
            label={t("projects.code")}
            hint={t("projects.codeHint")}
            required
            defaultValue={v.text("code")}
            error={fieldError("code")}
          />
          <SelectField
            name="status"
            label={t("projects.status")}
            options={options.statuses}
            defaultValue={v.text("status") || "PLANNED"}
            error={fieldError("status")}
          />
        </div>
        <Field name="title" label={t("projects.projectTitle")} required defaultValue={v.text("title")} error={fieldError("title")} />
        <TextAreaField
          name="summary"
          label={t("projects.summary")}
          hint={t("projects.markdownHint")}
          defaultValue={v.text("summary")}
          error={fieldError("summary")}
        />
        <div className="form-columns">
          <SelectField
            name="leadOrganizationId"
            label={t("projects.lead")}
            hint={t("projects.leadHint")}
            options={leads}
            defaultValue={v.text("leadOrganizationId") || leads[0]?.value}
            error={fieldError("leadOrganizationId")}
          />
          <SelectField
            name="workingGroup"
            label={t("projects.workingGroup")}
            options={options.groups}
            emptyOption={t("projects.none")}
            defaultValue={v.text("workingGroup")}
            error={fieldError("workingGroup")}
          />
        </div>
        <MultiSelectField
          name="partnerIds"
          label={t("projects.partners")}
          hint={t("projects.multiHint")}
          options={options.partners}
          selected={v.list("partnerIds")}
          error={fieldError("partnerIds")}
        />
        <CheckboxGroup
          name="pillars"
          legend={t("projects.pillars")}
          options={options.pillars}
          selected={v.list("pillars")}
          error={fieldError("pillars")}
        />
        <CheckboxGroup
          name="thematicAreas"
          legend={t("projects.thematicAreas")}
          options={options.thematicAreas}
          selected={v.list("thematicAreas")}
          error={fieldError("thematicAreas")}
        />
        <fieldset className="field">
          <legend>{t("projects.where")}</legend>
          <CheckboxField name="isGlobal" label={t("projects.isGlobal")} defaultChecked={v.checked("isGlobal")} />
          <MultiSelectField
            name="countries"
            label={t("projects.countries")}
            hint={t("projects.multiHint")}
            options={options.countries}
            selected={v.list("countries")}
            error={fieldError("countries")}
            size={10}
          />
          <CheckboxGroup
            name="regions"
            legend={t("projects.regions")}
            hint={t("projects.regionsHint")}
            options={options.regions}
            selected={v.list("regions")}
            error={fieldError("regions")}
          />
        </fieldset>
        <div className="form-columns">
          <Field
            name="startDate"
            type="date"
            label={t("projects.startDate")}
            required
            defaultValue={v.text("startDate")}
            error={fieldError("startDate")}
          />
          <Field
            name="endDate"
            type="date"
            label={t("projects.endDate")}
            required
            defaultValue={v.text("endDate")}
            error={fieldError("endDate")}
          />
        </div>
        <div className="form-columns">
          <Field
            name="budgetUsd"
            inputMode="numeric"
            label={t("projects.budget")}
            hint={t("projects.budgetHint")}
            required
            defaultValue={v.text("budgetUsd")}
            error={fieldError("budgetUsd")}
          />
          <Field
            name="fundsSecuredUsd"
            inputMode="numeric"
            label={t("projects.secured")}
            hint={t("projects.budgetHint")}
            defaultValue={v.text("fundsSecuredUsd")}
            error={fieldError("fundsSecuredUsd")}
          />
        </div>
        <CheckboxField name="inCurrentAppeal" label={t("projects.inAppeal")} defaultChecked={v.checked("inCurrentAppeal")} />
        <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
      </Form>
    </>
  );
}

/** What an action sent back with a refused form: the submitted values, and (after a stale edit) the newer record. */
export function returnedValues(actionData: unknown): { submitted: FormValues | null; current: FormValues | null } {
  const data = (actionData ?? {}) as { formValues?: FormValues; current?: FormValues | null };
  return { submitted: data.formValues ?? null, current: data.current ?? null };
}
