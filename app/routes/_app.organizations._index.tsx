import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { listDirectoryOrganizations, OrganizationListQuery } from "~/domain/directory/organizations.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { titleFor } from "~/i18n/meta";
import { DirectoryTabs } from "~/ui/directory/people";
import { Field, Form, SelectField } from "~/ui/form";
import { useFormat } from "~/ui/format";
import { organizationFullName } from "~/names";
import { useEnumOptions } from "~/ui/options";
import { Pagination } from "~/ui/pagination";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "directory.orgs.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, OrganizationListQuery);
  return { ...(await listDirectoryOrganizations(user, query, await requestLanguage(args.request, user.locale))), query };
}

const SUMMARY_KEY = {
  MEMBER_STATE: "directory.orgs.summaryStates",
  COMPACT_ENTITY: "directory.orgs.summaryEntities",
  COMPACT_OBSERVER: "directory.orgs.summaryObservers",
} as const;

export default function Organizations() {
  const { t, i18n } = useTranslation();
  const { summary, organizations, total, page, pageSize, query } = useLoaderData<typeof loader>();
  const format = useFormat();
  const kindOptions = useEnumOptions("orgKind");
  const regionOptions = useEnumOptions("region");
  // A heading wherever the section changes: Member States by region, then members, then observers.
  const sectionOf = (o: (typeof organizations)[number]) =>
    o.kind === "MEMBER_STATE"
      ? t("directory.orgs.statesIn", { region: o.region ? t(`enums.region.${o.region}`) : "—" })
      : t(o.kind === "COMPACT_ENTITY" ? "directory.orgs.compactMembers" : "directory.orgs.compactObservers");
  return (
    <>
      <h1>{t("directory.orgs.title")}</h1>
      <p className="muted">{t("directory.orgs.intro")}</p>
      <DirectoryTabs />
      <ul className="summary-list">
        {summary.map((s) => (
          <li key={s.kind} className="card">
            {t(SUMMARY_KEY[s.kind], { nominated: format.number(s.nominated), total: format.number(s.total) })}
          </li>
        ))}
      </ul>
      <Form method="get" className="filters" role="search" aria-label={t("directory.orgs.title")}>
        <Field name="q" type="search" label={t("directory.orgs.searchLabel")} defaultValue={query.q} />
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
          name="nominated"
          label={t("directory.orgs.nominated")}
          options={[
            { value: "yes", label: t("directory.orgs.withFocalPoints") },
            { value: "no", label: t("directory.orgs.withoutFocalPoints") },
          ]}
          emptyOption={t("common.all")}
          defaultValue={query.nominated}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/organizations">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      {organizations.length === 0 ? (
        <p>{t("directory.orgs.noOrganizations")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("directory.organization")}</th>
                <th scope="col" className="numeric">
                  {t("directory.orgs.focalPoints")}
                </th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((o, index) => {
                const section = sectionOf(o);
                const newSection = index === 0 || sectionOf(organizations[index - 1]) !== section;
                return (
                  <Fragment key={o.id}>
                    {newSection ? (
                      <tr className="table-section">
                        <th scope="colgroup" colSpan={2}>
                          {section}
                        </th>
                      </tr>
                    ) : null}
                    <tr>
                      <td>
                        <Link to={`/organizations/${o.id}`}>{organizationFullName(o, i18n.language)}</Link>
                        {o.acronym ? <span className="muted"> ({o.acronym})</span> : null}
                      </td>
                      <td className="numeric">{o.focalPoints > 0 ? format.number(o.focalPoints) : <span className="muted">—</span>}</td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination total={total} page={page} pageSize={pageSize} />
    </>
  );
}
