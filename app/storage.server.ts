// Where uploaded files live. Behind this interface so that production can use an S3-compatible store;
// the local-disk store (UPLOAD_DIR, default .data/uploads) is what exists today. Files are addressed by a
// random key, never by the name the user gave, and are only ever served after an access check.
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

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
export function fileStorage(): FileStorage {
  storage ??= new LocalDiskStorage(path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads"));
  return storage;
}
