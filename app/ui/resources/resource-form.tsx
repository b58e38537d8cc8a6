import { useTranslation } from "react-i18next";
import { pillarName, PILLAR_NUMBERS } from "~/pillars";
import { CheckboxGroup, Field, Form, FormActions, FormErrorSummary, SelectField, TextAreaField, useFieldError } from "../form";
import { useFormat } from "../format";
import { groupName } from "../../names";
import { useOrganizationOptions } from "../options";
import { languageName } from "./labels";

type Org = { id: string; name: string; nameZh: string | null; acronym: string | null; kind: string };
type Group = { id: string; number: number; name: string; nameZh: string | null };
type Values = {
  kind?: string;
  title?: string;
  summary?: string | null;
  pillars?: Array<number | string>;
  tags?: string | string[];
  language?: string;
  publisherOrganizationId?: string;
  publishedOn?: string | Date;
  groupId?: string | null;
  url?: string | null;
  version?: number | string;
};

type Props = {
  mode: "new" | "edit";
  values: Values;
  errors?: Record<string, string>;
  organizations: Org[];
  groups: Group[];
  platformWide: boolean;
  languages: readonly string[];
  /** The upload limit in bytes. */
  maxBytes: number;
  cancelTo: string;
};

const dateValue = (value: string | Date | undefined) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? new Date().toISOString()).slice(0, 10);

export function ResourceForm({ mode, values, errors, organizations, groups, platformWide, languages, maxBytes, cancelTo }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const limit = format.fileSize(maxBytes);
  const fieldError = useFieldError(errors, { limit });
  const orgOptions = useOrganizationOptions(organizations);
  const whereOptions = [
    ...(platformWide ? [{ value: "", label: t("resources.platformWide") }] : []),
    ...groups.map((g) => ({ value: g.id, label: `${t("resources.inGroup", { number: g.number })}: ${groupName(g, i18n.language)}` })),
  ];
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form" encType={mode === "new" ? "multipart/form-data" : undefined} noValidate>
        {values.version !== undefined ? <input type="hidden" name="version" value={String(values.version)} /> : null}
        {mode === "new" ? (
          <>
            <SelectField
              name="groupId"
              label={t("resources.where")}
              hint={t("resources.groupOnly")}
              options={whereOptions}
              defaultValue={values.groupId ?? (platformWide ? "" : groups[0]?.id)}
              error={fieldError("groupId")}
            />
            <SelectField
              name="kind"
              label={t("resources.kind")}
              options={(["FILE", "LINK"] as const).map((k) => ({ value: k, label: t(`resources.types.${k}`) }))}
              defaultValue={values.kind ?? "FILE"}
              error={fieldError("kind")}
            />
            <Field
              name="file"
              type="file"
              label={t("resources.file")}
              hint={t("resources.fileHint", { limit })}
              error={fieldError("file")}
            />
            <Field name="url" type="url" label={t("resources.url")} defaultValue={values.url} error={fieldError("url")} />
          </>
        ) : null}
        <Field
          name="title"
          label={t("resources.titleField")}
          required
          maxLength={300}
          defaultValue={values.title}
          error={fieldError("title")}
        />
        <TextAreaField
          name="summary"
          label={t("resources.summary")}
          hint={t("common.optional")}
          defaultValue={values.summary}
          error={fieldError("summary")}
        />
        <CheckboxGroup
          name="pillars"
          legend={t("resources.pillars")}
          options={PILLAR_NUMBERS.map((p) => ({ value: String(p), label: `${p}. ${pillarName(p, i18n.language)}` }))}
          selected={(values.pillars ?? []).map(String)}
        />
        <Field
          name="tags"
          label={t("resources.tags")}
          hint={t("resources.tagsHint")}
          defaultValue={Array.isArray(values.tags) ? values.tags.join(", ") : values.tags}
          error={fieldError("tags")}
        />
        <SelectField
          name="language"
          label={t("resources.language")}
          options={languages.map((l) => ({ value: l, label: languageName(l, i18n.language, t) }))}
          defaultValue={values.language ?? "en"}
          error={fieldError("language")}
        />
        <SelectField
          name="publisherOrganizationId"
          label={t("resources.organization")}
          options={orgOptions}
          defaultValue={values.publisherOrganizationId}
          error={fieldError("publisherOrganizationId")}
        />
        <Field
          name="publishedOn"
          type="date"
          label={t("resources.publishedOn")}
          required
          defaultValue={dateValue(values.publishedOn)}
          error={fieldError("publishedOn")}
        />
        <FormActions submitLabel={mode === "new" ? t("resources.publish") : t("common.saveChanges")} cancelTo={cancelTo} />
      </Form>
    </>
  );
}
