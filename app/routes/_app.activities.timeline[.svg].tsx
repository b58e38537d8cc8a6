// /activities/timeline.svg?<filters>&page=: the timeline of a page of the activity list (the filters in force) as a
// file to share, in the reader's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { ActivityFilters, listActivities } from "~/domain/activities/list.server";
import { dayString, todayUtc } from "~/fields";
import { parseSearchParams } from "~/forms.server";
import { pageI18n, requestLanguage } from "~/i18n/i18n.server";
import { activityHref, inTimelineOrder } from "~/ui/activities/activity-timeline";
import { svgFileResponse } from "~/ui/charts/svg-file.server";
import { ActivityTimeline } from "~/ui/charts/timeline";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const language = await requestLanguage(args.request, user.locale);
  const { rows } = await listActivities(user, parseSearchParams(args.request.url, ActivityFilters), language);
  const title = pageI18n(language).t("charts.timelineTitle");
  const chart = (
    <ActivityTimeline title={title} items={inTimelineOrder(rows)} href={activityHref} today={dayString(todayUtc())} standalone />
  );
  return svgFileResponse(chart, language, "activities-timeline.svg");
}
