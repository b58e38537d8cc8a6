// Reading an uploaded document: a size limit (UPLOAD_MAX_MB, default 25), and the type decided by the
// file's content (magic numbers, via file-type), not by its name. Plain-text formats have no magic
// number: they are accepted only when the bytes are valid UTF-8 text.
import { randomUUID } from "node:crypto";
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import {
  unstable_composeUploadHandlers,
  unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  MaxPartSizeExceededError,
  NodeOnDiskFile,
} from "@remix-run/node";
import { fileTypeFromFile } from "file-type";

export const ALLOWED_TYPES: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
  "application/msword": "doc",
  "application/vnd.ms-excel": "xls",
  "image/png": "png",
  "image/jpeg": "jpg",
  "text/plain": "txt",
  "text/csv": "csv",
};
const TEXT_EXTENSIONS: Record<string, string> = { ".txt": "text/plain", ".csv": "text/csv", ".md": "text/plain" };

export function uploadLimitBytes() {
  const mb = Number(process.env.UPLOAD_MAX_MB ?? 25);
  return (Number.isFinite(mb) && mb > 0 ? mb : 25) * 1024 * 1024;
}

const tempDir = () => path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads", "tmp");

export type ParsedUpload = { formData: FormData; file: NodeOnDiskFile | null; originalName: string } | { tooLarge: true };

/** Parses a multipart form, writing the file part "file" to a temporary file; refuses oversized files. */
export async function parseUploadForm(request: Request): Promise<ParsedUpload> {
  await mkdir(tempDir(), { recursive: true });
  const limit = uploadLimitBytes();
  // On disk the upload gets a random name; the name the user gave is kept aside (it is shown, never used as a path).
  const originalNames = new Map<string, string>();
  const handler = unstable_composeUploadHandlers(
    unstable_createFileUploadHandler({
      directory: tempDir(),
      maxPartSize: limit,
      avoidFileConflicts: true,
      file: ({ filename }) => {
        const id = randomUUID();
        originalNames.set(id, filename);
        return id;
      },
    }),
    unstable_createMemoryUploadHandler({ maxPartSize: 100_000 }),
  );
  try {
    const formData = await unstable_parseMultipartFormData(request, handler);
    const part = formData.get("file");
    const file = part instanceof NodeOnDiskFile && part.size > 0 ? part : null;
    return { formData, file, originalName: file ? (originalNames.get(file.name) ?? file.name) : "" };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { tooLarge: true };
    throw error;
  }
}

async function isUtf8Text(filePath: string) {
  const handle = await open(filePath, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const sample = buffer.subarray(0, bytesRead);
    if (sample.includes(0)) return false;
    // A sample cut at 64 KiB may end inside a multi-byte character: decode it in streaming mode then.
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: bytesRead === buffer.length });
    return true;
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

/** The file's real type, or null when it is not one we accept (whatever its name says). */
export async function sniffAllowedType(filePath: string, originalName: string): Promise<string | null> {
  const detected = await fileTypeFromFile(filePath);
  if (detected) {
    // Legacy Office files are OLE containers ("cfb"); accept them only under their own extensions.
    if (detected.mime === "application/x-cfb") {
      const ext = path.extname(originalName).toLowerCase();
      return ext === ".doc" ? "application/msword" : ext === ".xls" ? "application/vnd.ms-excel" : null;
    }
    return ALLOWED_TYPES[detected.mime] ? detected.mime : null;
  }
  const textType = TEXT_EXTENSIONS[path.extname(originalName).toLowerCase()];
  return textType && (await isUtf8Text(filePath)) ? textType : null;
}

export async function discardUpload(file: NodeOnDiskFile | null) {
  if (file) await rm(file.getFilePath(), { force: true });
}

/** A file name that is safe to show and to offer in Content-Disposition. */
export function cleanFileName(name: string) {
  const base = path.basename(name).replace(/[\u0000-\u001f\u007f"\\/]/g, "_").trim();
  return (base || "document").slice(0, 200);
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987), never inline. */
export function contentDisposition(fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[%;]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
