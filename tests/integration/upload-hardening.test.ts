// Hostile uploads: a malformed multipart body is answered 400 (never 500) and leaves no temporary file; a file name
// with a path, CR/LF, a right-to-left override, invisible or control characters, or of any length is stored as a
// plain name and served with a Content-Disposition that holds nothing but that name.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { contentDisposition, FILE_NAME_MAX, safeFileName } from "~/downloads.server";
import * as newResource from "~/routes/_app.resources.new";
import * as download from "~/routes/_app.resources.$id_.download";
import { callRoute, createUser, organizationByCode, seedReference, sessionCookie, testContext } from "../support/fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
let cookie: string;
let publisherId: string;

beforeAll(async () => {
  await seedReference();
  publisherId = (await organizationByCode("UNODC")).id;
  cookie = await sessionCookie((await createUser({ role: "SECRETARIAT", organization: "UNOCT" })).id);
});

const tempFiles = () => readdir(path.join(process.env.UPLOAD_DIR!, "tmp")).catch(() => [] as string[]);

/** The resource form's fields, in the order the page sends them, as multipart parts. */
function fieldParts(boundary: string, title: string) {
  const fields = {
    kind: "FILE",
    title,
    language: "en",
    publishedOn: "2026-11-20",
    publisherOrganizationId: publisherId,
    pillars: "2",
  };
  return Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("");
}

/** A hand-written multipart request (a browser would never send most of these). */
async function postRaw(body: string | Buffer, contentType: string) {
  const request = new Request("http://localhost:3000/resources/new", {
    method: "POST",
    headers: { cookie, "content-type": contentType },
    body: new Uint8Array(typeof body === "string" ? Buffer.from(body, "latin1") : body),
  });
  try {
    const result = (await newResource.action({ request, params: {}, context: { ...testContext } })) as unknown;
    return statusOf(result);
  } catch (thrown) {
    return statusOf(thrown);
  }
}

function statusOf(result: unknown): number {
  if (result instanceof Response) return result.status;
  if (result && typeof result === "object" && (result as { type?: string }).type === "DataWithResponseInit")
    return (result as { init: ResponseInit | null }).init?.status ?? 200;
  if (result instanceof Error) throw result; // a 500
  return 200;
}

describe("malformed multipart bodies", () => {
  const B = "----hostile-boundary";
  const cases: Array<{ name: string; contentType: string; body: string }> = [
    { name: "no boundary", contentType: "multipart/form-data", body: "whatever" },
    { name: "an empty boundary", contentType: "multipart/form-data; boundary=", body: "--\r\n\r\n" },
    { name: "a body without the boundary", contentType: `multipart/form-data; boundary=${B}`, body: "just some text, no parts at all" },
    {
      name: "a file part cut off before its end",
      contentType: `multipart/form-data; boundary=${B}`,
      body: `${fieldParts(B, "Cut off")}--${B}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${PDF.toString("latin1")}`,
    },
    {
      name: "a part header without a colon",
      contentType: `multipart/form-data; boundary=${B}`,
      body: `--${B}\r\nthis is not a header\r\n\r\nvalue\r\n--${B}--\r\n`,
    },
    {
      name: "a part header of 100 KB",
      contentType: `multipart/form-data; boundary=${B}`,
      body: `--${B}\r\nContent-Disposition: form-data; name="title"; x="${"a".repeat(100_000)}"\r\n\r\nvalue\r\n--${B}--\r\n`,
    },
    {
      name: "a part without Content-Disposition",
      contentType: `multipart/form-data; boundary=${B}`,
      body: `--${B}\r\nContent-Type: text/plain\r\n\r\nvalue\r\n--${B}--\r\n`,
    },
    { name: "only the closing boundary", contentType: `multipart/form-data; boundary=${B}`, body: `--${B}--\r\n` },
  ];

  for (const c of cases) {
    it(`answers ${c.name} with a 4xx, writes nothing and leaves no temporary file`, async () => {
      const before = await db.resource.count();
      const status = await postRaw(c.body, c.contentType);
      expect(status, c.name).toBeGreaterThanOrEqual(400);
      expect(status, c.name).toBeLessThan(500);
      expect(await db.resource.count()).toBe(before);
      expect(await tempFiles()).toEqual([]);
    });
  }

  it("answers a body that is not multipart at all with 415", async () => {
    expect(await postRaw("title=x", "application/x-www-form-urlencoded")).toBe(415);
  });
});

describe("unsafe file names", () => {
  const B = "----names-boundary";
  /** Publishes a PDF whose name is given as busboy reads it from `filename*` (RFC 5987), so any character can be sent. */
  async function publishNamed(title: string, rawName: string) {
    const encoded = encodeURIComponent(rawName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const body = Buffer.concat([
      Buffer.from(fieldParts(B, title)),
      Buffer.from(
        `--${B}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encoded}\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      PDF,
      Buffer.from(`\r\n--${B}--\r\n`),
    ]);
    expect(await postRaw(body, `multipart/form-data; boundary=${B}`)).toBe(302);
    return db.resource.findFirstOrThrow({ where: { title } });
  }

  const names: Array<{ name: string; sent: string; check: (stored: string) => void }> = [
    { name: "a path", sent: "../../../etc/passwd.pdf", check: (s) => expect(s).toBe("passwd.pdf") },
    { name: "a Windows path", sent: "C:\\Users\\me\\..\\report.pdf", check: (s) => expect(s).toBe("report.pdf") },
    { name: "CR/LF (header splitting)", sent: "a\r\nSet-Cookie: x=1.pdf", check: (s) => expect(s).toBe("a__Set-Cookie: x=1.pdf") },
    { name: "a right-to-left override", sent: "invoice\u202Efdp.exe.pdf", check: (s) => expect(s).toBe("invoice_fdp.exe.pdf") },
    { name: "NUL, tab and C1 controls", sent: "a\u0000b\tc\u0085d.pdf", check: (s) => expect(s).toBe("a_b_c_d.pdf") },
    { name: "zero-width and bidi isolates", sent: "x\u200by\u2066z\u2069.pdf", check: (s) => expect(s).toBe("x_y_z_.pdf") },
    {
      name: "quotes and angle brackets",
      sent: '<img src=x onerror="alert(1)">.pdf',
      check: (s) => expect(s).toBe("_img src=x onerror=_alert(1)__.pdf"),
    },
    { name: "percent signs as text", sent: "%0d%0a%3Cx%3E.pdf", check: (s) => expect(s).toBe("%0d%0a%3Cx%3E.pdf") },
    { name: "only dots", sent: "..", check: (s) => expect(s).toBe("document") },
    {
      name: "a very long name",
      sent: `${"long ".repeat(400)}.pdf`,
      check: (s) => {
        expect(Array.from(s).length).toBeLessThanOrEqual(FILE_NAME_MAX);
        expect(s.endsWith(".pdf")).toBe(true);
      },
    },
    {
      name: "a long name of characters outside the BMP (cut between code points, never inside a pair)",
      sent: `${"😀".repeat(300)}.pdf`,
      check: (s) => {
        expect(Array.from(s)).toHaveLength(FILE_NAME_MAX);
        expect(s).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(s.endsWith("😀.pdf")).toBe(true);
      },
    },
  ];

  for (const n of names) {
    it(`stores ${n.name} as a plain name and serves it with a safe Content-Disposition`, async () => {
      const resource = await publishNamed(`Name test: ${n.name}`, n.sent);
      n.check(resource.fileName!);
      const file = await callRoute(download.loader, { url: "/resources/x/download", cookie, params: { id: resource.id } });
      expect(file.status).toBe(200);
      const header = file.headers.get("Content-Disposition")!;
      expect(header).toBe(contentDisposition(resource.fileName!));
      // One header line, printable ASCII only, no path, the name quoted once.
      expect(header).toMatch(/^attachment; filename="[ -~]*"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+,;=:@-]*$/);
      expect(header).not.toMatch(/[\\/]|\r|\n/);
      expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe(resource.fileName);
    });
  }

  it("keeps a name safe even when it reaches the encoder unclean (a lone surrogate, a path, CR/LF)", () => {
    expect(safeFileName("a\ud800b.pdf")).toBe("a_b.pdf");
    for (const raw of ["a\ud800b.pdf", "../x\r\n.pdf", "\u202e", ""]) {
      const header = contentDisposition(raw);
      expect(header).not.toMatch(/[\r\n\\/]/);
      expect(header).toMatch(/^attachment; filename="[ -~]+"/);
    }
  });
});
