// /profile: the signed-in user's own directory entry. (Pages about the profile, such as calendar
// subscriptions, live beside it at /profile/….)
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { compareLabels } from "~/names";
import { requireUser } from "~/auth/guards.server";
import { timeZoneChoices } from "~/domain/calendar/time.server";
import { COMMON_LANGUAGES } from "~/domain/directory/languages";
import { PILLARS, pillarName } from "~/pillars";
import { getOwnProfile, PROFILE_ARRAY_FIELDS, ProfileInput, updateOwnProfile, type OwnProfile } from "~/domain/directory/profile.server";
import { formToObject, invalid, parseFormData, readFormData } from "~/forms.server";
import { supportedLanguages } from "~/i18n/config";
import { titleFor } from "~/i18n/meta";
import { useLanguageName } from "~/ui/directory/people";
import { setFlash } from "~/ui/flash.server";
import { CheckboxField, CheckboxGroup, Field, Form, FormErrorSummary, SelectField, useFieldError } from "~/ui/form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "directory.profile.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const profile = await getOwnProfile(user);
  // Every zone the server knows, sent (the same list on server and browser), not computed twice.
  return { profile, timeZones: timeZoneChoices(profile.timeZone) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const formData = await readFormData(args.request);
  const submitted = formToObject(formData, PROFILE_ARRAY_FIELDS);
  const form = parseFormData(formData, ProfileInput, PROFILE_ARRAY_FIELDS);
  if (!form.ok) return invalid(form, { submitted, current: null });
  const result = await updateOwnProfile(user, form.data);
  if (!result.ok) return invalid({ errors: result.errors }, { submitted: null, current: result.current });
  return redirect("/profile", { headers: { "Set-Cookie": await setFlash({ key: "directory.profile.saved" }) } });
}

type FormValues = {
  title: string;
  phone: string;
  phoneVisible: boolean;
  languages: string[];
  otherLanguages: string;
  interests: string[];
  timeZone: string;
  locale: string;
  version: string;
};

function fromProfile(p: OwnProfile): FormValues {
  return {
    title: p.title ?? "",
    phone: p.phone ?? "",
    phoneVisible: p.phoneVisible,
    languages: p.languages,
    otherLanguages: "",
    interests: p.interests.map(String),
    timeZone: p.timeZone,
    locale: p.locale ?? "",
    version: String(p.version),
  };
}

function fromSubmission(s: Record<string, unknown>): FormValues {
  const text = (key: string) => (typeof s[key] === "string" ? (s[key] as string) : "");
  const list = (key: string) => (Array.isArray(s[key]) ? (s[key] as string[]) : []);
  return {
    title: text("title"),
    phone: text("phone"),
    phoneVisible: text("phoneVisible") === "on",
    languages: list("languages"),
    otherLanguages: text("otherLanguages"),
    interests: list("interests"),
    timeZone: text("timeZone"),
    locale: text("locale"),
    version: text("version"),
  };
}

export default function Profile() {
  const { t, i18n } = useTranslation();
  const { profile, timeZones } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const fieldError = useFieldError(errors);
  // A checkbox group's errors come per item ("languages.1"): shown once, under the group.
  const groupError = (name: string) =>
    fieldError(name) ?? fieldError(Object.keys(errors ?? {}).find((key) => key.startsWith(`${name}.`)) ?? "");
  const languageName = useLanguageName();
  // After a stale edit the form shows the newer saved version; after invalid input, what was typed.
  const returned = actionData as { current?: OwnProfile | null; submitted?: Record<string, unknown> | null } | undefined;
  const current = returned?.current;
  const submitted = returned?.submitted;
  const values = current ? fromProfile(current) : submitted ? fromSubmission(submitted) : fromProfile(profile);
  const languageOptions = [...new Set([...COMMON_LANGUAGES, ...values.languages])]
    .map((code) => ({ value: code, label: languageName(code), lang: code }))
    .sort(compareLabels(i18n.language));
  return (
    <>
      <h1>{t("directory.profile.title")}</h1>
      <p className="muted">{t("directory.profile.intro")}</p>
      <p>
        <strong>{profile.name}</strong> · {profile.email} · <Link to={`/directory/${profile.id}`}>{t("directory.profile.viewEntry")}</Link>{" "}
        · <Link to="/profile/calendar">{t("calendar.feedTitle")}</Link>
      </p>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="form form--wide" noValidate key={`${values.version}-${current ? "current" : "mine"}`}>
        <input type="hidden" name="version" value={values.version} />
        <Field
          name="title"
          label={t("directory.profile.jobTitle")}
          defaultValue={values.title}
          maxLength={200}
          autoComplete="organization-title"
          error={fieldError("title")}
        />
        <Field
          name="phone"
          type="tel"
          label={t("directory.profile.phone")}
          hint={t("directory.profile.phoneHint")}
          defaultValue={values.phone}
          autoComplete="tel"
          error={fieldError("phone")}
        />
        <CheckboxField
          name="phoneVisible"
          label={t("directory.profile.phoneVisible")}
          defaultChecked={values.phoneVisible}
          hint={t("directory.profile.phoneVisibleHint")}
          error={fieldError("phoneVisible")}
        />
        <CheckboxGroup
          name="languages"
          legend={t("directory.profile.languages")}
          options={languageOptions}
          selected={values.languages}
          error={groupError("languages")}
        />
        <Field
          name="otherLanguages"
          label={t("directory.profile.otherLanguages")}
          hint={t("directory.profile.otherLanguagesHint")}
          defaultValue={values.otherLanguages}
          error={fieldError("otherLanguages")}
        />
        <CheckboxGroup
          name="interests"
          legend={t("directory.profile.interests")}
          options={PILLARS.map((p) => ({ value: String(p.number), label: pillarName(p.number, i18n.language) }))}
          selected={values.interests}
          error={groupError("interests")}
        />
        <SelectField
          name="timeZone"
          label={t("directory.profile.timeZone")}
          options={timeZones.map((tz) => ({ value: tz, label: tz }))}
          defaultValue={values.timeZone}
          error={fieldError("timeZone")}
        />
        <SelectField
          name="locale"
          label={t("directory.profile.locale")}
          options={supportedLanguages.map((lng) => ({ value: lng, label: t(`languages.${lng}`) }))}
          emptyOption={t("directory.profile.localeAuto")}
          defaultValue={values.locale}
          error={fieldError("locale")}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.saveChanges")}
          </button>
        </div>
      </Form>
    </>
  );
}
