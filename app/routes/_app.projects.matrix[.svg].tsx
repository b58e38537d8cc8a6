// /projects/matrix.svg: the summary matrix as a heatmap picture to share (same axes, filters and shading as the
// page), in the reader's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { MatrixQuery } from "~/domain/projects/filter-values";
import { projectMatrix } from "~/domain/projects/matrix.server";
import { workReference } from "~/domain/projects/reference-lists.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { svgFileResponse } from "~/ui/charts/svg-file.server";
import { MatrixHeatmapSvg } from "~/ui/projects/matrix-heatmap";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, MatrixQuery);
  const language = await requestLanguage(args.request, user.locale);
  const [matrix, reference] = await Promise.all([projectMatrix(user, query), workReference(language)]);
  return svgFileResponse(
    <MatrixHeatmapSvg matrix={matrix} reference={reference} shade={query.shade} />,
    language,
    `projects-matrix-${matrix.rows}-by-${matrix.cols}.svg`,
  );
}
