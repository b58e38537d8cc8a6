import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { canExportDirectory } from "~/auth/policy";

import { DEFAULT_DIRECTORY_PAGE_SIZE, DIRECTORY_PAGE_SIZES, DirectoryQuery } from "~/domain/directory/filters";
import { COMMON_LANGUAGES } from "~/domain/directory/languages";
import { PILLARS, pillarName } from "~/pillars";
import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { DirectoryTabs, PersonList, useLanguageName } from "~/ui/directory/people";
import { CheckboxField, Field, Form, SelectField } from "~/ui/form";
import { useFormat } from "~/ui/format";
import { compareLabels, groupName } from "~/names";
import { useEnumOptions, useOrganizationOptions } from "~/ui/options";
import { pageHref, Pagination } from "~/ui/pagination";
import { directoryPage } from "~/domain/directory/people.server";
import { drawingFor } from "~/drawn-in-document.server";
import { KeptDrawing } from "~/ui/kept-markup";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "directory.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, DirectoryQuery);
  const { result, reference } = await directoryPage(user, query, await requestLanguage(args.request, user.locale));
  const { people, ...counts } = result;
  // The page's people are drawn into a page loaded in full without their data (app/drawn-in-document.server.ts), and
  // kept as markup for each (people, language).
  return {
    ...counts,
    shown: people.length,
    list: drawingFor(args.context, { people }),
    query,
    reference,
    canExport: canExportDirectory(user),
  };
}

// The filters' organizations and groups come to the browser apart from the page's data (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function Directory() {
  const { t, i18n } = useTranslation();
  const { shown, list, total, page, pageSize, query, reference, canExport } = useLoaderData<typeof loader>();
  const { organizations, groups } = useReferenceLists(reference);
  const location = useLocation();
  const format = useFormat();
  const languageName = useLanguageName();
  const kindOptions = useEnumOptions("orgKind");
  const regionOptions = useEnumOptions("region");
  const organizationOptions = useOrganizationOptions(organizations);
  const groupOptions = groups.map((g) => ({ value: g.slug, label: `${g.number}. ${groupName(g, i18n.language)}` }));
  const languages = [...new Set([...COMMON_LANGUAGES, ...(query.language ? [query.language] : [])])];
  const languageOptions = languages.map((code) => ({ value: code, label: languageName(code) })).sort(compareLabels(i18n.language));
  const interestOptions = PILLARS.map((p) => ({ value: String(p.number), label: pillarName(p.number, i18n.language) }));
  const exportQuery = location.search;
  const activeFilters = [
    query.kind,
    query.region,
    query.organization,
    query.group,
    query.language,
    query.interest,
    query.chairs || undefined,
  ].filter((v) => v !== undefined).length;
  return (
    <>
      <h1>{t("directory.title")}</h1>
      <ReferenceListsLink handle={reference} />
      <p className="muted">{t("directory.intro")}</p>
      <DirectoryTabs />
      <Form method="get" className="filters" role="search" aria-label={t("directory.title")}>
        <div className="filters__search">
          <Field name="q" type="search" label={t("directory.searchLabel")} hint={t("directory.searchHint")} defaultValue={query.q} />
        </div>
        <details className="filters__more" open={activeFilters > 0 || query.sort !== "name" || query.size !== DEFAULT_DIRECTORY_PAGE_SIZE}>
          <summary>{activeFilters > 0 ? t("directory.filtersActive", { count: activeFilters }) : t("directory.filters")}</summary>
          <div className="filters__fields">
            <SelectField
              name="kind"
              label={t("directory.kind")}
              options={kindOptions}
              emptyOption={t("common.all")}
              defaultValue={query.kind}
            />
            <SelectField
              name="region"
              label={t("directory.region")}
              options={regionOptions}
              emptyOption={t("common.all")}
              defaultValue={query.region}
            />
            <SelectField
              name="organization"
              label={t("directory.organization")}
              options={organizationOptions}
              emptyOption={t("common.all")}
              defaultValue={query.organization}
            />
            <SelectField
              name="group"
              label={t("directory.group")}
              options={groupOptions}
              emptyOption={t("common.all")}
              defaultValue={query.group}
            />
            <SelectField
              name="language"
              label={t("directory.language")}
              options={languageOptions}
              emptyOption={t("common.all")}
              defaultValue={query.language}
            />
            <SelectField
              name="interest"
              label={t("directory.interest")}
              options={interestOptions}
              emptyOption={t("common.all")}
              defaultValue={query.interest ? String(query.interest) : undefined}
            />
            <SelectField
              name="sort"
              label={t("directory.sort")}
              options={[
                { value: "name", label: t("directory.sortName") },
                { value: "organization", label: t("directory.sortOrganization") },
              ]}
              defaultValue={query.sort}
            />
            <SelectField
              name="size"
              label={t("directory.pageSize")}
              options={DIRECTORY_PAGE_SIZES.map((n) => ({ value: String(n), label: format.number(n) }))}
              defaultValue={String(query.size)}
            />
            <CheckboxField name="chairs" value="1" label={t("directory.chairsOnly")} defaultChecked={query.chairs} />
          </div>
        </details>
        <div className="button-row">
          <button type="submit" className="button">
            {t("directory.search")}
          </button>
          <Link to="/directory">{t("common.clearFilters")}</Link>
        </div>
      </Form>

      <h2 id="results-heading" aria-live="polite">
        {t("directory.resultCount", { count: total, formatted: format.number(total) })}
      </h2>
      {total === 0 ? (
        <p>{t("directory.noResults")}</p>
      ) : shown === 0 ? (
        <p>
          {t("directory.pageEmpty")} <Link to={pageHref(location.search, location.pathname, 1)}>{t("directory.firstPage")}</Link>
        </p>
      ) : (
        <KeptDrawing name="directory" drawing={list} draw={(kept) => <PersonList {...kept} label={t("directory.results")} />} />
      )}
      <Pagination total={total} page={page} pageSize={pageSize} />

      {canExport && total > 0 ? (
        <section aria-labelledby="export-heading" className="card">
          <h2 id="export-heading">{t("directory.exportHeading")}</h2>
          <p className="small muted">{t("directory.exportHint", { count: total })}</p>
          <div className="button-row">
            <a className="button button--quiet" href={`/directory/export.csv${exportQuery}`} download>
              {t("directory.exportCsv")}
            </a>
            <a className="button button--quiet" href={`/directory/export.vcf${exportQuery}`} download>
              {t("directory.exportVcf")}
            </a>
          </div>
        </section>
      ) : null}
    </>
  );
}
