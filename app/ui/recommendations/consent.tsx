// The assessed State's consent: how it reads, and the fields that set it (assessment and recommendation forms).
import { useTranslation } from "react-i18next";
import { CONSENT_SCOPES, type ConsentScope } from "~/domain/recommendations/values";
import { SelectField } from "../form";
import { MultiSelectField } from "../multi-choice";
import { organizationName } from "../../names";

type NamedOrganization = { id: string; name: string; nameZh: string | null; acronym: string | null };

export function ConsentSummary({ scope, organizations }: { scope: ConsentScope; organizations: readonly NamedOrganization[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {t(`recommendations.consent.${scope}`)}
      {scope === "NAMED" && organizations.length ? `: ${organizations.map((o) => organizationName(o, i18n.language)).join(", ")}` : null}
    </>
  );
}

/** Scope and named entities; on a recommendation the scope may be left "as the assessment". */
export function ConsentFields({
  entities,
  scope,
  organizationIds,
  asAssessmentOption,
  errors,
}: {
  entities: ReadonlyArray<{ value: string; label: string }>;
  scope: string;
  organizationIds: readonly string[];
  asAssessmentOption: boolean;
  errors: { scope?: string | null; organizations?: string | null };
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{asAssessmentOption ? t("recommendations.consent.narrowing") : t("recommendations.consent.label")}</legend>
      <SelectField
        name="consentScope"
        label={t("recommendations.consent.label")}
        hint={asAssessmentOption ? t("recommendations.consent.narrowingHint") : null}
        options={CONSENT_SCOPES.map((s) => ({ value: s, label: t(`recommendations.consent.${s}`) }))}
        emptyOption={asAssessmentOption ? t("recommendations.consent.asAssessment") : undefined}
        defaultValue={scope}
        error={errors.scope}
      />
      <MultiSelectField
        name="consentOrganizationIds"
        label={t("recommendations.consent.named")}
        hint={t("recommendations.consent.namedHint")}
        options={entities}
        selected={organizationIds}
        error={errors.organizations}
      />
    </fieldset>
  );
}
