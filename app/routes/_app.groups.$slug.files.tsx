import { groupSummaryOf } from "~/domain/groups/spaces.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser, stringParam } from "~/auth/guards.server";

import { groupFiles } from "~/domain/groups/overview.server";
import { ResourceFilters } from "~/domain/resources/library.server";
import { parseSearchParams } from "~/forms.server";
import { Pagination } from "~/ui/pagination";
import { ResourceList } from "~/ui/resources/resource-list";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, ResourceFilters);
  return groupFiles(user, await groupSummaryOf(args, user, stringParam(args.params, "slug")), filters);
}

export default function GroupFiles() {
  const { t } = useTranslation();
  const { resources, total, page, pageSize, groupId, canPublish } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">{t("groups.files")}</h2>
      {canPublish ? (
        <div className="button-row">
          <Link to={`/resources/new?group=${groupId}`} className="button">
            {t("groups.uploadFile")}
          </Link>
        </div>
      ) : null}
      {resources.length === 0 ? <p>{t("groups.noFiles")}</p> : <ResourceList resources={resources} />}
      <Pagination total={total} page={page} pageSize={pageSize} />
    </section>
  );
}
