// /directory/export.csv and /directory/export.vcf ?<the directory's filters>: the whole filtered result
// as CSV or as one vCard file, for SECRETARIAT and ADMIN (the domain refuses everyone else with 403).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { exportDirectory } from "~/domain/directory/export.server";
import { DirectoryQuery } from "~/domain/directory/filters";
import { VCARD_CONTENT_TYPE } from "~/domain/directory/vcard.server";
import { fileResponse } from "~/downloads.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const url = new URL(args.request.url);
  const format = url.pathname.endsWith(".vcf") ? "vcf" : "csv";
  const query = parseSearchParams(url, DirectoryQuery);
  const language = await requestLanguage(args.request, user.locale);
  const { body } = await exportDirectory(user, query, format, language);
  return fileResponse(body, {
    contentType: format === "csv" ? "text/csv; charset=utf-8" : VCARD_CONTENT_TYPE,
    fileName: `directory-${new Date().toISOString().slice(0, 10)}.${format}`,
  });
}
