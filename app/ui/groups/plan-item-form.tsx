import { useTranslation } from "react-i18next";
import { pillarName, PILLAR_NUMBERS } from "~/pillars";
import { Field, Form, FormActions, FormErrorSummary, SelectField, TextAreaField, useFieldError } from "../form";
import { useOrganizationOptions } from "../options";

type Org = { id: string; name: string; nameZh: string | null; acronym: string | null; kind: string };
type Values = {
  title?: string;
  description?: string | null;
  leadOrganizationId?: string;
  partnerOrganizationIds?: string[];
  pillar?: number | string;
  deliverable?: string | null;
  dueDate?: string | Date | null;
  version?: number | string;
};

const dateValue = (value: string | Date | null | undefined) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? "").slice(0, 10);

export function PlanItemForm({
  organizations,
  values,
  errors,
  submitLabel,
  cancelTo,
}: {
  organizations: Org[];
  values: Values;
  errors?: Record<string, string>;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t, i18n } = useTranslation();
  const fieldError = useFieldError(errors);
  const orgOptions = useOrganizationOptions(organizations);
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        {values.version !== undefined ? <input type="hidden" name="version" value={String(values.version)} /> : null}
        <Field name="title" label={t("plan.itemTitle")} required maxLength={200} defaultValue={values.title} error={fieldError("title")} />
        <TextAreaField
          name="description"
          label={t("plan.description")}
          hint={t("common.optional")}
          defaultValue={values.description}
          error={fieldError("description")}
        />
        <SelectField
          name="leadOrganizationId"
          label={t("plan.leadOrganization")}
          options={orgOptions}
          emptyOption=""
          defaultValue={values.leadOrganizationId}
          error={fieldError("leadOrganizationId")}
          required
        />
        <div className="field">
          <label htmlFor="field-partners">{t("plan.partners")}</label>
          <p className="field__hint" id="field-partners-hint">
            {t("plan.partnersHint")}
          </p>
          <select
            id="field-partners"
            name="partnerOrganizationIds"
            multiple
            size={6}
            defaultValue={values.partnerOrganizationIds ?? []}
            aria-describedby="field-partners-hint"
          >
            {orgOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <SelectField
          name="pillar"
          label={t("plan.pillar")}
          options={PILLAR_NUMBERS.map((p) => ({ value: String(p), label: `${p}. ${pillarName(p, i18n.language)}` }))}
          emptyOption=""
          defaultValue={values.pillar ? String(values.pillar) : ""}
          error={fieldError("pillar")}
          required
        />
        <Field
          name="deliverable"
          label={t("plan.deliverable")}
          hint={t("common.optional")}
          maxLength={500}
          defaultValue={values.deliverable}
          error={fieldError("deliverable")}
        />
        <Field
          name="dueDate"
          type="date"
          label={t("plan.dueDate")}
          hint={t("common.optional")}
          defaultValue={dateValue(values.dueDate)}
          error={fieldError("dueDate")}
        />
        <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
      </Form>
    </>
  );
}
