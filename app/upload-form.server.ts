// Reading a form that carries a file (multipart/form-data), streamed through busboy part by part:
// - only the part named "file" may be a file, at most one, within the upload limit (UPLOAD_MAX_MB, default 25);
//   every other file part is skipped unread, and a file part is written only once `mayReceiveFile` has seen
//   the fields before it and said yes (the resource form puts "where" and "kind" before the file, as browsers
//   send parts in the form's order), so a user without the right to publish there never gets a byte on disk;
// - at most MAX_PARTS parts and MAX_FIELDS text fields, each at most FIELD_MAX_BYTES: a longer field is
//   reported on that field, with every other typed value kept;
// - an empty file part (no file chosen) writes nothing; a malformed body is answered 400;
// - every temporary file is removed on every path that does not hand it over (errors, aborts, refusals).
// What happens to the file next (type check, storage) is the domain's: app/domain/resources/.
import { randomUUID } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { data } from "@remix-run/node";
import busboy from "busboy";
import type { FieldErrors } from "./forms.server";

/** An uploaded file waiting in the temporary folder: its path there, its size, and the name it was sent with. */
export type UploadedFile = { tempPath: string; size: number; originalName: string };
/** The form's text fields, its file (null when none, or when the form came back with errors), and what was refused. */
export type UploadForm = { fields: FormData; file: UploadedFile | null; errors: FieldErrors };

export const FILE_FIELD = "file";
export const MAX_PARTS = 60;
export const MAX_FIELDS = 50;
export const FIELD_MAX_BYTES = 100_000;

export function uploadLimitBytes() {
  const mb = Number(process.env.UPLOAD_MAX_MB ?? 25);
  return (Number.isFinite(mb) && mb > 0 ? mb : 25) * 1024 * 1024;
}

/** Where uploads wait while their form is read and checked (the retention job removes anything left over). */
export const uploadTempDir = () => path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads", "tmp");

const refuse = (status: 400 | 415, form: string) => data({ ok: false as const, errors: { form }, values: {} }, { status });

/**
 * Reads a multipart form. `mayReceiveFile` is asked, with the fields read so far, before the file part is
 * written: returning false skips the file unread.
 */
export async function readUploadForm(request: Request, options: { mayReceiveFile: (fields: FormData) => boolean }): Promise<UploadForm> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type) || !request.body) throw refuse(415, "errors.notAForm");
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": type },
      // Browsers send file names in UTF-8 (busboy would read them as Latin-1).
      defParamCharset: "utf8",
      limits: {
        fileSize: uploadLimitBytes(),
        files: 1,
        parts: MAX_PARTS,
        fields: MAX_FIELDS,
        fieldSize: FIELD_MAX_BYTES,
        fieldNameSize: 100,
      },
    });
  } catch {
    throw refuse(400, "errors.unreadableForm"); // no boundary, or not multipart after all
  }
  await mkdir(uploadTempDir(), { recursive: true });

  const fields = new FormData();
  const errors: FieldErrors = {};
  const written: string[] = [];
  let file: UploadedFile | null = null;
  const saving: Array<Promise<void>> = [];

  async function saveFile(stream: Readable, originalName: string) {
    const tempPath = path.join(uploadTempDir(), randomUUID());
    let out: WriteStream | null = null;
    let size = 0;
    let truncated = false;
    stream.on("limit", () => (truncated = true));
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (truncated) continue;
        // Created with the first byte: an empty file part (no file chosen) leaves nothing behind.
        if (!out) {
          out = createWriteStream(tempPath, { flags: "wx", mode: 0o600 });
          written.push(tempPath);
        }
        size += chunk.length;
        if (!out.write(chunk)) await new Promise<void>((resolve) => out!.once("drain", () => resolve()));
      }
    } finally {
      if (out) {
        out.end();
        await finished(out).catch(() => undefined);
      }
    }
    if (truncated) errors[FILE_FIELD] = "resources.fileTooLarge";
    else if (size > 0) file = { tempPath, size, originalName };
  }

  const parsed = new Promise<void>((resolve, reject) => {
    parser.on("field", (name, value, info) => {
      if (info.nameTruncated) return;
      if (info.valueTruncated) errors[name] = `errors.tooLong|${JSON.stringify({ max: FIELD_MAX_BYTES })}`;
      fields.append(name, value);
    });
    parser.on("file", (name, stream, info) => {
      if (name !== FILE_FIELD || !options.mayReceiveFile(fields)) {
        stream.resume(); // read and dropped, never written
        return;
      }
      saving.push(saveFile(stream, info.filename ?? ""));
    });
    const tooMany = () => (errors.form = "errors.tooManyParts");
    parser.on("partsLimit", tooMany);
    parser.on("fieldsLimit", tooMany);
    parser.on("filesLimit", tooMany);
    parser.once("error", reject);
    parser.once("close", resolve);
  });

  const body = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
  body.once("error", (error) => parser.destroy(error));
  body.pipe(parser);
  try {
    await parsed;
    await Promise.all(saving);
  } catch {
    await Promise.allSettled(saving);
    await Promise.all(written.map((p) => rm(p, { force: true })));
    throw refuse(400, "errors.unreadableForm");
  }
  if (Object.keys(errors).length) {
    // A form sent back with errors keeps no file: the person chooses it again.
    await Promise.all(written.map((p) => rm(p, { force: true })));
    return { fields, file: null, errors };
  }
  return { fields, file, errors };
}
