// /projects/matrix.csv: the matrix as it is shown (same axes and filters), one line per cell, then the
// row totals, the column totals and the grand total (labelled "Total"), with counts and whole dollars.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { tableResponse } from "~/downloads.server";
import { MatrixQuery } from "~/domain/projects/filter-values";
import { matrixCsv } from "~/domain/projects/exports.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, MatrixQuery);
  const language = await requestLanguage(args.request, user.locale);
  return tableResponse(args.request, await matrixCsv(user, query, language), language);
}
