// Member States with work under way, each linking to its country view.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { canManageThematicAreas } from "~/auth/policy";

import { iso3Field } from "~/domain/projects/work-fields";
import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { Form, SelectField } from "~/ui/form";
import { ProjectTabs } from "~/ui/projects/work-tabs";
import { countriesPage } from "~/domain/projects/countries.server";
import { MapQuery } from "~/domain/projects/map-values";
import { WorldMap } from "~/ui/projects/world-map";
import { requestLanguage } from "~/i18n/i18n.server";
import { KeptDrawing } from "~/ui/kept-markup";
import { drawingFor } from "~/drawn-in-document.server";
import { CountriesTable } from "~/ui/projects/countries-table";
import { useWorkOptions } from "~/ui/projects/use-work";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "projects.countriesView.title");

const Query = MapQuery.extend({ country: iso3Field.optional() });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { country, measure } = parseSearchParams(args.request.url, Query);
  // The picker below submits here without JavaScript; send the reader on to the country they chose.
  if (country) throw redirect(`/projects/countries/${country}`);
  const { map, countries, reference } = await countriesPage(user, measure, await requestLanguage(args.request, user.locale));
  // The map and the table are drawn into a page loaded in full, without their data (app/drawn-in-document.server.ts).
  return {
    map: { measure: map.measure, bounds: map.bounds, drawing: drawingFor(args.context, map) },
    countries: { count: countries.length, drawing: drawingFor(args.context, countries) },
    reference,
    canManageThematicAreas: canManageThematicAreas(user),
  };
}

// The picker's Member States come from the reference lists, kept by the tab apart from the page's data (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function Countries() {
  const { t } = useTranslation();
  const { map, countries, reference: referenceHandle, canManageThematicAreas } = useLoaderData<typeof loader>();
  const options = useWorkOptions(useReferenceLists(referenceHandle));
  return (
    <>
      <h1>{t("projects.countriesView.title")}</h1>
      <ReferenceListsLink handle={referenceHandle} />
      <p className="muted">{t("projects.countriesView.intro")}</p>
      <ProjectTabs canManageThematicAreas={canManageThematicAreas} />
      <Form method="get" className="filters">
        <SelectField name="country" label={t("projects.country")} options={options.countries} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("projects.countriesView.open")}
          </button>
        </div>
      </Form>
      <WorldMap map={map} />
      {countries.count === 0 ? (
        <p>{t("projects.countriesView.none")}</p>
      ) : (
        <KeptDrawing
          name="countries-with-work"
          className="table-wrap"
          drawing={countries.drawing}
          draw={(kept) => <CountriesTable countries={kept} />}
        />
      )}
    </>
  );
}
