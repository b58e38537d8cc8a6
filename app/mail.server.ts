// Outgoing mail. With SMTP_URL set, real SMTP through nodemailer; without it, each message is written
// to OUTBOX_DIR (.data/outbox) and its links are printed in the server log, so the demo works offline.
// A message is plain text, optionally with an HTML alternative and extra headers (List-Unsubscribe and the like).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { config } from "./config.server";

export type Mail = { to: string; subject: string; text: string; html?: string; headers?: Record<string, string> };

export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM, OUTBOX_DIR } = config();
  if (SMTP_URL) {
    const transport = nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({
      from: MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.headers ? { headers: mail.headers } : {}),
    });
    return;
  }
  await mkdir(OUTBOX_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(OUTBOX_DIR, `${stamp}-${mail.to.replace(/[^a-z0-9@.-]/gi, "_")}.eml`);
  const message = [
    `From: ${MAIL_FROM}`,
    `To: ${mail.to}`,
    `Subject: ${mail.subject}`,
    `Date: ${new Date().toUTCString()}`,
    ...Object.entries(mail.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    "",
    mail.text,
  ].join("\n");
  await writeFile(file, message, "utf8");
  if (mail.html) await writeFile(file.replace(/\.eml$/, ".html"), mail.html, "utf8");
  const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
  console.log(`[mail] "${mail.subject}" to ${mail.to} written to ${file}${links.length ? `\n[mail] link: ${links.join(" ")}` : ""}`);
}
