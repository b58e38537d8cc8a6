import { useTranslation } from "react-i18next";
import { CheckboxGroup, Field, Form, FormActions, FormErrorSummary, TextAreaField, useFieldError } from "../form";

type Choices = { members: Array<{ id: string; name: string }>; resources: Array<{ id: string; title: string }> };
type Values = { title?: string; body?: string; version?: number | string; mentions?: string[]; attachments?: string[] };

export function PostForm({
  choices,
  values,
  errors,
  submitLabel,
  cancelTo,
}: {
  choices: Choices;
  values: Values;
  errors?: Record<string, string>;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError(errors);
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form form--wide" noValidate>
        {values.version !== undefined ? <input type="hidden" name="version" value={String(values.version)} /> : null}
        <Field
          name="title"
          label={t("groups.postTitle")}
          required
          maxLength={200}
          defaultValue={values.title}
          error={fieldError("title")}
        />
        <TextAreaField
          name="body"
          label={t("groups.postBody")}
          hint={t("groups.markdownHint")}
          required
          defaultValue={values.body}
          error={fieldError("body")}
        />
        {choices.members.length ? (
          <CheckboxGroup
            name="mentions"
            legend={t("groups.mentionColleagues")}
            hint={t("groups.mentionHint")}
            options={choices.members.map((m) => ({ value: m.id, label: m.name }))}
            selected={values.mentions}
          />
        ) : null}
        {choices.resources.length ? (
          <CheckboxGroup
            name="attachments"
            legend={t("groups.attachFiles")}
            options={choices.resources.map((r) => ({ value: r.id, label: r.title }))}
            selected={values.attachments}
          />
        ) : (
          <p className="field__hint">{t("groups.attachHint")}</p>
        )}
        <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
      </Form>
    </>
  );
}
