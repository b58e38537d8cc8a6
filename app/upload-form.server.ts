// Reading a form that carries a file (multipart/form-data): the part "file" goes to a temporary file under a
// random name, within the upload limit (UPLOAD_MAX_MB, default 25); the other parts are small text fields.
// What happens to the file next (type check, storage) is the domain's: app/domain/resources/.
import { randomUUID } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import {
  MaxPartSizeExceededError,
  NodeOnDiskFile,
  unstable_composeUploadHandlers,
  unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";

/** An uploaded file waiting in the temporary folder: its path there, its size, and the name it was sent with. */
export type UploadedFile = { tempPath: string; size: number; originalName: string };
export type UploadForm = { fields: FormData; file: UploadedFile | null } | { tooLarge: true };

export function uploadLimitBytes() {
  const mb = Number(process.env.UPLOAD_MAX_MB ?? 25);
  return (Number.isFinite(mb) && mb > 0 ? mb : 25) * 1024 * 1024;
}

const tempDir = () => path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads", "tmp");

/** Reads a multipart form, writing the file part "file" to a temporary file; refuses oversized files. */
export async function readUploadForm(request: Request): Promise<UploadForm> {
  await mkdir(tempDir(), { recursive: true });
  // On disk the upload gets a random name; the name the user gave is kept aside (it is shown, never used as a path).
  const originalNames = new Map<string, string>();
  const handler = unstable_composeUploadHandlers(
    unstable_createFileUploadHandler({
      directory: tempDir(),
      maxPartSize: uploadLimitBytes(),
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
    const fields = await unstable_parseMultipartFormData(request, handler);
    const part = fields.get("file");
    if (part instanceof NodeOnDiskFile && part.size === 0) await rm(part.getFilePath(), { force: true });
    const file =
      part instanceof NodeOnDiskFile && part.size > 0
        ? { tempPath: part.getFilePath(), size: part.size, originalName: originalNames.get(part.name) ?? part.name }
        : null;
    fields.delete("file");
    return { fields, file };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { tooLarge: true };
    throw error;
  }
}
