// /notifications: what concerns the signed-in person, newest first; filter by kind or unread, mark one or all read.
// Each line links to its record and shows only while its recipient may read that record (the domain filters).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { changeNotifications, listNotifications, NotificationsQuery } from "~/domain/notifications/inbox.server";
import { lineKey, NOTIFICATION_KINDS } from "~/domain/notifications/kinds";
import { invalid, parseFormData, parseSearchParams, readFormData } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { groupName } from "~/names";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { CheckboxField, Form, SelectField } from "~/ui/form";
import { Pagination } from "~/ui/pagination";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "notifications.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, NotificationsQuery);
  return { ...(await listNotifications(user, query)), filters: { kind: query.kind ?? "", unread: query.unread } };
}

const Change = z.discriminatedUnion(
  "intent",
  [z.object({ intent: z.literal("read"), id: z.uuid("errors.invalidField") }), z.object({ intent: z.literal("readAll") })],
  "errors.invalidField",
);

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const form = parseFormData(await readFormData(args.request), Change);
  if (!form.ok) return invalid(form);
  await changeNotifications(user, form.data);
  // Back to the same filtered page.
  const here = new URL(args.request.url);
  const to = here.pathname + here.search;
  if (form.data.intent === "readAll")
    return redirect(to, { headers: { "Set-Cookie": await setFlash({ key: "notifications.allMarkedRead" }) } });
  return redirect(to);
}

export default function Notifications() {
  const { t, i18n } = useTranslation();
  const { notifications, total, page, pageSize, filters } = useLoaderData<typeof loader>();
  const format = useFormat();
  const location = useLocation();
  const here = location.pathname + location.search;
  const filtered = filters.kind !== "" || filters.unread;
  return (
    <section aria-labelledby="notifications-heading" className="stack">
      <h1 id="notifications-heading">{t("notifications.title")}</h1>
      <p className="muted">{t("notifications.intro")}</p>
      <div className="button-row">
        <Link to="/account/notifications">{t("notifications.preferences.link")}</Link>
      </div>
      <Form method="get" className="filters" key={location.search}>
        <SelectField
          name="kind"
          label={t("notifications.kind")}
          options={NOTIFICATION_KINDS.map((k) => ({ value: k, label: t(`notifications.kinds.${k}`) }))}
          emptyOption={t("notifications.anyKind")}
          defaultValue={filters.kind}
        />
        <CheckboxField name="unread" value="1" label={t("notifications.unreadOnly")} defaultChecked={filters.unread} />
        <div className="button-row">
          <button type="submit" className="button">
            {t("common.applyFilters")}
          </button>
          <Link to="/notifications">{t("common.clearFilters")}</Link>
        </div>
      </Form>
      {notifications.length === 0 ? (
        <p>{filtered ? t("notifications.emptyFiltered") : t("notifications.empty")}</p>
      ) : (
        <>
          <Form method="post" action={here}>
            <button type="submit" name="intent" value="readAll" className="button button--quiet">
              {t("notifications.markAllRead")}
            </button>
          </Form>
          <ul className="post-list notification-list">
            {notifications.map((n) => (
              <li key={n.id} className={n.readAt ? "notification" : "notification notification--unread"}>
                {n.readAt ? null : <strong className="badge">{t("notifications.unread")}</strong>}{" "}
                <Link to={n.href}>
                  {t(`notifications.lines.${lineKey(n.kind, n.subjectType)}`, {
                    actor: n.actor?.name ?? t("notifications.someone"),
                    title: n.title,
                  })}
                </Link>{" "}
                {n.group ? <span className="muted">{t("notifications.inGroup", { group: groupName(n.group, i18n.language) })}</span> : null}
                <p className="muted small">
                  <time dateTime={String(n.createdAt)}>{format.dateTime(n.createdAt)}</time>
                </p>
                {n.readAt ? null : (
                  <Form method="post" action={here}>
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" name="intent" value="read" className="button button--quiet button--small">
                      {t("notifications.markRead")}
                    </button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
          <Pagination total={total} page={page} pageSize={pageSize} />
        </>
      )}
    </section>
  );
}
