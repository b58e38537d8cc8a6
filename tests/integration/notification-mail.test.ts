// Notification mail (issue 13 §2): sent by the job worker through real SMTP, in the recipient's language, as text
// and HTML with a one-click unsubscribe (RFC 8058) that needs no sign-in and changes only that preference; with two
// workers on one database every mail is sent once; a failed send stays pending and is sent on a later try.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createPost } from "~/domain/groups/posts.server";
import { sendDigests, sendPendingNotificationMails } from "~/domain/notifications/mail.server";
import * as unsubscribeRoute from "~/routes/_auth.unsubscribe.$token";
import { startJobWorker } from "../../scripts/lib/jobs.ts";
import { actingAs, callRoute, createUser, seedReference } from "../support/fixtures";
import { startSmtpReceiver, waitForMail, type ReceivedMail } from "../support/smtp-receiver";

let mailDir: string;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let groupId: string;
beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), "notification-mail-"));
  smtp = await startSmtpReceiver(mailDir);
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  await seedReference();
  groupId = (await db.workingGroup.findUniqueOrThrow({ where: { number: 5 } })).id;
});
afterAll(() => smtp.stop());

const received = async () =>
  Promise.all((await readdir(mailDir)).map(async (f) => JSON.parse(await readFile(path.join(mailDir, f), "utf8")) as ReceivedMail));

describe("notification mail", () => {
  it("is sent once per notification with two workers, in the recipient's language, with one-click unsubscribe", async () => {
    const author = await createUser({ name: "Mail Author", organization: "KEN", groups: [[5, "MEMBER"]] });
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await createUser({ name: `Mentioned ${i}`, organization: "NOR", groups: [[5, "MEMBER"]] }));
    await db.user.update({ where: { id: people[0]!.id }, data: { locale: "fr" } });
    const workers = [
      await startJobWorker(process.env.DATABASE_URL!, { auditRetentionDays: null }),
      await startJobWorker(process.env.DATABASE_URL!, { auditRetentionDays: null }),
    ];
    try {
      await createPost(await actingAs(author.id), groupId, {
        title: "Financement du terrorisme",
        body: "x",
        mentions: people.map((p) => p.id),
        attachments: [],
      });
      const french = await waitForMail(mailDir, people[0]!.email, { timeoutMs: 20_000 });
      for (const p of people.slice(1)) await waitForMail(mailDir, p.email, { timeoutMs: 20_000 });
      // Give the other worker time to send a second copy, if it were going to.
      await new Promise((r) => setTimeout(r, 3000));
      const all = await received();
      for (const p of people)
        expect(
          all.filter((m) => m.to.includes(p.email)),
          p.email,
        ).toHaveLength(1);
      expect(all.filter((m) => m.to.includes(author.email))).toHaveLength(0);
      expect(await db.notification.count({ where: { recipientId: { in: people.map((p) => p.id) }, emailedAt: null } })).toBe(0);

      expect(french.subject).toBe("Mail Author vous a mentionné dans « Financement du terrorisme »");
      expect(french.text).toContain("Bonjour");
      expect(french.html).toContain("Financement du terrorisme");
      expect(french.headers?.["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
      const unsubscribe = /<(https?:\/\/[^>]+\/unsubscribe\/([A-Za-z0-9_-]+))>/.exec(french.headers?.["list-unsubscribe"] ?? "");
      expect(unsubscribe, "List-Unsubscribe names the token URL").not.toBeNull();
      expect(french.text).toContain(unsubscribe![1]);
      const token = unsubscribe![2]!;

      // No sign-in: GET asks, POST (as a mail provider sends it) turns mentions mail off, and only that.
      const page = await callRoute(unsubscribeRoute.loader, { url: `/unsubscribe/${token}`, params: { token } });
      expect(page.status).toBe(200);
      expect(page.data).toMatchObject({ link: { kind: "MENTION", email: people[0]!.email } });
      const done = await callRoute(unsubscribeRoute.action, {
        url: `/unsubscribe/${token}`,
        params: { token },
        form: { "List-Unsubscribe": "One-Click" },
      });
      expect(done.status).toBe(200);
      expect(await db.notificationPreference.findMany({ where: { userId: people[0]!.id } })).toEqual([
        { userId: people[0]!.id, kind: "MENTION", delivery: "APP" },
      ]);
      expect(await db.auditEvent.count({ where: { actorId: people[0]!.id, action: "notificationPreferences.unsubscribed" } })).toBe(1);
      const forged = await callRoute(unsubscribeRoute.action, {
        url: "/unsubscribe/not-a-real-token-xxxxxxxxxxxx",
        params: { token: "not-a-real-token-xxxxxxxxxxxx" },
      });
      expect(forged.status).toBe(404);

      // Still told in the platform, no longer by mail.
      const post = await createPost(await actingAs(author.id), groupId, {
        title: "Second",
        body: "x",
        mentions: [people[0]!.id],
        attachments: [],
      });
      const [line] = await db.notification.findMany({ where: { recipientId: people[0]!.id, subjectId: post } });
      expect(line?.delivery).toBe("APP");
    } finally {
      for (const worker of workers) await worker.stop();
    }
  }, 90_000);

  it("a failed send stays pending and is sent on a later try", async () => {
    const author = await createUser({ name: "Retry Author", organization: "KEN", groups: [[5, "MEMBER"]] });
    const reader = await createUser({ name: "Retry Reader", organization: "NOR", groups: [[5, "MEMBER"]] });
    await createPost(await actingAs(author.id), groupId, { title: "Retry", body: "x", mentions: [reader.id], attachments: [] });
    // The mail server is down: the send fails, and nothing is marked sent.
    await smtp.stop();
    try {
      await expect(sendPendingNotificationMails()).rejects.toThrow();
    } finally {
      smtp = await startSmtpReceiver(mailDir, smtp.port);
    }
    expect(await db.notification.count({ where: { recipientId: reader.id, emailedAt: null } })).toBe(1);
    expect(await db.notificationUnsubscribe.count({ where: { userId: reader.id } })).toBe(0);
    expect((await sendPendingNotificationMails()).sent).toBe(1);
    await waitForMail(mailDir, reader.email);
    expect(await db.notification.count({ where: { recipientId: reader.id, emailedAt: null } })).toBe(0);
  });

  it("is not sent when the recipient may no longer read the record", async () => {
    const author = await createUser({ name: "Gone Author", organization: "KEN", groups: [[5, "MEMBER"]] });
    const reader = await createUser({ name: "Gone Reader", organization: "NOR", groups: [[5, "MEMBER"]] });
    await createPost(await actingAs(author.id), groupId, { title: "Gone", body: "x", mentions: [reader.id], attachments: [] });
    await db.membership.deleteMany({ where: { userId: reader.id } });
    const result = await sendPendingNotificationMails();
    expect(result.dropped).toBeGreaterThanOrEqual(1);
    expect((await received()).filter((m) => m.to.includes(reader.email))).toHaveLength(0);
  });

  it("a weekly digest lists the week's lines the reader may still read, grouped and linked, once; nothing when nothing is new", async () => {
    const author = await createUser({
      name: "Digest Author",
      organization: "KEN",
      groups: [
        [5, "MEMBER"],
        [3, "MEMBER"],
      ],
    });
    const reader = await createUser({
      name: "Digest Reader",
      organization: "NOR",
      groups: [
        [5, "MEMBER"],
        [3, "MEMBER"],
      ],
    });
    await db.user.update({ where: { id: reader.id }, data: { locale: "es" } });
    await db.notificationPreference.createMany({
      data: [
        { userId: reader.id, kind: "GROUP_ACTIVITY", delivery: "WEEKLY" },
        { userId: reader.id, kind: "MENTION", delivery: "WEEKLY" },
      ],
    });
    const groupThree = (await db.workingGroup.findUniqueOrThrow({ where: { number: 3 } })).id;
    await createPost(await actingAs(author.id), groupId, { title: "Week item one", body: "x", mentions: [], attachments: [] });
    await createPost(await actingAs(author.id), groupId, { title: "Week item two", body: "x", mentions: [reader.id], attachments: [] });
    await createPost(await actingAs(author.id), groupThree, { title: "Secret of group three", body: "x", mentions: [], attachments: [] });
    // The reader leaves group 3: its line must not reach the digest.
    await db.membership.deleteMany({ where: { userId: reader.id, groupId: groupThree } });
    expect(await db.notification.count({ where: { recipientId: reader.id, delivery: "WEEKLY", emailedAt: null } })).toBe(3);

    const since = Date.now();
    // The daily digest is others' business (the reader chose weekly for both kinds).
    await sendDigests("DAILY");
    expect((await received()).filter((m) => m.to.includes(reader.email))).toHaveLength(0);
    const first = await sendDigests("WEEKLY");
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const digest = await waitForMail(mailDir, reader.email, { since });
    expect(digest.subject).toBe("Su resumen semanal de la Plataforma de Coordinación");
    expect(digest.text).toContain("Digest Author publicó «Week item one»");
    expect(digest.text).toContain("Digest Author lo mencionó en «Week item two»");
    expect(digest.text).not.toContain("Secret of group three");
    expect(digest.text).toMatch(/https?:\/\/\S+\/groups\/[a-z0-9-]+\/posts\//);
    expect(digest.html).toContain("Week item one");
    expect(digest.headers?.["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

    // A second run: nothing new, nothing sent.
    expect((await sendDigests("WEEKLY")).sent).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect((await received()).filter((m) => m.to.includes(reader.email))).toHaveLength(1);

    // The digest's unsubscribe link turns the weekly digest off (both kinds in it), nothing else.
    const token = /\/unsubscribe\/([A-Za-z0-9_-]+)>/.exec(digest.headers?.["list-unsubscribe"] ?? "")![1]!;
    await callRoute(unsubscribeRoute.action, { url: `/unsubscribe/${token}`, params: { token } });
    const after = await db.notificationPreference.findMany({ where: { userId: reader.id }, orderBy: { kind: "asc" } });
    expect(after.map((p) => [p.kind, p.delivery])).toEqual([
      ["MENTION", "APP"],
      ["GROUP_ACTIVITY", "APP"],
    ]);
  });
});
