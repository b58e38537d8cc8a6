import { useTranslation } from "react-i18next";
import { CheckboxField, Field, Form, FormActions, FormErrorSummary, SelectField, useFieldError } from "../form";
import { useEnumOptions } from "../options";

type OrganizationValues = {
  kind?: string;
  name?: string;
  nameZh?: string | null;
  nameAr?: string | null;
  nameFr?: string | null;
  nameRu?: string | null;
  nameEs?: string | null;
  acronym?: string | null;
  iso3?: string | null;
  iso2?: string | null;
  region?: string | null;
  isSecretariat?: boolean | string;
  isAssessmentBody?: boolean | string;
  version?: number | string;
};

export function OrganizationForm({
  values,
  errors,
  submitLabel,
}: {
  values: OrganizationValues;
  errors?: Record<string, string>;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError(errors);
  const kindOptions = useEnumOptions("orgKind");
  const regionOptions = useEnumOptions("region");
  const checked = (v: boolean | string | undefined) => v === true || v === "on";
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        {values.version !== undefined ? <input type="hidden" name="version" value={String(values.version)} /> : null}
        <SelectField
          name="kind"
          label={t("admin.kind")}
          options={kindOptions}
          defaultValue={values.kind ?? "MEMBER_STATE"}
          error={fieldError("kind")}
        />
        <Field name="name" label={t("admin.name")} required defaultValue={values.name} error={fieldError("name")} />
        <Field name="nameZh" label={t("admin.nameZh")} lang="zh" defaultValue={values.nameZh} error={fieldError("nameZh")} />
        <Field name="nameAr" label={t("admin.nameAr")} lang="ar" dir="rtl" defaultValue={values.nameAr} error={fieldError("nameAr")} />
        <Field name="nameFr" label={t("admin.nameFr")} lang="fr" defaultValue={values.nameFr} error={fieldError("nameFr")} />
        <Field name="nameRu" label={t("admin.nameRu")} lang="ru" defaultValue={values.nameRu} error={fieldError("nameRu")} />
        <Field name="nameEs" label={t("admin.nameEs")} lang="es" defaultValue={values.nameEs} error={fieldError("nameEs")} />
        <Field name="acronym" label={t("admin.acronym")} defaultValue={values.acronym} error={fieldError("acronym")} />
        <Field name="iso3" label={t("admin.iso3")} maxLength={3} defaultValue={values.iso3} error={fieldError("iso3")} />
        <Field name="iso2" label={t("admin.iso2")} maxLength={2} defaultValue={values.iso2} error={fieldError("iso2")} />
        <SelectField
          name="region"
          label={t("admin.region")}
          options={regionOptions}
          emptyOption={t("common.none")}
          defaultValue={values.region}
          error={fieldError("region")}
        />
        <CheckboxField name="isSecretariat" label={t("admin.isSecretariat")} defaultChecked={checked(values.isSecretariat)} />
        <CheckboxField name="isAssessmentBody" label={t("admin.isAssessmentBody")} defaultChecked={checked(values.isAssessmentBody)} />
        <FormActions submitLabel={submitLabel} cancelTo="/admin/organizations" />
      </Form>
    </>
  );
}
