import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { networkFor } from "~/domain/directory/network.server";
import { pillarName } from "~/pillars";
import { titleFor } from "~/i18n/meta";
import { PersonList, type PersonSummary } from "~/ui/directory/people";
import { requestLanguage } from "~/i18n/i18n.server";
import { useFormat } from "~/ui/format";
import { groupName } from "~/names";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "directory.network.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return networkFor(user, await requestLanguage(args.request, user.locale));
}

function Section({
  id,
  title,
  people,
  empty,
  children,
  detail,
}: {
  id: string;
  title: string;
  people: PersonSummary[];
  empty: React.ReactNode;
  children?: React.ReactNode;
  detail?: (p: PersonSummary) => React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="card network-section">
      <h2 id={id}>{title}</h2>
      {people.length === 0 ? <p className="muted">{empty}</p> : <PersonList people={people} label={title} detail={detail} />}
      {children}
    </section>
  );
}

export default function Network() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const format = useFormat();
  const myGroupIds = new Set(data.myGroups.map((g) => g.id));
  const interests = new Map(data.interestPeers.map((p) => [p.id, p.interests]));
  const joined = new Map(data.recent.map((p) => [p.id, p.createdAt]));
  return (
    <>
      <h1>{t("directory.network.title")}</h1>
      <p className="muted">{t("directory.network.intro")}</p>
      <div className="grid grid--wide">
        <Section
          id="group-peers"
          title={t("directory.network.groupPeers")}
          people={data.groupPeers}
          empty={t("directory.network.noGroupPeers")}
          detail={(p) =>
            t("directory.network.sharedGroups", {
              groups: p.memberships
                .filter((m) => myGroupIds.has(m.group.id))
                .map((m) => m.group.number)
                .join(", "),
            })
          }
        >
          <ul className="plain-list small">
            {data.myGroups.map((g) => (
              <li key={g.id}>
                <Link to={`/directory?group=${g.slug}`}>
                  {t("directory.network.everyoneInGroup", { group: `${g.number}. ${groupName(g, i18n.language)}` })}
                </Link>
              </li>
            ))}
          </ul>
        </Section>

        <Section
          id="interest-peers"
          title={t("directory.network.interestPeers")}
          people={data.interestPeers}
          empty={
            data.myInterests.length === 0 ? (
              <Link to="/profile">{t("directory.network.setInterests")}</Link>
            ) : (
              t("directory.network.noInterestPeers")
            )
          }
          detail={(p) =>
            t("directory.network.sharedInterests", {
              interests: (interests.get(p.id) ?? [])
                .filter((n) => data.myInterests.includes(n))
                .map((n) => pillarName(n, i18n.language))
                .join(", "),
            })
          }
        >
          <ul className="plain-list small">
            {data.myInterests.map((n) => (
              <li key={n}>
                <Link to={`/directory?interest=${n}`}>
                  {t("directory.network.everyoneInterested", { pillar: pillarName(n, i18n.language) })}
                </Link>
              </li>
            ))}
          </ul>
        </Section>

        <Section
          id="recent"
          title={t("directory.network.recent")}
          people={data.recent}
          empty={t("directory.network.noRecent")}
          detail={(p) => {
            const date = joined.get(p.id);
            return date ? t("directory.network.joined", { date: format.date(date) }) : null;
          }}
        >
          <p className="small">
            <Link to="/directory">{t("directory.network.seeAllRecent")}</Link>
          </p>
        </Section>

        <Section
          id="colleagues"
          title={t("directory.network.colleagues")}
          people={data.colleagues}
          empty={t("directory.network.noColleagues")}
        >
          {data.colleagueCount > 0 ? (
            <p className="small">
              <Link to={`/organizations/${data.organizationId}`}>
                {t("directory.network.allColleagues", { count: data.colleagueCount })}
              </Link>
            </p>
          ) : null}
        </Section>
      </div>
    </>
  );
}
