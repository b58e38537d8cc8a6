// The messages the platform sends, in the recipient's language.
import { config } from "~/config.server";
import { fallbackLanguage, intlLocale, isLanguage, type Language } from "~/i18n/config";
import { translator } from "~/i18n/i18n.server";
import type { Mail } from "~/mail.server";

function languageOf(locale: string | null | undefined): Language {
  return isLanguage(locale) ? locale : fallbackLanguage;
}

export function appLink(pathname: string) {
  return new URL(pathname, config().APP_URL).toString();
}

export async function invitationMail(input: {
  to: string;
  name: string;
  locale?: string | null;
  inviterName: string | null;
  organizationName: string;
  token: string;
  expiresAt: Date;
}): Promise<Mail> {
  const language = languageOf(input.locale);
  const t = await translator(language);
  const expires = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: "long", timeZone: "UTC" }).format(input.expiresAt);
  return {
    to: input.to,
    subject: t("mail.inviteSubject"),
    text: [
      t("mail.greeting", { name: input.name }),
      "",
      t("mail.inviteBody", { inviter: input.inviterName ?? t("mail.secretariat"), organization: input.organizationName, expires }),
      "",
      appLink(`/invite/${input.token}`),
      "",
      t("mail.signature"),
    ].join("\n"),
  };
}

export async function passwordResetMail(input: {
  to: string;
  name: string;
  locale?: string | null;
  token: string;
  minutes: number;
}): Promise<Mail> {
  const t = await translator(languageOf(input.locale));
  return {
    to: input.to,
    subject: t("mail.resetSubject"),
    text: [
      t("mail.greeting", { name: input.name }),
      "",
      t("mail.resetBody", { minutes: input.minutes }),
      "",
      appLink(`/reset-password/${input.token}`),
      "",
      t("mail.resetIgnore"),
      "",
      t("mail.signature"),
    ].join("\n"),
  };
}

/** A second factor was added, removed, or reset by an administrator: the person is always told. */
export async function secondFactorMail(input: {
  to: string;
  name: string;
  locale?: string | null;
  event: "added" | "removed" | "reset" | "passkeyAdded" | "passkeyRemoved";
}): Promise<Mail> {
  const t = await translator(languageOf(input.locale));
  const texts = {
    added: ["mail.secondFactorAddedSubject", "mail.secondFactorAddedBody"],
    removed: ["mail.secondFactorRemovedSubject", "mail.secondFactorRemovedBody"],
    reset: ["mail.secondFactorResetSubject", "mail.secondFactorResetBody"],
    passkeyAdded: ["mail.passkeyAddedSubject", "mail.passkeyAddedBody"],
    passkeyRemoved: ["mail.passkeyRemovedSubject", "mail.passkeyRemovedBody"],
  } as const;
  const [subject, body] = texts[input.event];
  return {
    to: input.to,
    subject: t(subject),
    text: [
      t("mail.greeting", { name: input.name }),
      "",
      t(body),
      "",
      t("mail.secondFactorNotYou"),
      "",
      appLink("/account"),
      "",
      t("mail.signature"),
    ].join("\n"),
  };
}

/** A sign-in with the right password from a browser this person has not signed in from before. */
export async function newDeviceMail(input: {
  to: string;
  name: string;
  locale?: string | null;
  userAgent: string | null;
  ip: string | null;
}): Promise<Mail> {
  const language = languageOf(input.locale);
  const t = await translator(language);
  const when = new Intl.DateTimeFormat(intlLocale[language], { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date());
  return {
    to: input.to,
    subject: t("mail.newDeviceSubject"),
    text: [
      t("mail.greeting", { name: input.name }),
      "",
      t("mail.newDeviceBody", { when: `${when} UTC`, browser: (input.userAgent ?? "?").slice(0, 200), address: input.ip ?? "?" }),
      "",
      t("mail.newDeviceNotYou"),
      "",
      appLink("/account"),
      "",
      t("mail.signature"),
    ].join("\n"),
  };
}

/** The password of the account was changed (on the account page) or reset (through a mailed link). */
export async function passwordChangedMail(input: {
  to: string;
  name: string;
  locale?: string | null;
  how: "changed" | "reset";
}): Promise<Mail> {
  const t = await translator(languageOf(input.locale));
  return {
    to: input.to,
    subject: t("mail.passwordChangedSubject"),
    text: [
      t("mail.greeting", { name: input.name }),
      "",
      t(input.how === "changed" ? "mail.passwordChangedBody" : "mail.passwordResetBody"),
      "",
      t("mail.passwordChangedNotYou"),
      "",
      appLink("/forgot-password"),
      "",
      t("mail.signature"),
    ].join("\n"),
  };
}

/** The short notices about nominations, designations and handovers: a subject, a paragraph and a link. */
export type Notice = "nominationApproved" | "nominationDeclined" | "designationEnding" | "designationEndingLead" | "handoverReceived";

export async function noticeMail(input: {
  to: string;
  name: string;
  locale?: string | null;
  notice: Notice;
  /** Placeholders of the paragraph; `date`, when given, is a calendar day written in the recipient's language. */
  values: Record<string, string | number>;
  date?: Date;
  path: string;
}): Promise<Mail> {
  const language = languageOf(input.locale);
  const t = await translator(language);
  const date = input.date
    ? new Intl.DateTimeFormat(intlLocale[language], { dateStyle: "long", timeZone: "UTC" }).format(input.date)
    : undefined;
  return {
    to: input.to,
    subject: t(`nominations.mail.${input.notice}Subject`, input.values),
    text: [
      t("mail.greeting", { name: input.name }),
      "",
      t(`nominations.mail.${input.notice}Body`, { ...input.values, date }),
      "",
      appLink(input.path),
      "",
      t("mail.signature"),
    ].join("\n"),
  };
}
