// /projects/:id/timeline.svg: the timeline of a project's activities as a file to share, in the reader's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { getProject } from "~/domain/projects/records.server";
import { dayString, todayUtc } from "~/fields";
import { pageI18n, requestLanguage } from "~/i18n/i18n.server";
import { activityHref, inTimelineOrder } from "~/ui/activities/activity-timeline";
import { svgFileResponse } from "~/ui/charts/svg-file.server";
import { ActivityTimeline } from "~/ui/charts/timeline";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const language = await requestLanguage(args.request, user.locale);
  const project = await getProject(user, uuidParam(args.params, "id"), language);
  const title = `${pageI18n(language).t("charts.timelineTitle")}: ${project.code}`;
  const chart = (
    <ActivityTimeline
      title={title}
      items={inTimelineOrder(project.activities)}
      href={activityHref}
      today={dayString(todayUtc())}
      standalone
    />
  );
  return svgFileResponse(chart, language, `timeline-${project.code}.svg`);
}
