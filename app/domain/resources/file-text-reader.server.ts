// The text inside uploaded documents, for the search (/search and the library's search box): PDF through
// unpdf (PDF.js, no native code), DOCX through mammoth, each parsed in a thread of its own with a time and a
// memory limit (file-text-worker.mjs); plain text (TXT, CSV, Markdown) decoded as UTF-8. Reading runs in the
// job worker (scripts/lib/jobs.ts, task "resource-text"), queued in the transaction that stores the file
// (./file-text.server.ts), so an upload never waits for it; only the job worker, the seed and tests load this
// module. A file that cannot be read (corrupt, encrypted, too big, too slow, a format without an extractor) is
// recorded as read with no text: the job ends and is not retried; only a failure to reach the file or the
// database is (graphile-worker's backoff, a few attempts).
import { Worker } from "node:worker_threads";
import { db, Prisma, readRows } from "~/db.server";
import { fileStorage } from "~/storage.server";
import { logger } from "~/log.server";

/** At most this many characters of a document's text are kept (enough for a long report). */
export const FILE_TEXT_MAX_CHARS = 200_000;
/** Larger files are not read: parsing them would hold the worker for too long. */
export const FILE_TEXT_MAX_BYTES = 30 * 1024 * 1024;
/** A document whose reading takes longer is given up (recorded as unreadable): FILE_TEXT_TIMEOUT_MS, default 60 s. */
const readTimeoutMs = () => Number(process.env.FILE_TEXT_TIMEOUT_MS ?? 60_000) || 60_000;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const READABLE = new Set(["application/pdf", DOCX, "text/plain", "text/csv", "text/markdown"]);

/** Whether the search reads text out of files of this type. */
export const hasReadableText = (mimeType: string | null | undefined) => !!mimeType && READABLE.has(mimeType);

/** Spaces and line breaks folded, control characters dropped, cut at the cap (never inside a surrogate pair). */
export function tidyText(raw: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const flat = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu, " ").replace(/[^\S\n]+/gu, " ");
  let text = flat.replace(/ *\n[\s]*/gu, "\n").trim();
  if (text.length > FILE_TEXT_MAX_CHARS) {
    text = text.slice(0, FILE_TEXT_MAX_CHARS);
    if (/[\ud800-\udbff]$/u.test(text)) text = text.slice(0, -1);
  }
  return text.length > 0 ? text : null;
}

/** Memory of the thread that parses one document: a file that swells beyond it ends that thread only. */
const READER_MEMORY_MB = 256;
const WORKER = new URL("./file-text-worker.mjs", import.meta.url);

/** Runs the parser of PDF or DOCX in a thread of its own, stopped at the time limit; rejects when it fails. */
function readInThread(bytes: Uint8Array, mimeType: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    // A copy handed over to the thread (PDF.js refuses a Buffer and takes over the memory it is given).
    const data = new Uint8Array(bytes);
    const worker = new Worker(WORKER, {
      workerData: { bytes: data, mimeType, maxChars: FILE_TEXT_MAX_CHARS },
      transferList: [data.buffer],
      resourceLimits: { maxOldGenerationSizeMb: READER_MEMORY_MB },
      execArgv: [],
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timeout = readTimeoutMs();
    const timer = setTimeout(() => settle(() => reject(new Error(`gave up after ${timeout} ms`))), timeout);
    worker.once("message", (message: { ok: true; text: string | null } | { ok: false; error: string }) =>
      settle(() => (message.ok ? resolve(message.text) : reject(new Error(message.error)))),
    );
    worker.once("error", (error) => settle(() => reject(error)));
    worker.once("exit", (code) => settle(() => reject(new Error(`the reader stopped (exit code ${code})`))));
  });
}

/**
 * The text of a document of the given type, tidied and capped: null when the type has no extractor or the file
 * holds no text. Throws when the file cannot be read (corrupt, encrypted, too slow, too big to parse).
 */
export async function extractText(bytes: Uint8Array, mimeType: string): Promise<string | null> {
  if (mimeType.startsWith("text/")) return tidyText(new TextDecoder("utf-8").decode(bytes));
  if (mimeType !== "application/pdf" && mimeType !== DOCX) return null;
  const raw = await readInThread(bytes, mimeType);
  return raw === null ? null : tidyText(raw);
}

/** The stored file's bytes, or null when it is missing or larger than the cap (not read, not kept in memory). */
async function readStored(storageKey: string): Promise<Uint8Array | null> {
  const file = await fileStorage().read(storageKey);
  if (!file) return null;
  if (file.size > FILE_TEXT_MAX_BYTES) {
    await file.stream.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of file.stream as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > FILE_TEXT_MAX_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export type FileTextOutcome = "read" | "empty" | "unreadable" | "skipped";

/**
 * Reads the text of a resource's file into `resource.file_text` and marks when it was read
 * (`file_text_read_at`; with no text: nothing could be read). Neither the version nor the update time changes:
 * no one edited the resource. A resource gone, or whose file changed meanwhile, is left alone.
 */
export async function readResourceFileText(resourceId: string): Promise<FileTextOutcome> {
  const resource = await db.resource.findUnique({ where: { id: resourceId }, select: { storageKey: true, mimeType: true } });
  if (!resource?.storageKey) return "skipped";
  const { storageKey, mimeType } = resource;
  let text: string | null = null;
  let outcome: FileTextOutcome = "empty";
  if (hasReadableText(mimeType)) {
    const bytes = await readStored(storageKey);
    if (bytes) {
      try {
        text = await extractText(bytes, mimeType!);
        outcome = text ? "read" : "empty";
      } catch (error) {
        outcome = "unreadable";
        logger.warn({ component: "file-text", resourceId, mimeType, err: (error as Error).message }, "no text could be read from the file");
      }
    } else outcome = "unreadable";
  }
  await db.$executeRaw(Prisma.sql`
    UPDATE resource SET file_text = ${text}, file_text_read_at = now()
    WHERE id = ${resourceId}::uuid AND storage_key = ${storageKey}`);
  return outcome;
}

/** Reads every stored file whose text was never read (files stored before reading existed, a job lost). */
export async function readPendingFileTexts(): Promise<Record<FileTextOutcome, number>> {
  const pending = await readRows<{ id: string }>(Prisma.sql`
    SELECT id::text AS id FROM resource WHERE storage_key IS NOT NULL AND file_text_read_at IS NULL ORDER BY created_at`);
  const counts: Record<FileTextOutcome, number> = { read: 0, empty: 0, unreadable: 0, skipped: 0 };
  for (const { id } of pending) counts[await readResourceFileText(id)]++;
  return counts;
}
