import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useFormat } from "~/ui/format";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";

import { requireUser, uuidParam } from "~/auth/guards.server";
import { getDirectoryEntry } from "~/domain/directory/people.server";
import { pillarName } from "~/pillars";
import { titleFor } from "~/i18n/meta";
import { useLanguageName } from "~/ui/directory/people";
import { groupName, organizationFullName } from "~/names";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  titleFor(matches, data ? "directory.namedTitle" : "directory.title", { name: data?.person.name });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const person = await getDirectoryEntry(user, id);
  return { person, isMe: person.id === user.id };
}

export default function DirectoryPerson() {
  const { t, i18n } = useTranslation();
  const { person, isMe } = useLoaderData<typeof loader>();
  const languageName = useLanguageName();
  const format = useFormat();
  const org = person.organization;
  return (
    <>
      <p>
        <Link to="/directory">{t("directory.backToDirectory")}</Link>
      </p>
      <h1 dir="auto">{person.name}</h1>
      {person.title ? <p className="lead">{person.title}</p> : null}
      {person.leftAt ? (
        <p>
          <span className="badge">{t("nominations.formerFocalPointBadge")}</span>{" "}
          <span className="muted">{t("nominations.formerSince", { date: format.date(person.leftAt) })}</span>
        </p>
      ) : null}
      <p>
        <Link to={`/organizations/${org.id}`}>{organizationFullName(org, i18n.language)}</Link>
        {org.acronym ? ` (${org.acronym})` : null}
        {" · "}
        {t(`enums.orgKind.${org.kind}`)}
      </p>
      <div className="button-row">
        <a className="button" href={`mailto:${person.email}`}>
          {t("directory.sendEmail")}
        </a>
        <a className="button button--quiet" href={`/directory/${person.id}/vcard`} download>
          {t("directory.downloadVcard")}
        </a>
        {isMe ? (
          <Link className="button button--quiet" to="/profile">
            {t("directory.editProfile")}
          </Link>
        ) : null}
      </div>

      <div className="grid grid--wide">
        <section aria-labelledby="contact-heading" className="card">
          <h2 id="contact-heading">{t("directory.contact")}</h2>
          <dl className="definition-list">
            <dt>{t("directory.email")}</dt>
            <dd>
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
            {person.phone ? (
              <>
                <dt>{t("directory.phone")}</dt>
                <dd>
                  <a href={`tel:${person.phone.replace(/[^+0-9]/g, "")}`}>{person.phone}</a>
                </dd>
              </>
            ) : null}
            <dt>{t("directory.timeZone")}</dt>
            <dd>{person.timeZone}</dd>
          </dl>
        </section>

        <section aria-labelledby="about-heading" className="card">
          <h2 id="about-heading">{t("directory.about")}</h2>
          <dl className="definition-list">
            {org.kind === "MEMBER_STATE" ? (
              <>
                <dt>{t("directory.country")}</dt>
                <dd>{organizationFullName(org, i18n.language)}</dd>
              </>
            ) : null}
            {org.region ? (
              <>
                <dt>{t("directory.region")}</dt>
                <dd>{t(`enums.region.${org.region}`)}</dd>
              </>
            ) : null}
            <dt>{t("directory.languages")}</dt>
            <dd>{person.languages.length ? person.languages.map(languageName).join(", ") : t("directory.notGiven")}</dd>
            <dt>{t("directory.interests")}</dt>
            <dd>
              {person.interests.length ? person.interests.map((n) => pillarName(n, i18n.language)).join(", ") : t("directory.notGiven")}
            </dd>
          </dl>
        </section>
      </div>

      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t("directory.workingGroups")}</h2>
        {person.memberships.length === 0 ? (
          <p className="muted">{t("directory.noGroups")}</p>
        ) : (
          <ul className="plain-list">
            {person.memberships.map((m) => (
              <li key={m.group.id}>
                <Link to={`/directory?group=${m.group.slug}`}>
                  {m.group.number}. {groupName(m.group, i18n.language)}
                </Link>{" "}
                <span className="badge">{t(`enums.groupRole.${m.role}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
