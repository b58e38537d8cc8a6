// A real SMTP server for the tests (npm smtp-server): the app sends through nodemailer over a socket,
// and each received message is parsed (mailparser) and written as JSON for the tests to read.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  /** The HTML alternative, when the message has one. */
  html?: string;
  /** Header lines by lower-case name, as sent (e.g. "list-unsubscribe"). */
  headers?: Record<string, string>;
  receivedAt: string;
};

/** `port`: a given one (to start again where a stopped receiver was), else any free one. */
export async function startSmtpReceiver(mailDir: string, port = 0): Promise<{ port: number; stop(): Promise<void> }> {
  await mkdir(mailDir, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : undefined,
            headers: Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).trim()])),
            receivedAt: new Date().toISOString(),
          };
          counter += 1;
          await writeFile(path.join(mailDir, `${Date.now()}-${process.pid}-${counter}.json`), JSON.stringify(mail));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const listening = typeof address === "object" && address ? address.port : 0;
  return { port: listening, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Waits for a message to `to` received after `since` (ms epoch); returns it. */
export async function waitForMail(
  mailDir: string,
  to: string,
  options: { since?: number; timeoutMs?: number; subject?: RegExp } = {},
): Promise<ReceivedMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const since = options.since ?? 0;
  while (Date.now() < deadline) {
    const files = (await readdir(mailDir).catch(() => [] as string[])).sort().reverse();
    for (const file of files) {
      const mail = JSON.parse(await readFile(path.join(mailDir, file), "utf8")) as ReceivedMail;
      if (
        Date.parse(mail.receivedAt) >= since &&
        mail.to.includes(to.toLowerCase()) &&
        (!options.subject || options.subject.test(mail.subject))
      )
        return mail;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No mail to ${to} arrived within the time allowed`);
}

export function firstLink(mail: ReceivedMail): string {
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`The mail "${mail.subject}" holds no link`);
  return link;
}
