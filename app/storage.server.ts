// Where uploaded files live: local disk (UPLOAD_DIR, default .data/uploads) by default, S3-compatible object
// storage when S3_BUCKET is set (app/storage-s3.server.ts: several instances share it). Files are addressed by
// a random key, never by the name the user gave, and are only ever served after an access check.
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { s3SettingsFromEnv, S3Storage } from "./storage-s3.server";

export interface FileStorage {
  /** Moves a finished upload (a temporary file) into the store under `key`. */
  putFromTempFile(key: string, tempPath: string): Promise<void>;
  read(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
  remove(key: string): Promise<void>;
}

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    if (!/^[a-f0-9-]{36}$/.test(key)) throw new Error("Invalid storage key");
    return path.join(this.root, key.slice(0, 2), key);
  }

  async putFromTempFile(key: string, tempPath: string) {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tempPath, target);
  }

  async read(key: string) {
    const file = this.pathOf(key);
    try {
      const { size } = await stat(file);
      return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size };
    } catch {
      return null;
    }
  }

  async remove(key: string) {
    await rm(this.pathOf(key), { force: true });
  }
}

let storage: FileStorage | undefined;
/** S3-compatible object storage when S3_BUCKET is set (app/storage-s3.server.ts), local disk otherwise. */
export function fileStorage(): FileStorage {
  if (!storage) {
    const s3 = s3SettingsFromEnv();
    storage = s3 ? new S3Storage(s3) : new LocalDiskStorage(path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads"));
  }
  return storage;
}
