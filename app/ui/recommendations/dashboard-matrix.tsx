// The dashboard's matrix: unresolved high-priority recommendations without a response, by region (rows) and thematic
// area (columns), each count a link to its rows in the list. Drawn as kept markup (KeptDrawing): no router, numbers
// formatted for the language alone.
import { useTranslation } from "react-i18next";
import type { LabelReference } from "~/domain/projects/labels";
import { selectionHref, type RecommendationSelection } from "~/domain/recommendations/filters";
import type { DashboardCell } from "~/domain/recommendations/dashboard.server";
import { formatterFor } from "~/ui/format";
import { Link } from "~/ui/link";
import { useWorkLabels } from "~/ui/projects/use-work";

export function DashboardMatrix({
  cells,
  selection,
  reference,
}: {
  cells: DashboardCell[];
  selection: RecommendationSelection;
  reference: LabelReference;
}) {
  const { t, i18n } = useTranslation();
  const labels = useWorkLabels(reference);
  const format = formatterFor(i18n.language, "UTC");
  const regions = labels.orderKeys("region", [...new Set(cells.map((c) => c.region))]);
  const areas = labels.orderKeys("thematic", [...new Set(cells.map((c) => c.thematic))]);
  const count = (region: string, thematic: string) => cells.find((c) => c.region === region && c.thematic === thematic)?.count ?? 0;
  const link = (keys: { region?: string; thematic?: string }) => selectionHref("/recommendations", { ...selection, ...keys });
  return (
    <table className="matrix">
      <thead>
        <tr>
          <th scope="col">{t("recommendations.region")}</th>
          {areas.map((a) => (
            <th scope="col" key={a}>
              {a === "none" ? t("recommendations.noThematic") : labels.thematic(a)}
            </th>
          ))}
          <th scope="col">{t("recommendations.dashboard.regionTotal")}</th>
        </tr>
      </thead>
      <tbody>
        {regions.map((region) => (
          <tr key={region}>
            <th scope="row">{labels.region(region)}</th>
            {areas.map((a) => {
              const n = count(region, a);
              return (
                <td key={a}>{n ? <Link to={link({ region, thematic: a })}>{format.number(n)}</Link> : <span className="muted">0</span>}</td>
              );
            })}
            <td>
              <Link to={link({ region })}>{format.number(areas.reduce((sum, a) => sum + count(region, a), 0))}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
