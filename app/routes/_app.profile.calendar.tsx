// /profile/calendar: the person's calendar subscription address. Only its SHA-256 is stored, so the full
// address is shown once, in the answer to the request that generated it; it can be replaced or revoked.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { calendarFeedStatus, generateCalendarFeed, revokeCalendarFeed } from "~/domain/calendar/feed.server";
import { askToConfirm, confirmed, invalid, parseFormData, readFormData } from "~/forms.server";
import { titleFor } from "~/i18n/meta";
import { ConfirmAction } from "~/ui/confirm";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { Notice } from "~/ui/notice";
import { Form } from "~/ui/form";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "calendar.feedTitle");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return calendarFeedStatus(user);
}

const Intent = z.object({ intent: z.enum(["generate", "regenerate", "revoke"], "errors.invalidField") });

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const formData = await readFormData(args.request);
  const form = parseFormData(formData, Intent);
  if (!form.ok) return invalid(form);
  const { intent } = form.data;
  // Replacing or revoking breaks the calendar apps that use the current address: ask first.
  if (intent !== "generate" && !confirmed(formData)) return askToConfirm(intent);
  if (intent === "revoke") {
    await revokeCalendarFeed(user);
    return redirect("/profile/calendar", { headers: { "Set-Cookie": await setFlash({ key: "calendar.feedRevoked" }) } });
  }
  const { url } = await generateCalendarFeed(user);
  // Not a redirect: the address exists only in this answer. Never stored by caches.
  return data({ ok: true as const, url, errors: {}, values: {} }, { headers: { "Cache-Control": "no-store" } });
}

export default function CalendarSubscription() {
  const { t } = useTranslation();
  const status = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const format = useFormat();
  const newUrl = actionData && "url" in actionData ? actionData.url : null;
  const asking = actionData && "confirm" in actionData ? actionData.confirm : null;
  return (
    <section aria-labelledby="feed-heading" className="stack">
      <h1 id="feed-heading">{t("calendar.feedTitle")}</h1>
      <p>{t("calendar.feedIntro")}</p>
      <p className="muted">{t("calendar.feedSecret")}</p>
      {newUrl ? (
        <div className="notice notice--success" role="status">
          <label htmlFor="feed-url">
            <strong>{t("calendar.feedNewUrl")}</strong>
          </label>
          <p className="small">{t("calendar.feedCopyNow")}</p>
          <input id="feed-url" className="feed-url" type="text" readOnly value={newUrl} />
          <p>
            <a href={newUrl.replace(/^https?:/, "webcal:")}>{t("calendar.feedOpenInApp")}</a>
          </p>
        </div>
      ) : null}
      {status.active && status.createdAt ? (
        <p>{t("calendar.feedActiveSince", { date: format.dateTime(status.createdAt) })}</p>
      ) : (
        <Notice>{t("calendar.feedNone")}</Notice>
      )}
      <div className="button-row">
        {status.active ? (
          <>
            <ConfirmAction
              intent="regenerate"
              label={t("calendar.feedRegenerate")}
              question={t("calendar.feedRegenerateQuestion")}
              asking={asking === "regenerate"}
              danger={false}
            />
            <ConfirmAction
              intent="revoke"
              label={t("calendar.feedRevoke")}
              question={t("calendar.feedRevokeQuestion")}
              asking={asking === "revoke"}
            />
          </>
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value="generate" />
            <button type="submit" className="button">
              {t("calendar.feedGenerate")}
            </button>
          </Form>
        )}
      </div>
    </section>
  );
}
