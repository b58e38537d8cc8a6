// Uploaded files in S3-compatible object storage (issue 16 §5), against an S3-protocol server started here
// (s3rver): a 25 MB file goes up in parts and comes back byte for byte, streamed; a missing object reads as
// null; removal works; and the app publishes and serves a document through it when S3_BUCKET is set.
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { S3Storage } from "~/storage-s3.server";
import { fileStorage } from "~/storage.server";
import * as newResource from "~/routes/_app.resources.new";
import * as download from "~/routes/_app.resources.$id_.download";
import { findFreePort } from "../../scripts/lib/postgres.ts";
import { callRoute, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";

let server: S3rver;
let work: string;
let settings: ConstructorParameters<typeof S3Storage>[0];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "s3-"));
  const port = await findFreePort();
  server = new S3rver({
    port,
    address: "127.0.0.1",
    silent: true,
    directory: path.join(work, "s3"),
    configureBuckets: [{ name: "uploads" }],
  });
  await server.run();
  settings = {
    bucket: "uploads",
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    prefix: "files/",
  };
  // The app's own store (fileStorage) reads these on first use.
  Object.assign(process.env, {
    S3_BUCKET: "uploads",
    S3_ENDPOINT: settings.endpoint,
    S3_FORCE_PATH_STYLE: "1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
  });
});

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("the S3 store", () => {
  it("stores a 25 MB file in parts and gives it back streamed, byte for byte", async () => {
    const store = new S3Storage(settings);
    const bytes = randomBytes(25 * 1024 * 1024);
    const temp = path.join(work, "upload.tmp");
    await writeFile(temp, bytes);
    const key = crypto.randomUUID();
    const started = Date.now();
    await store.putFromTempFile(key, temp);
    const putMs = Date.now() - started;
    expect(existsSync(temp)).toBe(false);
    const file = await store.read(key);
    expect(file?.size).toBe(bytes.length);
    const hash = createHash("sha256");
    let chunks = 0;
    const reader = file!.stream.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      hash.update(part.value);
      chunks += 1;
    }
    console.log(`25 MB to S3 (s3rver) in ${putMs} ms; read back in ${chunks} chunks`);
    expect(chunks).toBeGreaterThan(1);
    expect(hash.digest("hex")).toBe(sha(bytes));
    await store.remove(key);
    expect(await store.read(key)).toBeNull();
    expect(await store.read(crypto.randomUUID())).toBeNull();
    await expect(store.read("../etc/passwd")).rejects.toThrow("Invalid storage key");
  }, 120_000);

  it("is the app's store when S3_BUCKET is set: a document published is served from it", async () => {
    expect(fileStorage()).toBeInstanceOf(S3Storage);
    await seedReference();
    const cookie = await sessionCookie((await createUser({ organization: "UNODC" })).id);
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(3 * 1024 * 1024), Buffer.from("\n%%EOF\n")]);
    const form = new FormData();
    for (const [k, v] of Object.entries({
      title: "Stored in S3",
      language: "en",
      publishedOn: "2026-11-20",
      publisherOrganizationId: (await organizationByCode("UNODC")).id,
      pillars: "2",
      tags: "S3",
      kind: "FILE",
    }))
      form.append(k, v);
    form.append("file", new File([new Uint8Array(bytes)], "s3.pdf", { type: "application/pdf" }));
    expect((await callRoute(newResource.action, { url: "/resources/new", cookie, multipart: form })).status).toBe(302);
    const resource = await db.resource.findFirstOrThrow({ where: { title: "Stored in S3" } });
    await mkdir(process.env.UPLOAD_DIR!, { recursive: true });
    expect(existsSync(path.join(process.env.UPLOAD_DIR!, resource.storageKey!.slice(0, 2), resource.storageKey!))).toBe(false);
    const answer = await callRoute(download.loader, { url: "/resources/x/download", cookie, params: { id: resource.id } });
    expect(answer.status).toBe(200);
    expect(Buffer.from(answer.data as string, "latin1").equals(bytes)).toBe(true);
  }, 60_000);
});
