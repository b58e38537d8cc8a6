// More than one instance (issue 16 §5): two app processes on one PostgreSQL and one object store (s3rver).
// A session made on A works on B; a sign-in limit counted on A holds on B; a file uploaded on A downloads on B.
// (A job runs once across workers: tests/integration/ops-retention.test.ts.)
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { hashPassword } from "~/auth/password.server";
import { createDatabaseIfMissing, databaseUrl, dropDatabase, findFreePort } from "../../scripts/lib/postgres.ts";
import { formKeyOf, signInOver, startAppProcess, type AppProcess } from "../support/app-process";

const PASSWORD = "a perfectly fine test passphrase";
const adminUrl = inject("pgAdminUrl");
const name = `two_instances_${randomBytes(4).toString("hex")}`;
const url = databaseUrl(adminUrl, name);
let s3: S3rver;
let work: string;
let a: AppProcess;
let b: AppProcess;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function addUser(email: string, organization: string) {
  await sql(
    `INSERT INTO "user" (email, name, role, status, organization_id, password_hash)
     SELECT $1, 'Two Instances', 'FOCAL_POINT', 'ACTIVE', id, $2 FROM organization WHERE acronym = $3 OR iso3 = $3 LIMIT 1`,
    [email, await hashPassword(PASSWORD), organization],
  );
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "two-instances-"));
  const s3Port = await findFreePort();
  s3 = new S3rver({
    port: s3Port,
    address: "127.0.0.1",
    silent: true,
    directory: path.join(work, "s3"),
    configureBuckets: [{ name: "shared" }],
  });
  await s3.run();
  await createDatabaseIfMissing(adminUrl, name);
  const env = {
    DATABASE_URL: url,
    S3_BUCKET: "shared",
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_FORCE_PATH_STYLE: "1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    SIGNIN_MAX_FAILURES_PER_ACCOUNT: "3",
  };
  // A first (it migrates and seeds the empty database), then B.
  a = await startAppProcess(env);
  b = await startAppProcess(env);
  await addUser("two-a@example.test", "UNODC");
  await addUser("two-limit@example.test", "KEN");
}, 400_000);

afterAll(async () => {
  await a?.cleanUp();
  await b?.cleanUp();
  await s3?.close();
  await dropDatabase(adminUrl, name).catch(() => undefined);
  await rm(work, { recursive: true, force: true });
});

describe("two instances on one PostgreSQL and one object store", () => {
  it("share sessions, sign-in limits and files", async () => {
    // A session made on A works on B.
    const cookie = await signInOver(a.baseUrl, "two-a@example.test", PASSWORD);
    const onB = await fetch(`${b.baseUrl}/profile`, { headers: { cookie }, redirect: "manual" });
    expect(onB.status).toBe(200);

    // Failures counted on A block the account on B, even with the right password.
    for (let i = 0; i < 3; i++) {
      const body = new URLSearchParams({
        email: "two-limit@example.test",
        password: "wrong password here",
        _formKey: await formKeyOf(a.baseUrl, "/login"),
      });
      await fetch(`${a.baseUrl}/login`, { method: "POST", body, redirect: "manual", headers: { origin: a.baseUrl } });
    }
    await expect(signInOver(b.baseUrl, "two-limit@example.test", PASSWORD)).rejects.toThrow("failed");

    // A document uploaded on A downloads on B.
    const [unodc] = await sql<{ id: string }>(`SELECT id FROM organization WHERE acronym = 'UNODC'`);
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(2 * 1024 * 1024), Buffer.from("\n%%EOF\n")]);
    const form = new FormData();
    for (const [k, v] of Object.entries({
      title: "Uploaded on A",
      language: "en",
      publishedOn: "2026-11-20",
      publisherOrganizationId: unodc.id,
      pillars: "2",
      tags: "Instances",
      kind: "FILE",
    }))
      form.append(k, v);
    form.append("file", new File([new Uint8Array(bytes)], "a.pdf", { type: "application/pdf" }));
    const published = await fetch(`${a.baseUrl}/resources/new`, {
      method: "POST",
      body: form,
      redirect: "manual",
      headers: { cookie, origin: a.baseUrl },
    });
    expect(published.status, await published.text()).toBe(302);
    const [resource] = await sql<{ id: string }>(`SELECT id FROM resource WHERE title = 'Uploaded on A'`);
    const downloaded = await fetch(`${b.baseUrl}/resources/${resource.id}/download`, { headers: { cookie } });
    expect(downloaded.status).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(bytes)).toBe(true);
  }, 120_000);
});
