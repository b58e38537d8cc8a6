import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { RESOURCE_LANGUAGES } from "~/domain/resources/values";
import { requireUser } from "~/auth/guards.server";
import { canPublishSomewhere } from "~/auth/policy";

import { pillarName, PILLAR_NUMBERS } from "~/pillars";
import { ResourceFilters } from "~/domain/resources/library.server";
import { parseSearchParams } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { Field, Form, SelectField } from "~/ui/form";
import { useOrganizationOptions } from "~/ui/options";
import { Pagination } from "~/ui/pagination";
import { languageName } from "~/ui/resources/labels";
import { ResourceList } from "~/ui/resources/resource-list";
import { resourceListPage } from "~/domain/resources/library.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { ReferenceListsLink, useReferenceLists, withReferenceLists } from "~/ui/reference-lists";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "resources.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, ResourceFilters);
  const { result, reference } = await resourceListPage(user, filters, await requestLanguage(args.request, user.locale));
  const canPublish = canPublishSomewhere(user);
  return { ...result, filters, reference, canPublish };
}

// The publisher filter's organizations come to the browser apart from the page's data (app/ui/reference-lists.tsx).
export const clientLoader = withReferenceLists;

export default function Resources() {
  const { t, i18n } = useTranslation();
  const { resources, total, page, pageSize, filters, themes, reference, canPublish } = useLoaderData<typeof loader>();
  const orgOptions = useOrganizationOptions(useReferenceLists(reference).organizations);
  return (
    <>
      <h1>{t("resources.title")}</h1>
      <ReferenceListsLink handle={reference} />
      <p className="muted">{t("resources.intro")}</p>
      {canPublish ? (
        <div className="button-row">
          <Link to="/resources/new" className="button">
            {t("resources.publish")}
          </Link>
        </div>
      ) : null}
      <Form method="get" className="filters" role="search">
        <Field name="q" type="search" label={t("resources.search")} defaultValue={filters.q} />
        <SelectField
          name="pillar"
          label={t("resources.pillar")}
          options={PILLAR_NUMBERS.map((p) => ({ value: String(p), label: `${p}. ${pillarName(p, i18n.language)}` }))}
          emptyOption={t("common.all")}
          defaultValue={filters.pillar ? String(filters.pillar) : ""}
        />
        <SelectField
          name="theme"
          label={t("resources.theme")}
          options={themes.map((th) => ({ value: th, label: th }))}
          emptyOption={t("common.all")}
          defaultValue={filters.theme}
        />
        <SelectField
          name="language"
          label={t("resources.language")}
          options={RESOURCE_LANGUAGES.map((l) => ({ value: l, label: languageName(l, i18n.language, t) }))}
          emptyOption={t("common.all")}
          defaultValue={filters.language}
        />
        <SelectField
          name="organization"
          label={t("resources.organization")}
          options={orgOptions}
          emptyOption={t("common.all")}
          defaultValue={filters.organization}
        />
        <SelectField
          name="type"
          label={t("resources.type")}
          options={(["FILE", "LINK"] as const).map((k) => ({ value: k, label: t(`resources.types.${k}`) }))}
          emptyOption={t("common.all")}
          defaultValue={filters.type}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/resources">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      <p className="muted small" aria-live="polite">
        {t("common.resultCount", { count: total })}
      </p>
      {resources.length === 0 ? <p>{t("resources.noResults")}</p> : <ResourceList resources={resources} />}
      <Pagination total={total} page={page} pageSize={pageSize} />
    </>
  );
}
