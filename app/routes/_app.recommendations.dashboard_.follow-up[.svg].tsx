// /recommendations/dashboard/follow-up.svg?by=region|thematic: the follow-up bars as a file to share (standalone SVG
// with its legend), for the recommendations the reader may see, in the reader's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { followUpBars } from "~/domain/recommendations/dashboard.server";
import { workReference } from "~/domain/projects/reference-lists.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { svgFileResponse } from "~/ui/charts/svg-file.server";
import { FOLLOW_UP_BY, FollowUpBarsSvg } from "~/ui/recommendations/follow-up-chart";

const Query = z.object({ by: z.enum(FOLLOW_UP_BY).catch("region").default("region") });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { by } = parseSearchParams(args.request.url, Query);
  const [followUp, reference, language] = await Promise.all([
    followUpBars(user),
    workReference(),
    requestLanguage(args.request, user.locale),
  ]);
  const counts = by === "region" ? followUp.byRegion : followUp.byThematic;
  return svgFileResponse(<FollowUpBarsSvg by={by} counts={counts} reference={reference} standalone />, language, `follow-up-${by}.svg`);
}
