import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { compareLabels } from "~/names";
import { requireUser } from "~/auth/guards.server";
import { AuditFilters, listAuditEvents } from "~/domain/admin/audit-trail.server";
import { drawingFor } from "~/drawn-in-document.server";
import { parseSearchParams } from "~/forms.server";
import { AuditTable } from "~/ui/admin/audit-table";
import { useAuditLabels } from "~/ui/admin/audit-sentence";
import { useFormat } from "~/ui/format";
import { Field, Form, SelectField } from "~/ui/form";
import { KeptDrawing } from "~/ui/kept-markup";
import { Pagination } from "~/ui/pagination";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const filters = parseSearchParams(args.request.url, AuditFilters);
  const { events, ...trail } = await listAuditEvents(user, filters);
  // The page's events are drawn into a page loaded in full without their data (app/drawn-in-document.server.ts), and
  // kept as markup for each (events, language, zone): their sentences and snapshots were most of the page's data.
  return {
    ...trail,
    filters,
    shown: events.length,
    table: drawingFor(args.context, { events, timeZone: user.timeZone }),
  };
}

export default function AuditTrail() {
  const { t, i18n } = useTranslation();
  const { table, shown, total, more, countCap, page, pageSize, filters, actions, subjectTypes } = useLoaderData<typeof loader>();
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
      {shown === 0 ? (
        <p>{t("admin.noAuditEvents")}</p>
      ) : (
        <KeptDrawing name="audit-trail" className="table-wrap" drawing={table} draw={(kept) => <AuditTable {...kept} />} />
      )}
      <Pagination total={total} page={page} pageSize={pageSize} />
    </section>
  );
}
