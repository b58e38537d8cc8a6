// Sign-in from a new browser (issue 12 §2): the person is told by mail, in their language, when the right password
// comes from a browser that has not signed in as them before, but not for their very first browser, nor again for
// a browser that has (its device cookie).
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { signIn } from "~/domain/account/sign-in.server";
import { createUser, seedReference, TEST_PASSWORD } from "../support/fixtures";
import { startSmtpReceiver, waitForMail } from "../support/smtp-receiver";

let mailDir: string;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), "mail-"));
  smtp = await startSmtpReceiver(mailDir);
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  await seedReference();
});
afterAll(() => smtp.stop());

const tokenOf = (cookie: string | null | undefined) => /^(?:__Host-)?device=([^;]+)/.exec(cookie ?? "")?.[1] ?? null;
const mailsTo = async (to: string) => {
  let count = 0;
  for (const file of await readdir(mailDir)) {
    const mail = JSON.parse(await readFile(path.join(mailDir, file), "utf8")) as { to: string[] };
    if (mail.to.includes(to)) count += 1;
  }
  return count;
};

describe("mail on sign-in from a new browser", () => {
  it("is sent for a second browser, in the person's language, and not for the first one or a known one", async () => {
    const me = await createUser({ email: "new-device@example.test", name: "Nouvel Appareil" });
    await db.user.update({ where: { id: me.id }, data: { locale: "fr" } });
    const since = Date.now();

    const first = await signIn(me.email, TEST_PASSWORD, { ip: "198.51.100.20", userAgent: "First browser" });
    expect(first.ok).toBe(true);
    const firstToken = tokenOf(first.ok ? first.deviceCookie : null);
    expect(firstToken).not.toBeNull();
    const again = await signIn(me.email, TEST_PASSWORD, { ip: "198.51.100.20", userAgent: "First browser", deviceToken: firstToken });
    expect(again.ok && again.deviceCookie).toBeFalsy(); // known: no new cookie

    const second = await signIn(me.email, TEST_PASSWORD, { ip: "203.0.113.7", userAgent: "Second browser" });
    expect(second.ok).toBe(true);
    const mail = await waitForMail(mailDir, me.email, { since });
    expect(mail.subject).toMatch(/navigateur/i);
    expect(mail.text).toContain("Second browser");
    // Only that one mail: not for the first browser, not for the known one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await mailsTo(me.email)).toBe(1);
  });
});
