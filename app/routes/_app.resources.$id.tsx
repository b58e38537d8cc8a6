import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { pillarName } from "~/pillars";
import { deleteResource, getResource } from "~/domain/resources/library.server";
import { askToConfirm, confirmed, readFormData } from "~/forms.server";
import { titleFor, titleFromData } from "~/i18n/meta";
import { ConfirmAction } from "~/ui/confirm";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { groupName, organizationFullName } from "~/names";
import { languageName } from "~/ui/resources/labels";
import { BackArrow } from "~/ui/direction";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? titleFromData(matches, () => data.resource.title) : titleFor(matches, "resources.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return { resource: await getResource(user, uuidParam(args.params, "id")) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const formData = await readFormData(args.request);
  if (formData.get("intent") !== "delete") throw new Response("Bad request", { status: 400 });
  if (!confirmed(formData)) return askToConfirm("delete");
  const { backTo } = await deleteResource(user, id);
  return redirect(backTo, { headers: { "Set-Cookie": await setFlash({ key: "resources.deleted" }) } });
}

export default function ResourcePage() {
  const { t, i18n } = useTranslation();
  const { resource } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const format = useFormat();
  const asking = actionData && "confirm" in actionData ? actionData.confirm : null;
  return (
    <article className="stack" aria-labelledby="resource-title">
      <p className="small">
        <Link to={resource.group ? `/groups/${resource.group.slug}/files` : "/resources"}>
          <BackArrow /> {resource.group ? t("groups.files") : t("resources.title")}
        </Link>
      </p>
      <h1 id="resource-title">{resource.title}</h1>
      <p className="muted">
        {t("resources.publishedBy", {
          organization: organizationFullName(resource.publisher, i18n.language),
          date: format.date(resource.publishedOn),
        })}
      </p>
      {resource.summary ? <p>{resource.summary}</p> : null}
      <dl className="definition-list card">
        <dt>{t("resources.type")}</dt>
        <dd>{t(`resources.types.${resource.kind}`)}</dd>
        <dt>{t("resources.language")}</dt>
        <dd>{languageName(resource.language, i18n.language, t)}</dd>
        {resource.pillars.length ? (
          <>
            <dt>{t("resources.pillars")}</dt>
            <dd>
              {resource.pillars.map((p) => (
                <div key={p}>
                  {p}. {pillarName(p, i18n.language)}
                </div>
              ))}
            </dd>
          </>
        ) : null}
        {resource.tags.length ? (
          <>
            <dt>{t("resources.tags")}</dt>
            <dd>{resource.tags.join(", ")}</dd>
          </>
        ) : null}
        {resource.group ? (
          <>
            <dt>{t("resources.where")}</dt>
            <dd>
              <Link to={`/groups/${resource.group.slug}`}>
                {resource.group.number}. {groupName(resource.group, i18n.language)}
              </Link>{" "}
              ({t("resources.groupOnly")})
            </dd>
          </>
        ) : null}
        {resource.kind === "FILE" && resource.fileName ? (
          <>
            <dt>{t("resources.file")}</dt>
            <dd>
              {resource.fileName}
              {resource.sizeBytes ? ` (${format.fileSize(resource.sizeBytes)})` : ""}
            </dd>
          </>
        ) : null}
        {resource.createdBy ? (
          <>
            <dt>{t("admin.actor")}</dt>
            <dd>{t("resources.addedBy", { name: resource.createdBy.name })}</dd>
          </>
        ) : null}
      </dl>
      <div className="actions-inline">
        {resource.kind === "FILE" ? (
          <a className="button" href={`/resources/${resource.id}/download`}>
            {t("resources.download")}
          </a>
        ) : resource.url ? (
          <a className="button" href={resource.url} rel="noopener noreferrer nofollow" target="_blank">
            {t("resources.open")}
          </a>
        ) : null}
        {resource.canEdit ? (
          <>
            <Link to={`/resources/${resource.id}/edit`} className="button button--quiet">
              {t("resources.edit")}
            </Link>
            <ConfirmAction
              intent="delete"
              label={t("resources.delete")}
              question={t("resources.deleteConfirm", { title: resource.title })}
              asking={asking === "delete"}
            />
          </>
        ) : null}
      </div>
    </article>
  );
}
