import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { CheckboxGroup, Field, Form, FormActions, FormErrorSummary, useFieldError } from "../form";
import { MentionTextArea } from "./mention-field";

type Choices = { resources: Array<{ id: string; title: string }> };
type Values = { title?: string; body?: string; version?: number | string; attachments?: string[] };

export function PostForm({
  choices,
  values,
  errors,
  submitLabel,
  cancelTo,
  mentionsUrl,
  draftLabel,
}: {
  choices: Choices;
  /** Where the mention autocomplete asks for the group's members (the group's /mentions resource route). */
  mentionsUrl: string;
  values: Values;
  errors?: Record<string, string>;
  submitLabel: string;
  cancelTo: string;
  /** Offers a second button that keeps the post as its author's draft (intent=draft; the first sends intent=publish). */
  draftLabel?: string;
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
        <MentionTextArea
          name="body"
          label={t("groups.postBody")}
          hint={`${t("groups.markdownHint")} ${t("groups.mentionHint")}`}
          required
          defaultValue={values.body}
          error={fieldError("body")}
          mentionsUrl={mentionsUrl}
        />
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
        {draftLabel ? (
          <div className="button-row">
            <button type="submit" name="intent" value="publish" className="button">
              {submitLabel}
            </button>
            <button type="submit" name="intent" value="draft" className="button button--quiet">
              {draftLabel}
            </button>
            <Link to={cancelTo}>{t("common.cancel")}</Link>
          </div>
        ) : (
          <FormActions submitLabel={submitLabel} cancelTo={cancelTo} />
        )}
      </Form>
    </>
  );
}
