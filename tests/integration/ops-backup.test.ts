// Backup and restore (issue 16 §4): documents published through the app, a backup taken while writes keep
// coming (online), restored into another, empty database and another upload folder; every table's rows are
// there (the archive's counts, and the same content for the tables nobody wrote to meanwhile), and every
// document downloads from the restored platform byte for byte as from the original.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { db } from "~/db.server";
import { LocalDiskStorage } from "~/storage.server";
import * as newResource from "~/routes/_app.resources.new";
import * as download from "~/routes/_app.resources.$id_.download";
import { backup, restore } from "../../scripts/lib/backup.ts";
import { createDatabaseIfMissing, databaseUrl, dropDatabase } from "../../scripts/lib/postgres.ts";
import { callRoute, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";

const adminUrl = inject("pgAdminUrl");
const restoredName = `restored_${process.pid}_${Date.now().toString(36)}`;
let work: string;
let cookie: string;

async function rowsOf(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** A fingerprint of a table's stored content (generated columns included: they must come out equal too). */
const fingerprint = (url: string, table: string) =>
  rowsOf(url, `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`).then(
    (r) => r[0],
  );

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "ops-backup-"));
  await seedReference();
  cookie = await sessionCookie((await createUser({ organization: "UNODC" })).id);
  const unodc = (await organizationByCode("UNODC")).id;
  for (let i = 1; i <= 5; i++) {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      title: `Backup test document ${i}`,
      language: "en",
      publishedOn: "2026-11-20",
      publisherOrganizationId: unodc,
      pillars: "2",
      tags: "Backup",
      kind: "FILE",
    }))
      form.append(k, v);
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(200_000 * i, i), Buffer.from("\n%%EOF\n")]);
    form.append("file", new File([new Uint8Array(bytes)], `document-${i}.pdf`, { type: "application/pdf" }));
    expect((await callRoute(newResource.action, { url: "/resources/new", cookie, multipart: form })).status).toBe(302);
  }
});

afterAll(async () => {
  await dropDatabase(adminUrl, restoredName).catch(() => undefined);
  await rm(work, { recursive: true, force: true });
});

describe("npm run backup / npm run restore", () => {
  it("backs up online under a write load and restores elsewhere with equal rows and downloads", async () => {
    const sourceUrl = process.env.DATABASE_URL!;
    const sourceUploads = process.env.UPLOAD_DIR!;
    const resources = await db.resource.findMany({ where: { title: { startsWith: "Backup test document" } }, orderBy: { title: "asc" } });
    expect(resources).toHaveLength(5);
    const downloads = async () =>
      Promise.all(
        resources.map(async (r) => {
          const answer = await callRoute(download.loader, { url: "/resources/x/download", cookie, params: { id: r.id } });
          expect(answer.status).toBe(200);
          return Buffer.from(answer.data as string, "latin1");
        }),
      );
    const original = await downloads();

    // Writes keep coming while the backup runs: an audit event every few milliseconds on another connection.
    const writer = new pg.Client({ connectionString: sourceUrl });
    await writer.connect();
    let writing = true;
    let written = 0;
    const load = (async () => {
      while (writing) {
        await writer.query(`INSERT INTO audit_event (action, subject_type, after) VALUES ('load.test', 'System', '{}')`);
        written += 1;
      }
    })();
    const archive = path.join(work, "backup.tar.gz");
    const started = Date.now();
    const manifest = await backup({ databaseUrl: sourceUrl, uploadDir: sourceUploads, out: archive });
    const backupMs = Date.now() - started;
    writing = false;
    await load;
    await writer.end();
    expect(written).toBeGreaterThan(0);
    expect(manifest.files).toBe(5);
    const size = (await stat(archive)).size;

    await createDatabaseIfMissing(adminUrl, restoredName);
    const restoredUrl = databaseUrl(adminUrl, restoredName);
    const restoredUploads = path.join(work, "restored-uploads");
    const restoreStarted = Date.now();
    await restore({ archive, databaseUrl: restoredUrl, uploadDir: restoredUploads });
    const restoreMs = Date.now() - restoreStarted;
    const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
    console.log(
      `backup of ${rows} rows and ${manifest.files} files (${manifest.fileBytes} bytes) under load (${written} writes meanwhile): ` +
        `${backupMs} ms, archive ${size} bytes; restore ${restoreMs} ms`,
    );

    for (const [table, saved] of Object.entries(manifest.tables)) {
      const restored = await fingerprint(restoredUrl, table);
      expect(restored.n, table).toBe(saved.rows);
      // Nobody wrote to the other tables meanwhile: their content is the same. The data versions are the exception:
      // the restore's own writes bump them, so that figures kept for the old data are never served for the new.
      if (table !== "audit_event" && table !== "data_version") expect(restored, table).toEqual(await fingerprint(sourceUrl, table));
    }
    const versions = (url: string) => rowsOf(url, `SELECT name, version::int AS version FROM data_version ORDER BY name`);
    const [before, after] = [await versions(sourceUrl), await versions(restoredUrl)];
    expect(after.map((v) => v.name)).toEqual(before.map((v) => v.name));
    for (const [i, v] of after.entries()) expect(v.version, v.name).toBeGreaterThan(before[i].version);

    // The restored platform serves the same documents: its rows name the same keys (compared above, table
    // "resource"), and its file store gives the same bytes for each.
    const restoredStore = new LocalDiskStorage(restoredUploads);
    for (const [i, resource] of resources.entries()) {
      const file = await restoredStore.read(resource.storageKey!);
      expect(file?.size, resource.title).toBe(original[i].length);
      const bytes = Buffer.from(await new Response(file!.stream).arrayBuffer());
      expect(bytes.equals(original[i]), resource.title).toBe(true);
    }
  }, 120_000);
});
