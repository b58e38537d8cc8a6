import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { titleFor } from "~/i18n/meta";
import { requireUser } from "~/auth/guards.server";
import { canAdminister } from "~/auth/policy";
import { homeSummary } from "~/domain/home.server";
import { groupName } from "~/ui/names";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "nav.home");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const summary = await homeSummary(user);
  return { name: user.name, memberships: summary.memberships, canAdminister: canAdminister(user, "users.read") };
}

export default function Home() {
  const { t, i18n } = useTranslation();
  const { name, memberships, canAdminister } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home.greeting", { name })}</h1>
      <p className="muted">{t("home.intro")}</p>
      <h2>{t("home.yourGroups")}</h2>
      {memberships.length === 0 ? (
        <p>{t("home.noGroups")}</p>
      ) : (
        <ul className="grid" aria-label={t("home.yourGroups")}>
          {memberships.map((m) => (
            <li key={m.group.id} className="card">
              <strong>
                {m.group.number}. {groupName(m.group, i18n.language)}
              </strong>
              <p className="small muted">{t("home.groupRole", { role: t(`enums.groupRole.${m.role}`) })}</p>
            </li>
          ))}
        </ul>
      )}
      {canAdminister ? (
        <p>
          <Link to="/admin" className="button button--quiet">
            {t("home.adminShortcut")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
