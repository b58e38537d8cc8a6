// Mail for notifications people chose to hear of at once, in each recipient's language, as text and HTML, with a
// one-click unsubscribe link (RFC 8058) that turns off mail of that kind only. Sending runs in the job worker
// (scripts/lib/jobs.ts, task "notification-mail"): pending rows are claimed one at a time with FOR UPDATE SKIP
// LOCKED, so with several workers each mail is sent once; a failed send leaves its row pending (the job is
// retried with backoff, and a sweep every few minutes picks up whatever is left), so none is lost.
import { db, type Prisma } from "~/db.server";
import { newToken } from "~/auth/tokens.server";
import { fallbackLanguage, isLanguage, type Language } from "~/i18n/config";
import { translator } from "~/i18n/i18n.server";
import { sendMail, type Mail } from "~/mail.server";
import { appLink } from "~/mail-templates.server";
import type { NotificationKind } from "~/enums";
import { lineKey } from "./kinds";
import { loadActors } from "./notify.server";
import { notificationVisibleTo } from "./inbox.server";

const languageOf = (locale: string | null | undefined): Language => (isLanguage(locale) ? locale : fallbackLanguage);

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * Asks the job worker to send pending mail soon: one queued job at a time (its key), added in the caller's
 * transaction, so it exists exactly when the notifications do. Skipped where the worker never ran (its schema
 * is missing, as in unit tests); the worker's periodic sweep sends those too.
 */
export async function queueNotificationMail(tx: Prisma.TransactionClient) {
  await tx.$executeRawUnsafe(`DO $$ BEGIN
    IF to_regproc('graphile_worker.add_job') IS NOT NULL THEN
      PERFORM graphile_worker.add_job('notification-mail', '{}'::json, job_key := 'notification-mail', max_attempts := 25);
    END IF;
  END $$`);
}

export async function notificationMail(input: {
  to: string;
  name: string;
  locale: string | null;
  kind: NotificationKind;
  subjectType: string;
  title: string;
  actorName: string | null;
  href: string;
  unsubscribeToken: string;
}): Promise<Mail> {
  const t = translator(languageOf(input.locale));
  const line = t(`notifications.lines.${lineKey(input.kind, input.subjectType)}`, {
    actor: input.actorName ?? t("notifications.someone"),
    title: input.title,
  });
  const kind = t(`notifications.kinds.${input.kind}`);
  const link = appLink(input.href);
  const settings = appLink("/account/notifications");
  const unsubscribe = appLink(`/unsubscribe/${input.unsubscribeToken}`);
  const text = [
    t("mail.greeting", { name: input.name }),
    "",
    line,
    "",
    t("notifications.mail.open"),
    link,
    "",
    "-- ",
    t("notifications.mail.why", { kind }),
    t("notifications.mail.settings"),
    settings,
    t("notifications.mail.unsubscribe"),
    unsubscribe,
    "",
    t("mail.signature"),
  ].join("\n");
  const html = [
    `<p>${escapeHtml(t("mail.greeting", { name: input.name }))}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(line)}</a></p>`,
    `<hr><p style="font-size:small;color:#555">${escapeHtml(t("notifications.mail.why", { kind }))}<br>`,
    `<a href="${escapeHtml(settings)}">${escapeHtml(t("notifications.mail.settings"))}</a><br>`,
    `<a href="${escapeHtml(unsubscribe)}">${escapeHtml(t("notifications.mail.unsubscribe"))}</a></p>`,
    `<p>${escapeHtml(t("mail.signature"))}</p>`,
  ].join("\n");
  return {
    to: input.to,
    subject: line,
    text,
    html,
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/**
 * Sends the pending mail of notifications chosen "at once", one claimed row at a time; returns how many were sent
 * and how many were dropped (the recipient may no longer read the record, or the account is no longer active).
 * A send that fails throws: its row stays pending and the job is retried.
 */
export async function sendPendingNotificationMails(limit = 200) {
  let sent = 0;
  let dropped = 0;
  for (let i = 0; i < limit; i++) {
    const outcome = await db.$transaction(
      async (tx) => {
        const [claimed] = await tx.$queryRaw<Array<{ id: string }>>`
          SELECT id FROM notification WHERE delivery = 'IMMEDIATE' AND emailed_at IS NULL
           ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!claimed) return "none" as const;
        const n = await tx.notification.findUniqueOrThrow({
          where: { id: claimed.id },
          include: { recipient: { select: { email: true, name: true, locale: true } }, actor: { select: { name: true } } },
        });
        const [recipient] = await loadActors(tx, [n.recipientId]);
        const stillReadable = recipient !== undefined && (await notificationVisibleTo(tx, recipient, n.id));
        await tx.notification.update({ where: { id: n.id }, data: { emailedAt: new Date() } });
        if (!stillReadable) return "dropped" as const;
        const { token, tokenHash } = newToken();
        await tx.notificationUnsubscribe.create({ data: { tokenHash, userId: n.recipientId, kind: n.kind } });
        await sendMail(
          await notificationMail({
            to: n.recipient.email,
            name: n.recipient.name,
            locale: n.recipient.locale,
            kind: n.kind,
            subjectType: n.subjectType,
            title: n.title,
            actorName: n.actor?.name ?? null,
            href: n.href,
            unsubscribeToken: token,
          }),
        );
        return "sent" as const;
      },
      { timeout: 60_000 },
    );
    if (outcome === "none") break;
    if (outcome === "sent") sent++;
    else dropped++;
  }
  return { sent, dropped };
}
