// The group's work plan in priority order, as a CSV file (headers in the reader's language).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, stringParam } from "~/auth/guards.server";
import { planCsvFile } from "~/domain/groups/plan.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { fileResponse } from "~/downloads.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const language = await requestLanguage(args.request, user.locale);
  const file = await planCsvFile(user, stringParam(args.params, "slug"), language);
  return fileResponse(file.body, { contentType: "text/csv; charset=utf-8", fileName: file.fileName });
}
