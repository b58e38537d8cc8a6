// Background jobs on PostgreSQL (graphile-worker; docs/decisions/0008): every app instance runs a worker;
// scheduled jobs (the crontab below) are enqueued once per schedule across all instances, and each job runs
// on exactly one of them. The worker's tables live in the schema `graphile_worker`, which it migrates itself.
// Signals are the launcher's (scripts/start.ts): it stops the worker after the HTTP server has drained.
import { Logger, run, type Runner, type TaskList } from "graphile-worker";
import pg from "pg";
import { logger } from "../../app/log.server.ts";
import type { Settings } from "./launch.ts";
import type { Metrics } from "./metrics.ts";
import { runRetention } from "./retention.ts";

export type JobWorker = { stop(): Promise<void>; collectMetrics(metrics: Metrics): Promise<void>; runner: Runner };

/** When the retention job runs (crontab time fields, UTC): RETENTION_SCHEDULE, default every day at 03:15. */
const retentionSchedule = () => process.env.RETENTION_SCHEDULE ?? "15 3 * * *";
/** When designations are reviewed (reminders a week before the end, suspension after it): DESIGNATION_SCHEDULE, default 06:05 UTC. */
const designationSchedule = () => process.env.DESIGNATION_SCHEDULE ?? "5 6 * * *";
/** The sweep for notification mail left pending (a job that gave up, a notice written where no worker ran): every 5 minutes. */
const notificationMailSweep = () => process.env.NOTIFICATION_MAIL_SWEEP ?? "*/5 * * * *";
/** Digests (UTC): DAILY_DIGEST_SCHEDULE, default every day at 06:30; WEEKLY_DIGEST_SCHEDULE, default Mondays at 06:45. */
const dailyDigestSchedule = () => process.env.DAILY_DIGEST_SCHEDULE ?? "30 6 * * *";
const weeklyDigestSchedule = () => process.env.WEEKLY_DIGEST_SCHEDULE ?? "45 6 * * 1";
/** Reminders before events: checked every 15 minutes, EVENT_REMINDER_HOURS (default 24) before each occurrence. */
const eventReminderSchedule = () => process.env.EVENT_REMINDER_SCHEDULE ?? "*/15 * * * *";
/** The sweep for files whose text was never read: every 10 minutes. */
const fileTextSweep = () => process.env.FILE_TEXT_SWEEP ?? "*/10 * * * *";
const eventReminderHours = () => Number(process.env.EVENT_REMINDER_HOURS ?? 24) || 24;

const workerLogger = new Logger(() => (level, message, meta) => {
  const line = { ...(meta as object), component: "jobs" };
  if (level === "error") logger.error(line, message);
  else if (level === "warning") logger.warn(line, message);
  else logger.debug(line, message);
});

export async function startJobWorker(databaseUrl: string, settings: Pick<Settings, "auditRetentionDays">): Promise<JobWorker> {
  const taskList: TaskList = {
    retention: async () => {
      const started = Date.now();
      const result = await runRetention(databaseUrl, { auditRetentionDays: settings.auditRetentionDays });
      logger.info({ component: "jobs", task: "retention", ms: Date.now() - started, ...result }, "retention job done");
    },
    designations: async () => {
      const started = Date.now();
      // The app's own domain code (mail in each person's language), loaded when the job first runs.
      const { reviewDesignations } = await import("../../app/domain/directory/designations.server.ts");
      const result = await reviewDesignations();
      logger.info({ component: "jobs", task: "designations", ms: Date.now() - started, ...result }, "designation review done");
    },
    // Mail of notifications chosen "at once": queued by the change that notifies (app/domain/notifications), and swept.
    "notification-mail": async () => {
      const started = Date.now();
      const { sendPendingNotificationMails } = await import("../../app/domain/notifications/mail.server.ts");
      const result = await sendPendingNotificationMails();
      if (result.sent || result.dropped)
        logger.info({ component: "jobs", task: "notification-mail", ms: Date.now() - started, ...result }, "notification mail sent");
    },
    // The text inside an uploaded file, for the search: queued by the upload (app/domain/resources/file-text.server.ts).
    "resource-text": async (payload) => {
      const { readResourceFileText } = await import("../../app/domain/resources/file-text-reader.server.ts");
      const resourceId = (payload as { resourceId?: unknown } | null)?.resourceId;
      if (typeof resourceId !== "string") return;
      const started = Date.now();
      const outcome = await readResourceFileText(resourceId);
      logger.info({ component: "jobs", task: "resource-text", ms: Date.now() - started, resourceId, outcome }, "file text read");
    },
    // Files whose text was never read (a job lost, files stored before reading existed): every 10 minutes.
    "resource-text-sweep": async () => {
      const { readPendingFileTexts } = await import("../../app/domain/resources/file-text-reader.server.ts");
      const result = await readPendingFileTexts();
      if (Object.values(result).some(Boolean))
        logger.info({ component: "jobs", task: "resource-text-sweep", ...result }, "file texts read");
    },
    "event-reminders": async () => {
      const { sendEventReminders } = await import("../../app/domain/calendar/reminders.server.ts");
      const result = await sendEventReminders({ leadHours: eventReminderHours() });
      if (result.reminded) logger.info({ component: "jobs", task: "event-reminders", ...result }, "event reminders written");
    },
    "digest-daily": async () => {
      const { sendDigests } = await import("../../app/domain/notifications/mail.server.ts");
      logger.info({ component: "jobs", task: "digest-daily", ...(await sendDigests("DAILY")) }, "daily digests sent");
    },
    "digest-weekly": async () => {
      const { sendDigests } = await import("../../app/domain/notifications/mail.server.ts");
      logger.info({ component: "jobs", task: "digest-weekly", ...(await sendDigests("WEEKLY")) }, "weekly digests sent");
    },
  };
  // The worker's own pool, with a handler for errors of idle connections: when PostgreSQL stops (a restart of the
  // embedded server, the end of a shutdown) they are reported, not thrown as an uncaught 'error' that kills the process.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", (error) => logger.warn({ component: "jobs", err: error.message }, "job worker connection lost"));
  const runner = await run({
    pgPool: pool,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 2000,
    logger: workerLogger,
    taskList,
    // max=3: a failed run is tried again twice; jobKey: a schedule never queues a second copy of itself.
    crontab: [
      `${retentionSchedule()} retention ?max=3&jobKey=retention`,
      `${designationSchedule()} designations ?max=3&jobKey=designations`,
      `${notificationMailSweep()} notification-mail ?max=3&jobKey=notification-mail`,
      `${eventReminderSchedule()} event-reminders ?max=3&jobKey=event-reminders`,
      `${fileTextSweep()} resource-text-sweep ?max=3&jobKey=resource-text-sweep`,
      `${dailyDigestSchedule()} digest-daily ?max=5&jobKey=digest-daily`,
      `${weeklyDigestSchedule()} digest-weekly ?max=5&jobKey=digest-weekly`,
    ].join("\n"),
  });
  // The queue's depth for /metrics, read on a connection of its own.
  const stats = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 2000, query_timeout: 2000 });
  stats.on("error", () => {});
  return {
    runner,
    stop: async () => {
      await runner.stop().catch((error: Error) => logger.warn({ component: "jobs", err: error }, "job worker did not stop cleanly"));
      await Promise.all([pool.end().catch(() => undefined), stats.end().catch(() => undefined)]);
    },
    async collectMetrics(metrics) {
      const { rows } = await stats.query<{ state: string; n: string }>(
        `SELECT CASE WHEN locked_at IS NOT NULL THEN 'running' WHEN attempts >= max_attempts THEN 'failed' ELSE 'waiting' END AS state, count(*) AS n
           FROM graphile_worker._private_jobs GROUP BY 1`,
      );
      for (const state of ["waiting", "running", "failed"])
        metrics.jobQueue.labels(state).set(Number(rows.find((r) => r.state === state)?.n ?? 0));
    },
  };
}
