// An uploaded document's type, decided by the file's content (magic numbers, via file-type), not by its
// name. Plain-text formats have no magic number: they are accepted only when the bytes are valid UTF-8
// text. (Reading the upload from the request, with its size limit, is app/upload-form.server.ts.)
import { open, rm } from "node:fs/promises";
import path from "node:path";
import { safeFileName } from "~/downloads.server";
import type { UploadedFile } from "~/upload-form.server";
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

/** Removes an upload's temporary file (every path that does not store it ends here). */
export async function discardUpload(file: UploadedFile | null) {
  if (file) await rm(file.tempPath, { force: true });
}

/** A file name that is safe to show and to offer in Content-Disposition. */
export function cleanFileName(name: string) {
  return safeFileName(name, "document");
}
