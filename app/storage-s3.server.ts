// Uploaded files in S3-compatible object storage (AWS S3, MinIO, Ceph RGW), for several instances: chosen by
// app/storage.server.ts when S3_BUCKET is set. Streamed both ways: an upload goes from its temporary file in
// parts (multipart above 8 MB, @aws-sdk/lib-storage), a download is the object's body stream.
// Settings: S3_BUCKET, S3_REGION (default us-east-1), S3_ENDPOINT (MinIO, Ceph, …), S3_FORCE_PATH_STYLE (1 for
// MinIO/Ceph), S3_PREFIX (key prefix), S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY (else the SDK's usual chain).
import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { FileStorage } from "./storage.server";

export type S3Settings = {
  bucket: string;
  region?: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  prefix?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
};

export function s3SettingsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  if (!env.S3_BUCKET) return null;
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "1" || env.S3_FORCE_PATH_STYLE === "true",
    prefix: env.S3_PREFIX,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
  };
}

export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region ?? "us-east-1",
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
    });
  }

  private keyOf(key: string) {
    if (!/^[a-f0-9-]{36}$/.test(key)) throw new Error("Invalid storage key");
    return `${this.settings.prefix ?? ""}${key}`;
  }

  async putFromTempFile(key: string, tempPath: string) {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key: this.keyOf(key), Body: createReadStream(tempPath) },
      partSize: 8 * 1024 * 1024,
      queueSize: 2,
    });
    await upload.done();
    await rm(tempPath, { force: true });
  }

  async read(key: string) {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }));
      if (!object.Body) return null;
      const stream = Readable.toWeb(object.Body as Readable) as ReadableStream<Uint8Array>;
      return { stream, size: object.ContentLength ?? 0 };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
      throw error;
    }
  }

  async remove(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }));
  }
}
