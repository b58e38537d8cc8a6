// Administration area: ADMIN manages users, organizations and invitations; SECRETARIAT reads the audit trail.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { titleFor } from "~/i18n/meta";
import { ensure, requireUser } from "~/auth/guards.server";
import { canAdminister, canDecideNominations } from "~/auth/policy";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "admin.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const tabs = {
    users: canAdminister(user, "users.read"),
    organizations: canAdminister(user, "organizations.read"),
    invitations: canAdminister(user, "invitations.read"),
    nominations: canDecideNominations(user),
    audit: canAdminister(user, "audit.read"),
  };
  ensure(Object.values(tabs).some(Boolean), "403");
  return { tabs };
}

export default function AdminLayout() {
  const { t } = useTranslation();
  const { tabs } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <nav aria-label={t("admin.title")}>
        <ul className="tabs">
          {tabs.users ? (
            <li>
              <NavLink to="/admin/users">{t("admin.users")}</NavLink>
            </li>
          ) : null}
          {tabs.organizations ? (
            <li>
              <NavLink to="/admin/organizations">{t("admin.organizations")}</NavLink>
            </li>
          ) : null}
          {tabs.invitations ? (
            <li>
              <NavLink to="/admin/invitations">{t("admin.invitations")}</NavLink>
            </li>
          ) : null}
          {tabs.nominations ? (
            <li>
              <NavLink to="/admin/nominations">{t("nominations.queueTab")}</NavLink>
            </li>
          ) : null}
          {tabs.audit ? (
            <li>
              <NavLink to="/admin/audit">{t("admin.audit")}</NavLink>
            </li>
          ) : null}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
