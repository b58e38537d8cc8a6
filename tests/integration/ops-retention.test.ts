// The scheduled clean-up (issue 16 §4): what has expired goes, what is still valid stays, the audit trail past
// AUDIT_RETENTION_DAYS is exported before it is deleted; and on graphile-worker, a job queued while two
// instances' workers run is done once, not twice.
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { uploadTempDir } from "~/upload-form.server";
import { startJobWorker } from "../../scripts/lib/jobs.ts";
import { runRetention } from "../../scripts/lib/retention.ts";
import { createUser, seedReference } from "../support/fixtures";

let exportDir: string;
let userId: string;
const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms);

beforeAll(async () => {
  await seedReference();
  userId = (await createUser({ organization: "KEN" })).id;
  exportDir = await mkdtemp(path.join(tmpdir(), "retention-"));
});

afterAll(async () => {
  await rm(exportDir, { recursive: true, force: true });
});

describe("the retention job", () => {
  it("removes what expired, keeps what is valid, exports the old audit trail before deleting it", async () => {
    const id = () => randomBytes(16).toString("hex");
    await db.$executeRaw`INSERT INTO "session" (id, user_id, expires_at) VALUES (${"old-" + id()}, ${userId}::uuid, ${ago(DAY)}), (${"live-" + id()}, ${userId}::uuid, ${new Date(Date.now() + DAY)})`;
    await db.$executeRaw`INSERT INTO "password_reset" (user_id, token_hash, expires_at) VALUES (${userId}::uuid, ${id()}, ${ago(2 * DAY)}), (${userId}::uuid, ${id()}, ${new Date(Date.now() + DAY)})`;
    await db.$executeRaw`INSERT INTO "rate_limit" (key, points, expire) VALUES (${"old:" + id()}, 1, ${ago(DAY)}), (${"live:" + id()}, 1, ${new Date(Date.now() + DAY)})`;
    await db.$executeRaw`INSERT INTO "form_submission" (key_hash, created_at) VALUES (${randomBytes(32)}, ${ago(2 * DAY)}), (${randomBytes(32)}, now())`;
    await db.$executeRaw`INSERT INTO "audit_event" (action, subject_type, created_at) VALUES ('old.event', 'System', ${ago(40 * DAY)}), ('recent.event', 'System', now())`;
    await mkdir(uploadTempDir(), { recursive: true });
    const [oldTemp, newTemp] = [path.join(uploadTempDir(), "old-upload"), path.join(uploadTempDir(), "new-upload")];
    await writeFile(oldTemp, "x");
    await writeFile(newTemp, "x");
    await utimes(oldTemp, ago(2 * 3_600_000), ago(2 * 3_600_000));

    const { removed, exports } = await runRetention(process.env.DATABASE_URL!, { auditRetentionDays: 30, exportDir });
    expect(removed).toMatchObject({
      sessions: 1,
      passwordResets: 1,
      rateLimitCounters: 1,
      formSubmissions: 1,
      tempFiles: 1,
      auditEvents: 1,
    });
    expect(await db.session.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "old.event" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "recent.event" } })).toBe(1);
    expect(exports).toHaveLength(1);
    expect(
      (await readFile(exports[0], "utf8"))
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { action: string }).action),
    ).toEqual(["old.event"]);
    await expect(readFile(oldTemp)).rejects.toThrow();
    expect(await readFile(newTemp, "utf8")).toBe("x");
    expect(await db.auditEvent.count({ where: { action: "retention.completed" } })).toBe(1);

    // Without AUDIT_RETENTION_DAYS the audit trail is kept, however old.
    await db.$executeRaw`INSERT INTO "audit_event" (action, subject_type, created_at) VALUES ('ancient.event', 'System', ${ago(4000 * DAY)})`;
    await runRetention(process.env.DATABASE_URL!, { auditRetentionDays: null });
    expect(await db.auditEvent.count({ where: { action: "ancient.event" } })).toBe(1);
  });

  it("runs a queued job on one of two instances' workers, once", async () => {
    const before = await db.auditEvent.count({ where: { action: "retention.completed" } });
    const workers = [
      await startJobWorker(process.env.DATABASE_URL!, { auditRetentionDays: null }),
      await startJobWorker(process.env.DATABASE_URL!, { auditRetentionDays: null }),
    ];
    try {
      // Both workers poll the queue and are woken by the insert: exactly one takes the job.
      await workers[0].runner.addJob("retention", {}, { jobKey: "retention-now" });
      const deadline = Date.now() + 20_000;
      while ((await db.auditEvent.count({ where: { action: "retention.completed" } })) === before && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      await new Promise((r) => setTimeout(r, 3000));
      expect(await db.auditEvent.count({ where: { action: "retention.completed" } })).toBe(before + 1);
    } finally {
      for (const worker of workers) await worker.stop();
    }
  }, 60_000);

  it("runs a scheduled job once per schedule across two instances' workers", async () => {
    // Every minute, on both workers: graphile-worker's cron lets one instance queue each minute's run, once.
    process.env.RETENTION_SCHEDULE = "* * * * *";
    const started = new Date();
    const workers = [
      await startJobWorker(process.env.DATABASE_URL!, { auditRetentionDays: null }),
      await startJobWorker(process.env.DATABASE_URL!, { auditRetentionDays: null }),
    ];
    try {
      const runs = () =>
        db.auditEvent.findMany({ where: { action: "retention.completed", createdAt: { gte: started } }, select: { createdAt: true } });
      const deadline = Date.now() + 90_000;
      while ((await runs()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
      const [first] = await runs();
      expect(first, "the scheduled run happened").toBeDefined();
      // Give the other worker time to run it a second time, if it were going to.
      await new Promise((r) => setTimeout(r, 8000));
      const minute = (d: Date) => Math.floor(d.getTime() / 60_000);
      expect((await runs()).filter((r) => minute(r.createdAt) === minute(first.createdAt))).toHaveLength(1);
    } finally {
      delete process.env.RETENTION_SCHEDULE;
      for (const worker of workers) await worker.stop();
    }
  }, 120_000);
});
