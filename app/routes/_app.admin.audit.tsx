import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { compareLabels } from "~/names";
import { requireUser } from "~/auth/guards.server";
import { AuditFilters, listAuditEvents } from "~/domain/admin/audit-trail.server";
import { parseSearchParams } from "~/forms.server";
import { AuditSentenceText, useAuditLabels } from "~/ui/admin/audit-sentence";
import { useFormat } from "~/ui/format";
import { Field, Form, SelectField } from "~/ui/form";
import { Pagination } from "~/ui/pagination";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, AuditFilters);
  return { ...(await listAuditEvents(user, filters)), filters };
}

export default function AuditTrail() {
  const { t, i18n } = useTranslation();
  const { events, total, more, countCap, page, pageSize, filters, actions, subjectTypes } = useLoaderData<typeof loader>();
  const format = useFormat();
  const { actionLabel, subjectTypeLabel } = useAuditLabels();
  const byLabel = compareLabels(i18n.language);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t("admin.audit")}</h2>
      <p className="muted">{t("admin.auditIntro")}</p>
      <Form method="get" className="filters" role="search">
        <Field name="q" type="search" label={t("common.search")} defaultValue={filters.q} />
        <SelectField
          name="action"
          label={t("admin.action")}
          options={actions.map((a) => ({ value: a, label: actionLabel(a) })).sort(byLabel)}
          emptyOption={t("common.all")}
          defaultValue={filters.action}
        />
        <SelectField
          name="subjectType"
          label={t("admin.subject")}
          options={subjectTypes.map((s) => ({ value: s, label: subjectTypeLabel(s) })).sort(byLabel)}
          emptyOption={t("common.all")}
          defaultValue={filters.subjectType}
        />
        <Field name="from" type="date" label={t("admin.from")} defaultValue={filters.from} />
        <Field name="to" type="date" label={t("admin.to")} defaultValue={filters.to} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/admin/audit">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      {more ? <p className="muted">{t("admin.auditMoreThan", { number: format.number(countCap) })}</p> : null}
      {events.length === 0 ? (
        <p>{t("admin.noAuditEvents")}</p>
      ) : (
        <div className="table-wrap">
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
                        {e.before ? (
                          <>
                            <dt>{t("admin.before")}</dt>
                            <dd>
                              <pre className="json">{e.before}</pre>
                            </dd>
                          </>
                        ) : null}
                        {e.after ? (
                          <>
                            <dt>{t("admin.after")}</dt>
                            <dd>
                              <pre className="json">{e.after}</pre>
                            </dd>
                          </>
                        ) : null}
                      </dl>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination total={total} page={page} pageSize={pageSize} />
    </section>
  );
}
