import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { pillarName } from "~/pillars";
import { listGroups } from "~/domain/groups/spaces.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { titleFor } from "~/i18n/meta";
import { useFormat } from "~/ui/format";
import { GroupLeads } from "~/ui/groups/leads";
import { groupName } from "~/names";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "groups.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return { groups: await listGroups(user, await requestLanguage(args.request, user.locale)) };
}

export default function Groups() {
  const { t, i18n } = useTranslation();
  const { groups } = useLoaderData<typeof loader>();
  const format = useFormat();
  const pillars = [...new Set(groups.map((g) => g.pillar))].sort();
  return (
    <>
      <h1>{t("groups.title")}</h1>
      <p className="muted">{t("groups.intro")}</p>
      {pillars.map((pillar) => (
        <section key={pillar} aria-labelledby={`pillar-${pillar}`}>
          <h2 id={`pillar-${pillar}`}>
            {t("groups.pillar", { number: pillar })}: {pillarName(pillar, i18n.language)}
          </h2>
          <ul className="card-list">
            {groups
              .filter((g) => g.pillar === pillar)
              .map((g) => (
                <li key={g.id} className="card">
                  <h3>
                    <Link to={`/groups/${g.slug}`}>
                      {g.number}. {groupName(g, i18n.language)}
                    </Link>
                  </h3>
                  <GroupLeads leads={g.leads} />
                  <p className="small muted">
                    {t("groups.members", { count: g.memberCount, formattedCount: format.number(g.memberCount) })} ·{" "}
                    {g.myRole ? (
                      <strong>{t("groups.youAreMember", { role: t(`enums.groupRole.${g.myRole}`) })}</strong>
                    ) : (
                      t("groups.notMember")
                    )}
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
