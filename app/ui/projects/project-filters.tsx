// The project filters (list and matrix): plain GET fields, so every filtered view is a link.
import { useTranslation } from "react-i18next";
import type { ProjectSelection } from "~/domain/projects/filter-values";
import { Field, SelectField } from "../form";
import type { LabelReference } from "../../domain/projects/labels";
import { useWorkOptions } from "./use-work";

export function ProjectFilterFields({ reference, values }: { reference: LabelReference; values: ProjectSelection }) {
  const { t } = useTranslation();
  const options = useWorkOptions(reference);
  const any = t("common.any");
  return (
    <>
      <Field name="q" type="search" label={t("projects.search")} defaultValue={values.q} />
      <SelectField
        name="country"
        label={t("projects.country")}
        options={options.countries}
        emptyOption={any}
        defaultValue={values.country}
      />
      <SelectField
        name="region"
        label={t("projects.region")}
        options={options.regionsAndGlobal}
        emptyOption={any}
        defaultValue={values.region}
      />
      <SelectField
        name="thematic"
        label={t("projects.thematicArea")}
        options={options.allThematicAreas}
        emptyOption={any}
        defaultValue={values.thematic}
      />
      <SelectField
        name="partner"
        label={t("projects.partnerFilter")}
        options={options.partners}
        emptyOption={any}
        defaultValue={values.partner}
      />
      <SelectField
        name="organization"
        label={t("projects.lead")}
        options={options.entities}
        emptyOption={any}
        defaultValue={values.organization}
      />
      <SelectField
        name="pillar"
        label={t("projects.pillar")}
        options={options.pillarsShort}
        emptyOption={any}
        defaultValue={values.pillar}
      />
      <SelectField
        name="group"
        label={t("projects.workingGroup")}
        options={[...options.groups, { value: "none", label: t("projects.noGroup") }]}
        emptyOption={any}
        defaultValue={values.group}
      />
      <SelectField
        name="status"
        label={t("projects.status")}
        options={[{ value: "UNDER_WAY", label: t("projects.underWay") }, ...options.statuses]}
        emptyOption={any}
        defaultValue={values.status}
      />
      <SelectField
        name="funding"
        label={t("projects.fundingStatus")}
        options={options.fundingStatuses}
        emptyOption={any}
        defaultValue={values.funding}
      />
      <SelectField
        name="appeal"
        label={t("projects.appeal")}
        options={[
          { value: "yes", label: t("projects.appealYes") },
          { value: "no", label: t("projects.appealNo") },
        ]}
        emptyOption={any}
        defaultValue={values.appeal}
      />
    </>
  );
}
