// The list of thematic areas, kept by the secretariat: add, rename, reorder, archive; delete when unused.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ensure, requireUser } from "~/auth/guards.server";
import { canManageThematicAreas } from "~/auth/policy";
import {
  createThematicArea,
  deleteThematicArea,
  listThematicAreasForManagement,
  NewThematicAreaInput,
  ThematicAreaInput,
  thematicVersionInput,
  updateThematicArea,
} from "~/domain/projects/thematic-areas.server";
import { askToConfirm, confirmed, invalid, parseFormData, readFormData } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { ConfirmAction } from "~/ui/confirm";
import { setFlash } from "~/ui/flash.server";
import { CheckboxField, Field, Form, FormErrorSummary, useFieldError } from "~/ui/form";
import { ProjectTabs } from "~/ui/projects/work-tabs";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "projects.thematic.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return { areas: await listThematicAreasForManagement(user) };
}

const Intent = z.object({ intent: z.enum(["create", "update", "delete"]) });
export async function action(args: ActionFunctionArgs) {
  const back = async (key: string) => redirect("/projects/thematic-areas", { headers: { "Set-Cookie": await setFlash({ key }) } });
  const user = await requireUser(args);
  ensure(canManageThematicAreas(user), "403");
  const formData = await readFormData(args.request);
  const intent = parseFormData(formData, Intent);
  if (!intent.ok) return invalid(intent);
  if (intent.data.intent === "create") {
    const form = parseFormData(formData, NewThematicAreaInput);
    if (!form.ok) return invalid(form, { target: "new" });
    const result = await createThematicArea(user, form.data);
    const values = {
      name: String(formData.get("name") ?? ""),
      nameZh: String(formData.get("nameZh") ?? ""),
      ...Object.fromEntries(OTHER_NAMES.map(([field]) => [field, String(formData.get(field) ?? "")])),
      slug: String(formData.get("slug") ?? ""),
    };
    return result.ok ? back("projects.thematic.added") : invalid({ errors: result.errors, values }, { target: "new" });
  }
  const target = parseFormData(formData, thematicVersionInput);
  if (!target.ok) return invalid({ errors: { form: "errors.invalidField" } });
  if (intent.data.intent === "delete") {
    if (!confirmed(formData)) return askToConfirm("delete", { target: target.data.id });
    const result = await deleteThematicArea(user, target.data.id);
    return result.ok ? back("projects.thematic.deleted") : invalid({ errors: result.errors }, { target: target.data.id });
  }
  const form = parseFormData(formData, ThematicAreaInput);
  if (!form.ok) return invalid(form, { target: target.data.id });
  const result = await updateThematicArea(user, target.data.id, target.data.version, form.data);
  return result.ok ? back("projects.thematic.saved") : invalid({ errors: result.errors }, { target: target.data.id });
}

export default function ThematicAreas() {
  const { t } = useTranslation();
  const { areas } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as
    { errors?: Record<string, string>; values?: Record<string, string>; target?: string; confirm?: string } | undefined;
  const errorsFor = (target: string) => (actionData?.target === target ? actionData.errors : undefined);
  const newErrors = useFieldError(errorsFor("new"));
  return (
    <>
      <h1>{t("projects.thematic.title")}</h1>
      <p className="muted">{t("projects.thematic.intro")}</p>
      <ProjectTabs canManageThematicAreas />
      {actionData?.errors && !actionData.target ? <FormErrorSummary errors={actionData.errors} /> : null}
      <ul className="stack plain-list">
        {areas.map((area) => (
          <li key={`${area.id}-${area.version}`} className="card">
            <AreaRow area={area} errors={errorsFor(area.id)} asking={actionData?.confirm === "delete" && actionData.target === area.id} />
          </li>
        ))}
      </ul>
      <h2>{t("projects.thematic.add")}</h2>
      <FormErrorSummary errors={errorsFor("new")} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="create" />
        <Field
          name="name"
          label={t("projects.thematic.name")}
          required
          defaultValue={actionData?.target === "new" ? actionData.values?.name : undefined}
          error={newErrors("name")}
        />
        <Field
          name="nameZh"
          label={t("projects.thematic.nameZh")}
          defaultValue={actionData?.target === "new" ? actionData.values?.nameZh : undefined}
          error={newErrors("nameZh")}
        />
        {OTHER_NAMES.map(([field, lang]) => (
          <Field
            key={field}
            name={field}
            lang={lang}
            dir={lang === "ar" ? "rtl" : undefined}
            label={t(`projects.thematic.${field}`)}
            defaultValue={actionData?.target === "new" ? actionData.values?.[field] : undefined}
            error={newErrors(field)}
          />
        ))}
        <Field
          name="slug"
          label={t("projects.thematic.slug")}
          hint={t("projects.thematic.slugHint")}
          defaultValue={actionData?.target === "new" ? actionData.values?.slug : undefined}
          error={newErrors("slug")}
        />
        <Field
          name="position"
          type="number"
          min={0}
          label={t("projects.thematic.position")}
          defaultValue={(areas.at(-1)?.position ?? 0) + 10}
          error={newErrors("position")}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("projects.thematic.add")}
          </button>
        </div>
      </Form>
    </>
  );
}

type Area = Awaited<ReturnType<typeof loader>>["areas"][number];

/** The names an area has in the other official languages, each field with its language. */
const OTHER_NAMES = [
  ["nameAr", "ar"],
  ["nameFr", "fr"],
  ["nameRu", "ru"],
  ["nameEs", "es"],
] as const;

function AreaRow({ area, errors, asking }: { area: Area; errors?: Record<string, string>; asking: boolean }) {
  const { t } = useTranslation();
  const fieldError = useFieldError(errors);
  const id = (name: string) => `area-${area.id}-${name}`;
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="filters" aria-label={area.name}>
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="id" value={area.id} />
        <input type="hidden" name="version" value={area.version} />
        <Field id={id("name")} name="name" label={t("projects.thematic.name")} defaultValue={area.name} error={fieldError("name")} />
        <Field
          id={id("nameZh")}
          name="nameZh"
          label={t("projects.thematic.nameZh")}
          defaultValue={area.nameZh}
          error={fieldError("nameZh")}
        />
        {OTHER_NAMES.map(([field, lang]) => (
          <Field
            key={field}
            id={id(field)}
            name={field}
            lang={lang}
            dir={lang === "ar" ? "rtl" : undefined}
            label={t(`projects.thematic.${field}`)}
            defaultValue={area[field]}
            error={fieldError(field)}
          />
        ))}
        <Field
          id={id("position")}
          name="position"
          type="number"
          min={0}
          label={t("projects.thematic.position")}
          defaultValue={area.position}
          error={fieldError("position")}
        />
        <CheckboxField id={id("archived")} name="archived" label={t("projects.thematic.archived")} defaultChecked={area.archived} />
        <button type="submit" className="button button--small">
          {t("common.save")}
        </button>
      </Form>
      <p className="small muted">
        <code>{area.slug}</code> · {t("projects.thematic.usage")}:{" "}
        {t("projects.thematic.usageCount", { projects: area.projectCount, activities: area.activityCount })}
      </p>
      {area.projectCount + area.activityCount === 0 ? (
        <ConfirmAction
          intent="delete"
          label={t("common.delete")}
          question={t("projects.thematic.deleteConfirm", { name: area.name })}
          asking={asking}
          fields={{ id: area.id, version: String(area.version) }}
        />
      ) : null}
    </>
  );
}
