// The group's work plan in priority order, as a CSV file (headers in the reader's language).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, stringParam } from "~/auth/guards.server";
import { requireGroupSpace } from "~/domain/groups/spaces.server";
import { planCsv } from "~/domain/groups/plan.server";
import { requestLanguage, translator } from "~/i18n/i18n.server";
import { organizationName } from "~/names";
import { fileResponse } from "~/downloads.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const group = await requireGroupSpace(user, stringParam(args.params, "slug"));
  const language = await requestLanguage(args.request, user.locale);
  const t = await translator(language);
  const csv = await planCsv(
    user,
    group.id,
    (key) => String(t(key as never)),
    (o) => organizationName(o, language),
  );
  return fileResponse(csv, { contentType: "text/csv; charset=utf-8", fileName: `work-plan-group-${group.number}.csv` });
}
