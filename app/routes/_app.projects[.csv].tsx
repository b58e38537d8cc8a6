// /projects.csv: every project of the current selection (the list's filters and sort), one row each.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { tableResponse } from "~/downloads.server";
import { ProjectFilters } from "~/domain/projects/filter-values";
import { projectsCsv } from "~/domain/projects/exports.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, ProjectFilters);
  const language = await requestLanguage(args.request, user.locale);
  return tableResponse(args.request, await projectsCsv(user, filters, language), language);
}
