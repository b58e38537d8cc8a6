// One activity and its timeline of dated updates; the lead organization's focal points and the
// secretariat add entries (optionally moving the activity to a new status).
import { WorkContact } from "~/ui/directory/work-contact";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";

import { requestLanguage } from "~/i18n/i18n.server";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { addActivityUpdate, ActivityUpdateInput, ensureActivityEditor, getActivity } from "~/domain/activities/records.server";
import { pillarName } from "~/pillars";
import { dayString } from "~/fields";
import { invalid, parseForm } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { Field, Form, FormErrorSummary, SelectField, TextAreaField, useFieldError } from "~/ui/form";
import { renderMarkdown } from "~/markdown.server";
import { Markdown } from "~/ui/markdown";
import { groupName, organizationFullName, organizationName, localName } from "~/names";
import { WORK_STATUSES } from "~/ui/projects/use-work";
import { BackArrow } from "~/ui/direction";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? [{ title: `${data.activity.title} · ${titleFor(matches, "activities.title")[0].title}` }] : titleFor(matches, "activities.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const activity = await getActivity(user, id, await requestLanguage(args.request, user.locale));
  return {
    activity,
    descriptionHtml: renderMarkdown(activity.description),
    updates: activity.updates.map((u) => ({ ...u, html: renderMarkdown(u.body) })),
    today: dayString(new Date()),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  await ensureActivityEditor(user, id);
  const form = await parseForm(args.request, ActivityUpdateInput);
  if (!form.ok) return invalid(form);
  await addActivityUpdate(user, id, form.data);
  return redirect(`/activities/${id}`, { headers: { "Set-Cookie": await setFlash({ key: "activities.updateAdded" }) } });
}

export default function ActivityPage() {
  const { t, i18n } = useTranslation();
  const { activity: a, descriptionHtml, updates, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const fieldError = useFieldError(actionData?.errors);
  const format = useFormat();
  const statusOptions = WORK_STATUSES.map((s) => ({ value: s, label: t(`projects.statuses.${s}`) }));
  return (
    <>
      <p>
        <Link to="/activities">
          <BackArrow /> {t("activities.title")}
        </Link>
      </p>
      <p className="small muted">{t(`activities.kinds.${a.kind}`)}</p>
      <h1>{a.title}</h1>
      <p>
        <span className={`badge badge--${a.status}`}>{t(`projects.statuses.${a.status}`)}</span>{" "}
        {a.overdue ? (
          <span className="badge badge--overdue" title={t("activities.overdueHint")}>
            {t("activities.overdue")}
          </span>
        ) : null}
      </p>
      {a.canEdit ? (
        <div className="button-row">
          <Link to={`/activities/${a.id}/edit`} className="button">
            {t("common.edit")}
          </Link>
        </div>
      ) : null}
      <Markdown html={descriptionHtml} className="card" />
      <dl className="definition-list card">
        <dt>{t("activities.lead")}</dt>
        <dd>{organizationFullName(a.leadOrganization, i18n.language)}</dd>
        <WorkContact contact={a.contact} />
        <dt>{t("activities.partners")}</dt>
        <dd>
          {a.partners.length ? a.partners.map((p) => organizationName(p.organization, i18n.language)).join(", ") : t("projects.none")}
        </dd>
        <dt>{t("activities.dates")}</dt>
        <dd>
          {format.day(a.startDate)}
          {a.endDate !== a.startDate ? ` – ${format.day(a.endDate)}` : ""}
        </dd>
        <dt>{t("activities.where")}</dt>
        <dd>
          {a.countries.length === 0 ? (
            t("activities.global")
          ) : (
            <ul className="plain-list inline-list">
              {a.countries.map((c) => (
                <li key={c.country.id}>
                  <Link to={`/projects/countries/${c.country.iso3}`}>{localName(c.country, i18n.language)}</Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t("activities.pillar")}</dt>
        <dd>
          {t("projects.pillarNumber", { number: a.pillar })}: {pillarName(a.pillar, i18n.language)}
        </dd>
        <dt>{t("activities.thematicArea")}</dt>
        <dd>{a.thematicArea ? localName(a.thematicArea, i18n.language) : t("projects.none")}</dd>
        <dt>{t("activities.project")}</dt>
        <dd>{a.project ? <Link to={`/projects/${a.project.id}`}>{`${a.project.code} · ${a.project.title}`}</Link> : t("projects.none")}</dd>
        <dt>{t("activities.workingGroup")}</dt>
        <dd>{a.workingGroup ? `${a.workingGroup.number}. ${groupName(a.workingGroup, i18n.language)}` : t("projects.none")}</dd>
        <dt>{t("activities.participants")}</dt>
        <dd>
          {a.participants === null ? "—" : format.number(a.participants)}
          {a.womenSharePercent !== null ? (
            <span className="muted"> ({t("activities.womenShareValue", { percent: a.womenSharePercent })})</span>
          ) : null}
        </dd>
      </dl>
      <h2>{t("activities.timeline")}</h2>
      {updates.length === 0 ? (
        <p>{t("activities.noUpdates")}</p>
      ) : (
        <ol className="timeline">
          {updates.map((u) => (
            <li key={u.id}>
              <p className="small muted">
                <time dateTime={u.occurredOn}>{format.day(u.occurredOn)}</time>
                {u.author ? ` · ${t("activities.by", { name: u.author.name })}` : ""}
                {u.newStatus ? ` · ${t("activities.statusChangedTo", { status: t(`projects.statuses.${u.newStatus}`) })}` : ""}
              </p>
              <Markdown html={u.html} />
            </li>
          ))}
        </ol>
      )}
      {a.canEdit ? (
        <section aria-labelledby="add-update">
          <h3 id="add-update">{t("activities.addUpdate")}</h3>
          <FormErrorSummary errors={actionData?.errors} />
          <Form method="post" className="form" noValidate>
            <Field
              name="occurredOn"
              type="date"
              label={t("activities.occurredOn")}
              required
              defaultValue={actionData?.values?.occurredOn ?? today}
              error={fieldError("occurredOn")}
            />
            <TextAreaField
              name="body"
              label={t("activities.updateBody")}
              hint={t("projects.markdownHint")}
              required
              defaultValue={actionData?.values?.body}
              error={fieldError("body")}
            />
            <SelectField
              name="newStatus"
              label={t("activities.newStatus")}
              options={statusOptions}
              emptyOption={t("activities.keepStatus")}
              defaultValue={actionData?.values?.newStatus}
              error={fieldError("newStatus")}
            />
            <div className="button-row">
              <button type="submit" className="button">
                {t("activities.addUpdate")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
