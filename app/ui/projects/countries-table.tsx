// The Member States with work under way, each a link to its country view, with its region and counts. Drawn from the
// list and the reader's language only, so the page keeps its markup (app/ui/kept-markup.tsx): plain links, which the
// kept markup's frame follows in the page.
import { useTranslation } from "react-i18next";
import { formatterFor } from "~/ui/format";
import { localName, type LocalizedNames } from "~/names";

type CountryWithWork = LocalizedNames & { iso3: string; region: string | null; projects: number; activities: number };

export function CountriesTable({ countries }: { countries: CountryWithWork[] }) {
  const { t, i18n } = useTranslation();
  // Counts only (no dates): the reader's language is enough.
  const format = formatterFor(i18n.language, "UTC");
  return (
    <table className="countries-table">
      <thead>
        <tr>
          <th scope="col">{t("projects.country")}</th>
          <th scope="col">{t("projects.region")}</th>
          <th scope="col">{t("projects.countriesView.projects")}</th>
          <th scope="col">{t("projects.countriesView.activities")}</th>
        </tr>
      </thead>
      <tbody>
        {countries.map((c) => (
          <tr key={c.iso3}>
            <td>
              <a href={`/projects/countries/${c.iso3}`}>{localName(c, i18n.language)}</a>
            </td>
            <td>{c.region ? t(`enums.region.${c.region}` as never) : "—"}</td>
            <td>{format.number(c.projects)}</td>
            <td>{format.number(c.activities)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
