// Mail for notifications people chose to hear of at once, in each recipient's language, as text and HTML, with a
// one-click unsubscribe link (RFC 8058) that turns off mail of that kind only. Sending runs in the job worker
// (scripts/lib/jobs.ts, task "notification-mail"): pending rows are claimed one at a time with FOR UPDATE SKIP
// LOCKED, so with several workers each mail is sent once; a failed send leaves its row pending (the job is
// retried with backoff, and a sweep every few minutes picks up whatever is left), so none is lost.
import { db, Prisma, readRows } from "~/db.server";
import { newToken } from "~/auth/tokens.server";
import { fallbackLanguage, isLanguage, type Language } from "~/i18n/config";
import type { TFunction } from "i18next";
import { translator } from "~/i18n/i18n.server";
import { sendMail, type Mail } from "~/mail.server";
import { appLink } from "~/mail-templates.server";
import type { NotificationKind } from "~/enums";
import { lineKey } from "./kinds";
import { loadActors } from "./notify.server";
import { notificationVisibleTo, visibleNotificationIds } from "./inbox.server";
import { NOTIFICATION_KINDS } from "./kinds";

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

/** Every notification mail's end: why it came, where to choose what comes, the one-click way out, the signature. */
function mailFooter(t: TFunction, why: string, unsubscribeToken: string) {
  const settings = appLink("/account/notifications");
  const unsubscribe = appLink(`/unsubscribe/${unsubscribeToken}`);
  return {
    text: [
      "-- ",
      t("notifications.mail.why", { kind: why }),
      t("notifications.mail.settings"),
      settings,
      t("notifications.mail.unsubscribe"),
      unsubscribe,
      "",
      t("mail.signature"),
    ],
    html: [
      `<hr><p style="font-size:small;color:#555">${escapeHtml(t("notifications.mail.why", { kind: why }))}<br>`,
      `<a href="${escapeHtml(settings)}">${escapeHtml(t("notifications.mail.settings"))}</a><br>`,
      `<a href="${escapeHtml(unsubscribe)}">${escapeHtml(t("notifications.mail.unsubscribe"))}</a></p>`,
      `<p>${escapeHtml(t("mail.signature"))}</p>`,
    ],
  };
}

/** RFC 8058: mail programs offer "unsubscribe", and one click posts to the link without anyone signing in. */
const unsubscribeHeaders = (token: string) => ({
  "List-Unsubscribe": `<${appLink(`/unsubscribe/${token}`)}>`,
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
});

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
  const text = [
    t("mail.greeting", { name: input.name }),
    "",
    line,
    "",
    t("notifications.mail.open"),
    link,
    "",
    ...mailFooter(t, kind, input.unsubscribeToken).text,
  ].join("\n");
  const html = [
    `<p>${escapeHtml(t("mail.greeting", { name: input.name }))}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(line)}</a></p>`,
    ...mailFooter(t, kind, input.unsubscribeToken).html,
  ].join("\n");
  return {
    to: input.to,
    subject: line,
    text,
    html,
    headers: unsubscribeHeaders(input.unsubscribeToken),
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

type DigestPeriod = "DAILY" | "WEEKLY";
type DigestLine = { kind: NotificationKind; subjectType: string; title: string; href: string; actorName: string | null };

export async function digestMail(input: {
  to: string;
  name: string;
  locale: string | null;
  period: DigestPeriod;
  lines: DigestLine[];
  unsubscribeToken: string;
}): Promise<Mail> {
  const t = translator(languageOf(input.locale));
  const sentence = (l: DigestLine) =>
    t(`notifications.lines.${lineKey(l.kind, l.subjectType)}`, { actor: l.actorName ?? t("notifications.someone"), title: l.title });
  const groups = NOTIFICATION_KINDS.map((kind) => ({ kind, lines: input.lines.filter((l) => l.kind === kind) })).filter(
    (g) => g.lines.length,
  );
  const all = appLink("/notifications");
  const periodName = t(`notifications.preferences.deliveries.${input.period}`);
  const text = [
    t("mail.greeting", { name: input.name }),
    "",
    t("notifications.digest.intro"),
    ...groups.flatMap((g) => [
      "",
      `## ${t(`notifications.kinds.${g.kind}`)}`,
      ...g.lines.flatMap((l) => [`- ${sentence(l)}`, `  ${appLink(l.href)}`]),
    ]),
    "",
    t("notifications.digest.more"),
    all,
    "",
    ...mailFooter(t, periodName, input.unsubscribeToken).text,
  ].join("\n");
  const html = [
    `<p>${escapeHtml(t("mail.greeting", { name: input.name }))}</p>`,
    `<p>${escapeHtml(t("notifications.digest.intro"))}</p>`,
    ...groups.map(
      (g) =>
        `<h2>${escapeHtml(t(`notifications.kinds.${g.kind}`))}</h2><ul>${g.lines
          .map((l) => `<li><a href="${escapeHtml(appLink(l.href))}">${escapeHtml(sentence(l))}</a></li>`)
          .join("")}</ul>`,
    ),
    `<p><a href="${escapeHtml(all)}">${escapeHtml(t("notifications.digest.more"))}</a></p>`,
    ...mailFooter(t, periodName, input.unsubscribeToken).html,
  ].join("\n");
  return {
    to: input.to,
    subject: t(input.period === "DAILY" ? "notifications.digest.subjectDaily" : "notifications.digest.subjectWeekly"),
    text,
    html,
    headers: unsubscribeHeaders(input.unsubscribeToken),
  };
}

/**
 * The daily or weekly digest (a scheduled job): one mail per person listing what is pending for that period, grouped
 * by kind and linked, only lines the person may still read; nothing is sent when nothing is new. Each person's rows
 * are claimed with FOR UPDATE SKIP LOCKED and marked mailed in the transaction of the send, so a second run, or a
 * second worker, finds nothing; a failed send leaves them for the next try.
 */
export async function sendDigests(period: DigestPeriod, limit = 10_000) {
  let sent = 0;
  let skipped = 0;
  const people = await readRows<{ recipient_id: string }>(Prisma.sql`
    SELECT DISTINCT recipient_id FROM notification
     WHERE delivery = ${period}::"NotificationDelivery" AND emailed_at IS NULL LIMIT ${limit}`);
  for (const { recipient_id: recipientId } of people) {
    const outcome = await db.$transaction(
      async (tx) => {
        const claimed = await tx.$queryRaw<Array<{ id: string }>>`
          SELECT id FROM notification
           WHERE recipient_id = ${recipientId}::uuid AND delivery = ${period}::"NotificationDelivery" AND emailed_at IS NULL
           FOR UPDATE SKIP LOCKED`;
        if (claimed.length === 0) return "none" as const;
        const [recipient] = await loadActors(tx, [recipientId]);
        const visible = recipient
          ? await visibleNotificationIds(
              tx,
              recipient,
              claimed.map((c) => c.id),
            )
          : [];
        await tx.notification.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { emailedAt: new Date() } });
        if (visible.length === 0) return "skipped" as const;
        const rows = await tx.notification.findMany({
          where: { id: { in: visible } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          include: { recipient: { select: { email: true, name: true, locale: true } }, actor: { select: { name: true } } },
        });
        const person = rows[0]!.recipient;
        const { token, tokenHash } = newToken();
        await tx.notificationUnsubscribe.create({ data: { tokenHash, userId: recipientId, digest: period } });
        await sendMail(
          await digestMail({
            to: person.email,
            name: person.name,
            locale: person.locale,
            period,
            lines: rows.map((r) => ({
              kind: r.kind,
              subjectType: r.subjectType,
              title: r.title,
              href: r.href,
              actorName: r.actor?.name ?? null,
            })),
            unsubscribeToken: token,
          }),
        );
        return "sent" as const;
      },
      { timeout: 60_000 },
    );
    if (outcome === "sent") sent++;
    else if (outcome === "skipped") skipped++;
  }
  return { sent, skipped };
}
