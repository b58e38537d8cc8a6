import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { AuditFilters, listAuditEvents } from "~/domain/audit.server";
import { parseSearchParams } from "~/forms.server";
import { useFormat } from "~/ui/format";
import { Field, Form, SelectField } from "~/ui/form";
import { Pagination } from "~/ui/pagination";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, AuditFilters);
  return { ...(await listAuditEvents(user, filters)), filters };
}

export default function AuditTrail() {
  const { t } = useTranslation();
  const { events, total, page, pageSize, filters, actions, subjectTypes } = useLoaderData<typeof loader>();
  const format = useFormat();
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t("admin.audit")}</h2>
      <p className="muted">{t("admin.auditIntro")}</p>
      <Form method="get" className="filters" role="search">
        <Field name="q" type="search" label={t("common.search")} defaultValue={filters.q} />
        <SelectField name="action" label={t("admin.action")} options={actions.map((a) => ({ value: a, label: a }))} emptyOption={t("common.all")} defaultValue={filters.action} />
        <SelectField name="subjectType" label={t("admin.subject")} options={subjectTypes.map((s) => ({ value: s, label: s }))} emptyOption={t("common.all")} defaultValue={filters.subjectType} />
        <Field name="from" type="date" label={t("admin.from")} defaultValue={filters.from} />
        <Field name="to" type="date" label={t("admin.to")} defaultValue={filters.to} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/admin/audit">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      {events.length === 0 ? (
        <p>{t("admin.noAuditEvents")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.when")}</th>
                <th scope="col">{t("admin.actor")}</th>
                <th scope="col">{t("admin.action")}</th>
                <th scope="col">{t("admin.subject")}</th>
                <th scope="col">{t("admin.ip")}</th>
                <th scope="col">{t("admin.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>{format.dateTime(e.createdAt)}</td>
                  <td>{e.actor ? `${e.actor.name} (${e.actor.email})` : t("admin.system")}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td className="small">
                    {e.subjectType}
                    {e.subjectId ? <br /> : null}
                    {e.subjectId}
                  </td>
                  <td>{e.ip ?? "—"}</td>
                  <td>
                    {e.before || e.after ? (
                      <details>
                        <summary>{t("admin.changes")}</summary>
                        {e.before ? (
                          <>
                            <strong>{t("admin.before")}</strong>
                            <pre className="json">{JSON.stringify(e.before, null, 2)}</pre>
                          </>
                        ) : null}
                        {e.after ? (
                          <>
                            <strong>{t("admin.after")}</strong>
                            <pre className="json">{JSON.stringify(e.after, null, 2)}</pre>
                          </>
                        ) : null}
                      </details>
                    ) : (
                      "—"
                    )}
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
