// The recommendation list's filters: plain GET fields, so every filtered view is a link.
import { useTranslation } from "react-i18next";
import { NO_THEMATIC, UNRESOLVED, type RecommendationSelection } from "~/domain/recommendations/filters";
import { PRIORITIES, RECOMMENDATION_STATUSES } from "~/domain/recommendations/values";
import { CheckboxField, Field, SelectField } from "../form";
import type { LabelReference } from "../../domain/projects/labels";
import { useWorkOptions } from "../projects/use-work";

export function RecommendationFilterFields({ reference, values }: { reference: LabelReference; values: RecommendationSelection }) {
  const { t } = useTranslation();
  const options = useWorkOptions(reference);
  const any = t("common.any");
  return (
    <>
      <Field name="q" type="search" label={t("recommendations.search")} defaultValue={values.q} />
      <SelectField
        name="state"
        label={t("recommendations.state")}
        options={options.countries}
        emptyOption={any}
        defaultValue={values.state}
      />
      <SelectField
        name="region"
        label={t("recommendations.region")}
        options={options.regions}
        emptyOption={any}
        defaultValue={values.region}
      />
      <SelectField
        name="thematic"
        label={t("recommendations.thematicArea")}
        options={[...options.allThematicAreas, { value: NO_THEMATIC, label: t("recommendations.noThematic") }]}
        emptyOption={any}
        defaultValue={values.thematic}
      />
      <SelectField
        name="priority"
        label={t("recommendations.priority")}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`recommendations.priorities.${p}`) }))}
        emptyOption={any}
        defaultValue={values.priority}
      />
      <SelectField
        name="status"
        label={t("recommendations.status")}
        options={[
          { value: UNRESOLVED, label: t("recommendations.unresolved") },
          ...RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: t(`recommendations.statuses.${s}`) })),
        ]}
        emptyOption={any}
        defaultValue={values.status}
      />
      <CheckboxField
        name="noResponse"
        value="yes"
        label={t("recommendations.noResponseFilter")}
        defaultChecked={values.noResponse === "yes"}
      />
      {values.assessment ? <input type="hidden" name="assessment" value={values.assessment} /> : null}
    </>
  );
}
