// The search finds resources by the text inside their files (PDF, DOCX, plain text): uploaded through the
// real route, read by the real job worker, matched by /search and the library's search box, never shown to
// someone who may not read the resource, and a file that cannot be read neither fails the upload nor the job.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as newResource from "~/routes/_app.resources.new";
import * as library from "~/routes/_app.resources._index";
import * as searchRoute from "~/routes/_app.search";
import { FILE_TEXT_MAX_CHARS, extractText, tidyText } from "~/domain/resources/file-text-reader.server";
import type { SearchHit } from "~/domain/search/values";
import { startJobWorker, type JobWorker } from "../../scripts/lib/jobs.ts";
import { callRoute, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";
import { docxWithText, passwordProtectedPdf, pdfWithText } from "../support/documents";

let worker: JobWorker;
let unodcId: string;
let indonesiaId: string;
let groupId: string;
const cookies = {} as Record<"secretariat" | "member" | "outsider", string>;

beforeAll(async () => {
  await seedReference();
  unodcId = (await organizationByCode("UNODC")).id;
  indonesiaId = (await organizationByCode("IDN")).id;
  groupId = (await db.workingGroup.findUniqueOrThrow({ where: { number: 4 } })).id;
  cookies.secretariat = await sessionCookie((await createUser({ organization: "UNOCT", role: "SECRETARIAT" })).id);
  cookies.member = await sessionCookie((await createUser({ organization: "IDN", groups: [[4, "MEMBER"]] })).id);
  cookies.outsider = await sessionCookie((await createUser({ organization: "KEN" })).id);
  worker = await startJobWorker(process.env.DATABASE_URL!, { auditRetentionDays: null });
});
afterAll(() => worker?.stop());

/** Publishes a file through the upload route, as the form does (SECRETARIAT unless told); returns the new resource's id. */
async function upload(
  title: string,
  file: { name: string; bytes: Buffer | string },
  extra: Record<string, string> = {},
  who: keyof typeof cookies = "secretariat",
) {
  const form = new FormData();
  const fields = { title, kind: "FILE", language: "en", publishedOn: "2026-11-20", publisherOrganizationId: unodcId, ...extra };
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new File([typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes)], file.name));
  const started = Date.now();
  const outcome = await callRoute(newResource.action, { url: "/resources/new", cookie: cookies[who], multipart: form });
  const elapsed = Date.now() - started;
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
  const { id } = await db.resource.findFirstOrThrow({ where: { title }, select: { id: true } });
  return { id, elapsed };
}

/** Waits until the worker has read the resource's file (the job ran to its end). */
async function readByWorker(id: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const row = await db.resource.findUniqueOrThrow({ where: { id }, select: { fileText: true, fileTextReadAt: true } });
    if (row.fileTextReadAt) return row;
    if (Date.now() > deadline) throw new Error(`the file of ${id} was not read within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function search(who: keyof typeof cookies, q: string) {
  const page = await callRoute(searchRoute.loader, { url: `/search?${new URLSearchParams({ q })}`, cookie: cookies[who] });
  expect(page.status).toBe(200);
  const groups = (page.data as { groups: Array<{ kind: string; total: number; hits: SearchHit[] }> }).groups;
  return groups.find((g) => g.kind === "resources") ?? { total: 0, hits: [] };
}

async function libraryIds(who: keyof typeof cookies, q: string) {
  const page = await callRoute(library.loader, { url: `/resources?${new URLSearchParams({ q })}`, cookie: cookies[who] });
  expect(page.status).toBe(200);
  return (page.data as { resources: Array<{ id: string }> }).resources.map((r) => r.id);
}

const marks = (hit: SearchHit | undefined) => (hit?.excerpt ?? []).filter((run) => run.match).map((run) => run.text);
const plain = (hit: SearchHit | undefined) => (hit?.excerpt ?? []).map((run) => run.text).join("");

describe("search by the text inside files", () => {
  it("finds a PDF, a DOCX and a TXT by a word only their file holds, with the passage marked", async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1}: lorem ipsum dolor sit amet, consectetur adipiscing.`);
    const filler = lines.join("\n");
    const files = [
      {
        title: "Annual report (PDF)",
        file: { name: "report.pdf", bytes: pdfWithText("Introduction", ...lines, "The quokkafinance network met twice.") },
      },
      {
        title: "Meeting notes (DOCX)",
        file: { name: "notes.docx", bytes: docxWithText("Agenda", "Wombatlaundering typologies <b>were</b> discussed.") },
      },
      { title: "Participants (TXT)", file: { name: "list.txt", bytes: `Participants\n${filler}\nNumbatcustoms liaison, 3 people\n` } },
      { title: "Readme (Markdown)", file: { name: "readme.md", bytes: "# Heading\n\nThe *bilbyborder* pilot.\n" } },
    ];
    const ids: string[] = [];
    for (const { title, file } of files) {
      const { id, elapsed } = await upload(title, file);
      // The upload did not wait for the reading (the job runs after the transaction).
      expect(elapsed).toBeLessThan(10_000);
      ids.push(id);
    }
    for (const id of ids) expect((await readByWorker(id)).fileText).not.toBeNull();

    const cases: Array<[number, string, string]> = [
      [0, "quokkafinance", "quokkafinance"],
      [1, "wombatlaundering", "Wombatlaundering"],
      [2, "NUMBATCUSTOMS liaison", "Numbatcustoms liaison"],
      [3, "bilbyborder", "bilbyborder"],
    ];
    for (const [index, q, marked] of cases) {
      for (const who of ["outsider", "member", "secretariat"] as const) {
        const found = await search(who, q);
        expect(
          found.hits.map((h) => h.id),
          `${who} searching ${q}`,
        ).toEqual([ids[index]]);
        // The excerpt is the passage of the file where the word is (not the file's start), the word marked.
        expect(marks(found.hits[0]), q).toContain(marked);
        expect(await libraryIds(who, q), `library of ${who} for ${q}`).toEqual([ids[index]]);
      }
    }
    // Far into the text: the passage is cut around the match, not the file's beginning.
    expect(plain((await search("outsider", "quokkafinance")).hits[0]).startsWith("…")).toBe(true);
    // Markup in a file is text: it comes back as a plain run (the page escapes every run), never as HTML.
    expect(plain((await search("outsider", "wombatlaundering")).hits[0])).toContain("<b>were</b>");
    // A word of the middle of a word (trigram substring match), as for titles.
    expect((await search("outsider", "atcustom")).hits.map((h) => h.id)).toEqual([ids[2]]);
  });

  it("keeps the summary as the excerpt when the match is not in the file (a theme)", async () => {
    const { id } = await upload(
      "Field guide",
      { name: "guide.txt", bytes: "Chapter one: nothing of interest.\n" },
      { summary: "A guide for practitioners.", tags: "emutheme" },
    );
    await readByWorker(id);
    const found = await search("outsider", "emutheme");
    expect(found.hits.map((h) => h.id)).toEqual([id]);
    expect(plain(found.hits[0])).toBe("A guide for practitioners.");
  });

  it("never shows a group-only file's text to someone outside the group", async () => {
    const { id } = await upload(
      "Working group draft",
      { name: "draft.pdf", bytes: pdfWithText("Confidential platypusdraft position of the group") },
      { groupId, publisherOrganizationId: indonesiaId },
      "member",
    );
    expect((await readByWorker(id)).fileText).toContain("platypusdraft");
    expect(await search("outsider", "platypusdraft")).toMatchObject({ total: 0, hits: [] });
    expect(await libraryIds("outsider", "platypusdraft")).toEqual([]);
    // Its substring match too.
    expect((await search("outsider", "typusdra")).total).toBe(0);
    const member = await search("member", "platypusdraft");
    expect(member.hits.map((h) => h.id)).toEqual([id]);
    expect(marks(member.hits[0])).toContain("platypusdraft");
  });

  it("a corrupt or password-protected PDF is stored, found by its title, and its job ends without text or retries", async () => {
    const corrupt = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\ngarbage that is no PDF\n%%EOF\n");
    const damaged = await upload("Damaged scan echidnatitle", { name: "damaged.pdf", bytes: corrupt });
    const locked = await upload("Locked memo dugongtitle", { name: "locked.pdf", bytes: passwordProtectedPdf("Sealed kiwisecret words") });
    for (const { id } of [damaged, locked]) {
      const row = await readByWorker(id);
      expect(row.fileText).toBeNull();
      expect((await db.resource.findUniqueOrThrow({ where: { id } })).mimeType).toBe("application/pdf");
    }
    expect((await search("outsider", "echidnatitle")).hits.map((h) => h.id)).toEqual([damaged.id]);
    expect((await search("outsider", "dugongtitle")).hits.map((h) => h.id)).toEqual([locked.id]);
    expect((await search("secretariat", "kiwisecret")).total).toBe(0);
    // The jobs are gone (done), none waiting for another attempt, and none failed.
    const jobs = await db.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
       WHERE t.identifier = 'resource-text'`,
    );
    expect(jobs[0]!.n).toBe(0);
  });
});

describe("extraction", () => {
  it("keeps at most FILE_TEXT_MAX_CHARS characters, never half a surrogate pair", async () => {
    const long = "word ".repeat(60_000);
    expect((await extractText(Buffer.from(long), "text/plain"))!.length).toBe(FILE_TEXT_MAX_CHARS);
    const emoji = `${"a".repeat(FILE_TEXT_MAX_CHARS - 1)}😀tail`;
    const cut = tidyText(emoji)!;
    expect(cut.length).toBe(FILE_TEXT_MAX_CHARS - 1);
    expect(cut.endsWith("a")).toBe(true);
  });

  it("stops a parser that runs past the time limit (its thread ends; the next document is read)", async () => {
    process.env.FILE_TEXT_TIMEOUT_MS = "1";
    try {
      await expect(extractText(pdfWithText("slow"), "application/pdf")).rejects.toThrow("gave up after 1 ms");
    } finally {
      delete process.env.FILE_TEXT_TIMEOUT_MS;
    }
    expect(await extractText(pdfWithText("after the timeout"), "application/pdf")).toBe("after the timeout");
  });

  it("reads nothing from types without an extractor, and throws on a broken DOCX", async () => {
    expect(await extractText(Buffer.from([0x89, 0x50, 0x4e, 0x47]), "image/png")).toBeNull();
    await expect(
      extractText(Buffer.from("PK\u0003\u0004 broken"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ).rejects.toThrow();
  });
});
