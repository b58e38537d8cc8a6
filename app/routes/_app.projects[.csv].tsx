// /projects.csv: every project of the current selection (the list's filters and sort), one row each.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/guards.server";
import { csvResponse } from "~/downloads.server";
import { ProjectFilters } from "~/domain/projects/filter-values";
import { exportProjects } from "~/domain/projects/list.server";
import { workReference } from "~/domain/projects/reference-lists.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage, translator } from "~/i18n/i18n.server";
import { workLabels } from "~/ui/projects/work-labels";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, ProjectFilters);
  const language = await requestLanguage(args.request, user.locale);
  const [rows, reference, t] = await Promise.all([exportProjects(user, filters), workReference(), translator(language)]);
  const labels = workLabels(reference, t, language);
  const yesNo = (value: boolean) => String(t(value ? "common.yes" : "common.no"));
  const header = [
    "code",
    "title",
    "lead",
    "partners",
    "pillars",
    "thematicAreas",
    "countries",
    "regions",
    "global",
    "start",
    "end",
    "budget",
    "secured",
    "gap",
    "fundingStatus",
    "inAppeal",
    "workingGroup",
    "status",
  ].map((key) => String(t(`projects.csv.${key}` as never)));
  const records = rows.map((p) => [
    p.code,
    p.title,
    labels.organization(p.leadOrganizationId),
    p.partnerIds.map(labels.organization).join("; "),
    p.pillars.join("; "),
    p.thematicAreas.map(labels.thematic).join("; "),
    p.countries.map(labels.country).join("; "),
    p.regions.map(labels.region).join("; "),
    yesNo(p.isGlobal),
    p.startDate,
    p.endDate,
    p.budgetUsd,
    p.fundsSecuredUsd,
    p.gapUsd,
    String(t(`projects.fundingStatuses.${p.fundingStatus}`)),
    yesNo(p.inCurrentAppeal),
    p.group === null ? "" : labels.group(p.group),
    String(t(`projects.statuses.${p.status}`)),
  ]);
  return csvResponse("projects.csv", header, records);
}
