// A page of the audit trail: each event's time, its sentence and its details (action code, record, actor, address,
// the snapshots before and after). Drawn as kept markup (app/ui/kept-markup.tsx): it takes everything from its data
// and the i18n instance, and its links are plain links.
import { useTranslation } from "react-i18next";
import type { AuditSentence } from "~/domain/admin/audit-sentences";
import { formatterFor } from "../format";
import { AuditSentenceText } from "./audit-sentence";

export type AuditTableEvent = {
  id: string;
  createdAt: Date | string;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  actor: { id: string; name: string; email: string } | null;
  sentence: AuditSentence;
};

export function AuditTable({ events, timeZone }: { events: AuditTableEvent[]; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const format = formatterFor(i18n.language, timeZone);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t("admin.when")}</th>
          <th scope="col">{t("admin.auditEvent")}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td className="nowrap">{format.dateTime(e.createdAt)}</td>
            <td>
              <p className="audit-sentence">
                <AuditSentenceText sentence={e.sentence} />
              </p>
              <details className="audit-details">
                <summary>{t("admin.auditDetails")}</summary>
                <dl className="definition-list small">
                  <dt>{t("admin.auditActionCode")}</dt>
                  <dd>
                    <code>{e.action}</code>
                  </dd>
                  <dt>{t("admin.auditSubjectType")}</dt>
                  <dd>
                    <code>{e.subjectType}</code>
                  </dd>
                  {e.subjectId ? (
                    <>
                      <dt>{t("admin.auditSubjectId")}</dt>
                      <dd>
                        <code>{e.subjectId}</code>
                      </dd>
                    </>
                  ) : null}
                  <dt>{t("admin.actor")}</dt>
                  <dd>{e.actor ? `${e.actor.name} (${e.actor.email})` : t("admin.system")}</dd>
                  <dt>{t("admin.ip")}</dt>
                  <dd>{e.ip ?? "—"}</dd>
                  <Snapshot label={t("admin.before")} text={e.before} />
                  <Snapshot label={t("admin.after")} text={e.after} />
                </dl>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A record as it was before or after the event (indented JSON), when the event kept it. */
function Snapshot({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <pre className="json">{text}</pre>
      </dd>
    </>
  );
}
