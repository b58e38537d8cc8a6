// The text inside uploaded documents, for the search (/search and the library's search box): PDF through
// unpdf (PDF.js, no native code), DOCX through mammoth, plain text (TXT, CSV, Markdown) decoded as UTF-8.
// Reading runs in the job worker (scripts/lib/jobs.ts, task "resource-text"), queued in the transaction that
// stores the file, so an upload never waits for it. A file that cannot be read (corrupt, encrypted, too big,
// a format without an extractor) is recorded as read with no text: the job ends, it is not retried; only a
// failure to reach the file or the database is (graphile-worker's backoff, a few attempts).
import { db, Prisma } from "~/db.server";
import { fileStorage } from "~/storage.server";
import { logger } from "~/log.server";

/** At most this many characters of a document's text are kept (enough for a long report). */
export const FILE_TEXT_MAX_CHARS = 200_000;
/** Larger files are not read: parsing them would hold the worker for too long. */
export const FILE_TEXT_MAX_BYTES = 30 * 1024 * 1024;
/** A document whose reading takes longer is given up (recorded as unreadable). */
const READ_TIMEOUT_MS = 60_000;

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

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocumentProxy } = await import("unpdf");
  // A plain Uint8Array (PDF.js refuses a Buffer), a copy: PDF.js takes over the memory it is given.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  try {
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages && length < FILE_TEXT_MAX_CHARS; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
      pages.push(text);
      length += text.length;
      page.cleanup();
    }
    return pages.join("\n");
  } finally {
    await pdf.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}

/**
 * The text of a document of the given type: null when the type has no extractor. Throws when the file
 * cannot be read (corrupt, encrypted…); the caller decides what that means.
 */
export async function extractText(bytes: Uint8Array, mimeType: string): Promise<string | null> {
  if (mimeType === "application/pdf") return tidyText(await pdfText(bytes));
  if (mimeType === DOCX) return tidyText(await docxText(bytes));
  if (mimeType.startsWith("text/")) return tidyText(new TextDecoder("utf-8").decode(bytes));
  return null;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
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
        text = await withTimeout(extractText(bytes, mimeType!), READ_TIMEOUT_MS);
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

/**
 * Asks the job worker to read a resource's file, in the caller's transaction (the job exists exactly when the
 * file's record does). Skipped where the worker never ran (its schema is missing): the reading is then left
 * to readPendingFileTexts.
 */
export async function queueFileText(tx: Prisma.TransactionClient, resourceId: string) {
  const [worker] = await tx.$queryRaw<Array<{ present: boolean }>>(
    Prisma.sql`SELECT to_regproc('graphile_worker.add_job') IS NOT NULL AS present`,
  );
  if (!worker?.present) return;
  await tx.$executeRaw(Prisma.sql`SELECT graphile_worker.add_job('resource-text', json_build_object('resourceId', ${resourceId}::text),
    job_key := ${`resource-text:${resourceId}`}, max_attempts := 5)`);
}

/** Reads every stored file whose text was never read (the seed's files, a job lost with a restored backup). */
export async function readPendingFileTexts(): Promise<Record<FileTextOutcome, number>> {
  const pending = await db.$queryRaw<Array<{ id: string }>>(Prisma.sql`
    SELECT id::text AS id FROM resource WHERE storage_key IS NOT NULL AND file_text_read_at IS NULL ORDER BY created_at`);
  const counts: Record<FileTextOutcome, number> = { read: 0, empty: 0, unreadable: 0, skipped: 0 };
  for (const { id } of pending) counts[await readResourceFileText(id)]++;
  return counts;
}
