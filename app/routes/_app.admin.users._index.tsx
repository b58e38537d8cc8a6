import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { UserFilters } from "~/domain/admin/users.server";

import { parseSearchParams } from "~/forms.server";
import { useFormat } from "~/ui/format";
import { Field, Form, SelectField } from "~/ui/form";
import { organizationName } from "~/names";
import { useEnumOptions, useOrganizationOptions } from "~/ui/options";
import { Pagination } from "~/ui/pagination";
import { userListPage } from "~/domain/admin/users.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, UserFilters);
  const { result, organizations } = await userListPage(user, filters);
  return { ...result, filters, organizations };
}

export default function AdminUsers() {
  const { t, i18n } = useTranslation();
  const { users, total, page, pageSize, filters, organizations } = useLoaderData<typeof loader>();
  const format = useFormat();
  const roleOptions = useEnumOptions("role");
  const statusOptions = useEnumOptions("status");
  const orgOptions = useOrganizationOptions(organizations);
  return (
    <>
      <div className="button-row">
        <Link to="/admin/users/new" className="button">
          {t("admin.inviteUser")}
        </Link>
      </div>
      <Form method="get" className="filters" role="search">
        <Field name="q" type="search" label={t("admin.searchUsers")} defaultValue={filters.q} />
        <SelectField
          name="organization"
          label={t("admin.organization")}
          options={orgOptions}
          emptyOption={t("common.all")}
          defaultValue={filters.organization}
        />
        <SelectField name="role" label={t("admin.role")} options={roleOptions} emptyOption={t("common.all")} defaultValue={filters.role} />
        <SelectField
          name="status"
          label={t("admin.status")}
          options={statusOptions}
          emptyOption={t("common.all")}
          defaultValue={filters.status}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/admin/users">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      {users.length === 0 ? (
        <p>{t("admin.noUsers")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("admin.email")}</th>
                <th scope="col">{t("admin.organization")}</th>
                <th scope="col">{t("admin.role")}</th>
                <th scope="col">{t("admin.status")}</th>
                <th scope="col">{t("admin.lastSignIn")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link to={`/admin/users/${u.id}`}>{u.name}</Link>
                  </td>
                  <td>{u.email}</td>
                  <td>{organizationName(u.organization, i18n.language)}</td>
                  <td>{t(`enums.role.${u.role}`)}</td>
                  <td>
                    <span className={`badge badge--${u.status}`}>{t(`enums.status.${u.status}`)}</span>
                  </td>
                  <td>{u.lastSignInAt ? format.dateTime(u.lastSignInAt) : t("common.never")}</td>
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
