// The text inside uploaded files, for the search, is read in the job worker (task "resource-text",
// app/domain/resources/file-text-reader.server.ts), never while the uploader waits: the upload queues it here.
import { Prisma } from "~/db.server";

/**
 * Asks the job worker to read a resource's file, in the caller's transaction (the job exists exactly when the
 * file's record does; one job per resource, its key). Skipped where the worker never ran (its schema is
 * missing): the worker's sweep reads those files later (readPendingFileTexts).
 */
export async function queueFileText(tx: Prisma.TransactionClient, resourceId: string) {
  const [worker] = await tx.$queryRaw<Array<{ present: boolean }>>(
    Prisma.sql`SELECT to_regproc('graphile_worker.add_job') IS NOT NULL AS present`,
  );
  if (!worker?.present) return;
  await tx.$executeRaw(Prisma.sql`SELECT graphile_worker.add_job('resource-text', json_build_object('resourceId', ${resourceId}::text),
    job_key := ${`resource-text:${resourceId}`}, max_attempts := 5)`);
}
