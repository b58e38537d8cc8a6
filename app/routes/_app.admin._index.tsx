// The administration area's first page: what each part is for, as far as the reader may use it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useRouteLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { ensure, requireUser } from "~/auth/guards.server";
import { canAdminister } from "~/auth/policy";
import type { loader as adminLoader } from "./_app.admin";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  ensure(canAdminister(user, "users.read") || canAdminister(user, "audit.read"), "403");
  return null;
}

const SECTIONS = ["users", "invitations", "organizations", "audit"] as const;

export default function AdminIndex() {
  const { t } = useTranslation();
  const tabs = useRouteLoaderData<typeof adminLoader>("routes/_app.admin")?.tabs;
  return (
    <section aria-labelledby="admin-overview" className="stack">
      <h2 id="admin-overview" className="visually-hidden">
        {t("admin.title")}
      </h2>
      <p className="muted">{t("admin.overviewIntro")}</p>
      <ul className="grid">
        {SECTIONS.filter((s) => tabs?.[s]).map((section) => (
          <li key={section} className="card">
            <Link to={`/admin/${section}`}>
              <strong>{t(`admin.${section}`)}</strong>
            </Link>
            <p className="small muted">{t(`admin.overview.${section}`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
