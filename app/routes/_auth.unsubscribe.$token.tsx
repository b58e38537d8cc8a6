// /unsubscribe/:token: the link at the foot of a notification mail (and its List-Unsubscribe header). No sign-in:
// GET asks to confirm, POST turns that kind of mail off (RFC 8058: mail providers POST "List-Unsubscribe=One-Click").
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/auth/guards.server";
import { unsubscribe, unsubscribeLink, type UnsubscribeSubject } from "~/domain/notifications/unsubscribe.server";
import { titleFor } from "~/i18n/meta";
import { Form } from "~/ui/form";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "notifications.unsubscribe.title");

export async function loader({ params }: LoaderFunctionArgs) {
  const link = await unsubscribeLink(params.token ?? "");
  return data({ link }, { status: link ? 200 : 404, headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
}

export async function action({ params, context }: ActionFunctionArgs) {
  const done = await unsubscribe(params.token ?? "", clientIp(context));
  return data({ done }, { status: done ? 200 : 404, headers: { "Cache-Control": "no-store" } });
}

export default function Unsubscribe() {
  const { t } = useTranslation();
  const named = (subject: Pick<UnsubscribeSubject, "kind" | "digest">) =>
    subject.kind
      ? t(`notifications.kinds.${subject.kind}`)
      : t(`notifications.preferences.deliveries.${subject.digest === "WEEKLY" ? "WEEKLY" : "DAILY"}`);
  const { link } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const done = actionData?.done;
  return (
    <section aria-labelledby="unsubscribe-heading" className="stack">
      <h1 id="unsubscribe-heading">{t("notifications.unsubscribe.title")}</h1>
      {done ? (
        <Notice tone="success">{t("notifications.unsubscribe.done", { kind: named(done) })}</Notice>
      ) : link && actionData === undefined ? (
        <>
          <p>{t("notifications.unsubscribe.question", { kind: named(link), email: link.email })}</p>
          <Form method="post">
            <button type="submit" className="button">
              {t("notifications.unsubscribe.confirm")}
            </button>
          </Form>
        </>
      ) : (
        <p>{t("notifications.unsubscribe.invalid")}</p>
      )}
      <p>
        <Link to="/account/notifications">{t("notifications.preferences.link")}</Link>
      </p>
    </section>
  );
}
