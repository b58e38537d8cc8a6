// The parts of an organization's page that its own people and the secretariat see: leads and designation ends of
// the current focal points (with the forms that change them), past focal points with their periods, and the
// organization's nominations. The nomination rows are also the secretariat's queue (admin/nominations).
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { Form } from "~/ui/form";
import { useFormat } from "~/ui/format";
import { groupName, organizationName, type LocalizedNames } from "~/names";
import { languageNames, isLanguage } from "~/i18n/config";

const isoDay = (value: string | Date) => (typeof value === "string" ? value : value.toISOString()).slice(0, 10);

type CurrentPerson = {
  id: string;
  name: string;
  title: string | null;
  leadSince: string | Date | null;
  designationEndsOn: string | Date | null;
  canMarkLead: boolean;
  canSetDesignation: boolean;
  canHandOver: boolean;
};
type PastPerson = { id: string; name: string; title: string | null; createdAt: string | Date; leftAt: string | Date | null };

export function LeadsAndDesignations({ organizationId, people }: { organizationId: string; people: CurrentPerson[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="designations-heading">
      <h2 id="designations-heading">{t("nominations.designationsHeading")}</h2>
      <p className="muted">{t("nominations.designationsIntro")}</p>
      {people.length === 0 ? (
        <p className="muted">{t("directory.orgs.noFocalPoints")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("nominations.person")}</th>
                <th scope="col">{t("nominations.lead")}</th>
                <th scope="col">{t("nominations.designationEnds")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <td>
                    <Link to={`/directory/${person.id}`}>{person.name}</Link>
                    {person.title ? <div className="small muted">{person.title}</div> : null}
                  </td>
                  <td>
                    {person.leadSince ? <span className="badge">{t("nominations.leadBadge")}</span> : "—"}
                    {person.canMarkLead ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="lead" />
                        <input type="hidden" name="userId" value={person.id} />
                        <input type="hidden" name="lead" value={person.leadSince ? "no" : "yes"} />
                        <button type="submit" className="button button--quiet button--small">
                          {person.leadSince
                            ? t("nominations.unmarkLead", { name: person.name })
                            : t("nominations.markLead", { name: person.name })}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                  <td>
                    {person.canSetDesignation ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="designation" />
                        <input type="hidden" name="userId" value={person.id} />
                        <label>
                          <span className="visually-hidden">{t("nominations.designationEndsOf", { name: person.name })}</span>
                          <input
                            type="date"
                            name="endsOn"
                            defaultValue={person.designationEndsOn ? isoDay(person.designationEndsOn) : ""}
                          />
                        </label>{" "}
                        <button type="submit" className="button button--quiet button--small">
                          {t("nominations.setEnd")}
                        </button>
                      </Form>
                    ) : person.designationEndsOn ? (
                      format.day(isoDay(person.designationEndsOn))
                    ) : (
                      <span className="muted">{t("nominations.noEnd")}</span>
                    )}
                  </td>
                  <td>
                    {person.canHandOver ? (
                      <Link to={`/organizations/${organizationId}/handover/${person.id}`}>{t("nominations.handOver")}</Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function PastFocalPoints({ people }: { people: PastPerson[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="past-heading">
      <h2 id="past-heading">{t("nominations.pastHeading")}</h2>
      {people.length === 0 ? (
        <p className="muted">{t("nominations.noPast")}</p>
      ) : (
        <ul>
          {people.map((person) => (
            <li key={person.id}>
              <Link to={`/directory/${person.id}`}>{person.name}</Link>
              {person.title ? `, ${person.title}` : ""}{" "}
              <span className="muted">
                ({format.date(person.createdAt)} – {person.leftAt ? format.date(person.leftAt) : ""})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export type NominationRowData = {
  id: string;
  name: string;
  email: string;
  title: string | null;
  locale: string;
  note: string | null;
  status: "PENDING" | "APPROVED" | "DECLINED";
  declineReason: string | null;
  designationEndsOn: string | Date | null;
  createdAt: string | Date;
  decidedAt: string | Date | null;
  organization: LocalizedNames & { id: string; acronym: string | null };
  nominatedBy: { name: string } | null;
  decidedBy: { name: string } | null;
  groups: Array<{ group: { id: string; number: number } & Parameters<typeof groupName>[0] }>;
};

/** One nomination, described: who, for which organization and groups, by whom, and (once decided) the decision. */
export function NominationSummary({ nomination, showOrganization }: { nomination: NominationRowData; showOrganization: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const groups = nomination.groups.map(({ group }) => `${group.number}. ${groupName(group, i18n.language)}`).join("; ");
  return (
    <>
      <strong>{nomination.name}</strong>
      <div className="small">
        <bdi>{nomination.email}</bdi>
      </div>
      {nomination.title ? <div>{nomination.title}</div> : null}
      <dl className="compact-list small">
        {showOrganization ? (
          <>
            <dt>{t("nominations.organization")}</dt>
            <dd>
              <Link to={`/organizations/${nomination.organization.id}`}>{organizationName(nomination.organization, i18n.language)}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t("nominations.language")}</dt>
        <dd>{isLanguage(nomination.locale) ? languageNames[nomination.locale] : nomination.locale}</dd>
        <dt>{t("nominations.groups")}</dt>
        <dd>{groups || "—"}</dd>
        <dt>{t("nominations.designationEnds")}</dt>
        <dd>{nomination.designationEndsOn ? format.day(isoDay(nomination.designationEndsOn)) : t("nominations.noEnd")}</dd>
        <dt>{t("nominations.nominatedBy")}</dt>
        <dd>
          {nomination.nominatedBy?.name ?? "—"}, {format.date(nomination.createdAt)}
        </dd>
        {nomination.note ? (
          <>
            <dt>{t("nominations.note")}</dt>
            <dd>{nomination.note}</dd>
          </>
        ) : null}
        {nomination.status !== "PENDING" ? (
          <>
            <dt>{t("nominations.decision")}</dt>
            <dd>
              {t(`nominations.status.${nomination.status}`)}
              {nomination.decidedBy ? `, ${nomination.decidedBy.name}` : ""}
              {nomination.decidedAt ? `, ${format.date(nomination.decidedAt)}` : ""}
              {nomination.declineReason ? `: ${nomination.declineReason}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

export function OrganizationNominations({
  organizationId,
  nominations,
  canNominate,
}: {
  organizationId: string;
  nominations: { pending: NominationRowData[]; decided: NominationRowData[] };
  canNominate: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="nominations-heading">
      <h2 id="nominations-heading">{t("nominations.heading")}</h2>
      {canNominate ? (
        <p>
          <Link to={`/organizations/${organizationId}/nominate`} className="button">
            {t("nominations.nominate")}
          </Link>
        </p>
      ) : null}
      <h3>{t("nominations.pending")}</h3>
      {nominations.pending.length === 0 ? (
        <p className="muted">{t("nominations.noPending")}</p>
      ) : (
        <ul className="card-list">
          {nominations.pending.map((n) => (
            <li key={n.id}>
              <NominationSummary nomination={n} showOrganization={false} />
            </li>
          ))}
        </ul>
      )}
      {nominations.decided.length > 0 ? (
        <>
          <h3>{t("nominations.recentDecisions")}</h3>
          <ul className="card-list">
            {nominations.decided.map((n) => (
              <li key={n.id}>
                <NominationSummary nomination={n} showOrganization={false} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
