import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { listOrganizationsForAdmin, OrganizationFilters } from "~/domain/admin/organizations.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { useFormat } from "~/ui/format";
import { Field, Form, SelectField } from "~/ui/form";
import { organizationFullName } from "~/names";
import { useEnumOptions } from "~/ui/options";
import { Pagination } from "~/ui/pagination";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, OrganizationFilters);
  return { ...(await listOrganizationsForAdmin(user, filters, await requestLanguage(args.request, user.locale))), filters };
}

export default function AdminOrganizations() {
  const { t, i18n } = useTranslation();
  const { organizations, total, page, pageSize, filters } = useLoaderData<typeof loader>();
  const format = useFormat();
  const kindOptions = useEnumOptions("orgKind");
  const regionOptions = useEnumOptions("region");
  return (
    <>
      <div className="button-row">
        <Link to="/admin/organizations/new" className="button">
          {t("admin.newOrganization")}
        </Link>
      </div>
      <Form method="get" className="filters" role="search">
        <Field name="q" type="search" label={t("common.search")} defaultValue={filters.q} />
        <SelectField name="kind" label={t("admin.kind")} options={kindOptions} emptyOption={t("common.all")} defaultValue={filters.kind} />
        <SelectField
          name="region"
          label={t("admin.region")}
          options={regionOptions}
          emptyOption={t("common.all")}
          defaultValue={filters.region}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/admin/organizations">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      {organizations.length === 0 ? (
        <p>{t("admin.noOrganizations")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("admin.acronymOrIso")}</th>
                <th scope="col">{t("admin.kind")}</th>
                <th scope="col">{t("admin.region")}</th>
                <th scope="col">{t("admin.activeFocalPoints")}</th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/admin/organizations/${o.id}`}>{organizationFullName(o, i18n.language)}</Link>
                    {o.isSecretariat ? <span className="badge">{t("admin.isSecretariat")}</span> : null}{" "}
                    {o.isAssessmentBody ? <span className="badge">{t("admin.isAssessmentBody")}</span> : null}
                  </td>
                  <td>{o.acronym ?? o.iso3 ?? "—"}</td>
                  <td>{t(`enums.orgKind.${o.kind}`)}</td>
                  <td>{o.region ? t(`enums.region.${o.region}`) : "—"}</td>
                  <td>{format.number(o._count.users)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination total={total} page={page} pageSize={pageSize} />
    </>
  );
}
