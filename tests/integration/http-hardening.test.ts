// A request addressed to another host name than APP_URL's (APP_URL=http://localhost:PORT, the browser at
// http://127.0.0.1:PORT, or a proxy that rewrites Host): pages, data requests and form posts are answered as usual
// (Remix's own Origin-versus-Host check used to throw a 500 there), another site's post is refused with 403, and an
// address with Remix's old `?_data=` parameter is a 400, not a 500. Bodies are limited before they are read (413 at
// once), and an upload by someone who may not publish leaves no byte on disk. The personal calendar feed travels
// gzip-compressed once (not twice) to clients that take it. A real app process over real HTTP.
import http from "node:http";
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/auth/password.server";
import { newToken } from "~/auth/tokens.server";
import { passwordFileOf } from "../../scripts/lib/postgres.ts";
import { scratchDir, signInOver, startAppProcess, type AppProcess } from "../support/app-process";

const PASSWORD = "a perfectly fine test passphrase";
let app: AppProcess;
let cookie: string;
let uploadDir: string;
const feed = newToken();

beforeAll(async () => {
  uploadDir = path.join(await scratchDir("uploads"), "uploads");
  app = await startAppProcess({ UPLOAD_MAX_MB: "1", UPLOAD_DIR: uploadDir }, { embedded: true });
  const password = readFileSync(passwordFileOf(app.dataDir!), "utf8").trim();
  const port = /running on 127\.0\.0\.1:(\d+)/.exec(app.output())![1];
  const client = new pg.Client({
    connectionString: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/coordination`,
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM organization WHERE iso3 = 'KEN'`);
    const user = await client.query<{ id: string }>(
      `INSERT INTO "user" (email, name, role, status, organization_id, password_hash) VALUES ('host@example.test', 'Host Test', 'FOCAL_POINT', 'ACTIVE', $1, $2) RETURNING id`,
      [rows[0].id, await hashPassword(PASSWORD)],
    );
    await client.query(`INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, $2)`, [user.rows[0].id, feed.tokenHash]);
  } finally {
    await client.end();
  }
  cookie = await signInOver(app.baseUrl, "host@example.test", PASSWORD);
}, 240_000);

afterAll(async () => {
  await app?.cleanUp();
});

/** A raw HTTP request with the headers we choose (fetch keeps its own Host and undoes compression): the answer's
 * status, headers and bytes as they travelled. */
function exchange(method: string, pathname: string, headers: Record<string, string>, body = "") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: app.port, method, path: pathname, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.once("error", reject);
    request.end(body);
  });
}

/** The same, with the answer's body as text. */
async function raw(method: string, pathname: string, headers: Record<string, string>, body = "") {
  const answer = await exchange(method, pathname, headers, body);
  return { status: answer.status, body: answer.body.toString() };
}

const form = { "content-type": "application/x-www-form-urlencoded" };

describe("a request addressed to 127.0.0.1 while APP_URL names localhost", () => {
  it("answers pages and data requests", async () => {
    const host = `127.0.0.1:${app.port}`;
    for (const [pathname, withCookie] of [
      ["/login", false],
      ["/directory", true],
      ["/directory.data", true],
      ["/account.data", true],
      ["/_root.data", true],
    ] as const) {
      const answer = await raw("GET", pathname, { host, ...(withCookie ? { cookie } : {}) });
      expect(answer.status, `${pathname}: ${answer.body.slice(0, 200)}`).toBeLessThan(400);
    }
  });

  it("accepts a post whose Origin is APP_URL or the address the browser used, as a page and as a data request", async () => {
    const host = `127.0.0.1:${app.port}`;
    for (const origin of [app.baseUrl, `http://${host}`]) {
      for (const pathname of ["/language", "/language.data"]) {
        const answer = await raw("POST", pathname, { host, origin, cookie, ...form }, "language=fr");
        expect(answer.status, `${origin} ${pathname}: ${answer.body.slice(0, 200)}`).toBeLessThan(400);
      }
      const signIn = await raw("POST", "/login", { host, origin, ...form }, "email=host%40example.test&password=wrong-password-here");
      expect(signIn.status, signIn.body.slice(0, 200)).toBe(400); // the form's own answer: wrong password
    }
    expect(app.output()).not.toMatch(/does not match `origin` header/);
  });

  it("refuses another site's post with 403", async () => {
    for (const origin of ["http://evil.example", "null", `https://127.0.0.1:${app.port}`]) {
      const answer = await raw("POST", "/language", { host: `127.0.0.1:${app.port}`, origin, cookie, ...form }, "language=fr");
      expect(answer.status, origin).toBe(403);
    }
  });

  it("answers Remix's old ?_data= requests with 400, not 500", async () => {
    for (const [method, pathname] of [
      ["GET", "/login?_data=routes%2F_auth.login"],
      ["GET", "/directory?_data=root"],
      ["POST", "/language?_data=routes%2Flanguage"],
    ] as const) {
      const body = method === "POST" ? "language=en" : "";
      const answer = await raw(method, pathname, { host: `localhost:${app.port}`, origin: app.baseUrl, cookie, ...form }, body);
      expect(answer.status, pathname).toBe(400);
    }
    expect(app.output()).not.toMatch(/"level":50/);
  });
});

describe("files of public/", () => {
  it("serves the favicon with its caching, and leaves any other address to the app", async () => {
    const icon = await exchange("GET", "/favicon.svg", { host: `localhost:${app.port}` });
    expect(icon.status).toBe(200);
    expect(icon.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(icon.headers["cache-control"]).toBe("public, max-age=3600");
    expect(icon.body.toString()).toBe(readFileSync(path.join(process.cwd(), "public/favicon.svg"), "utf8"));
    for (const pathname of ["/favicon.svg.bak", "/nothing-here.txt", "/build/nothing-here.js"]) {
      const answer = await raw("GET", pathname, { host: `localhost:${app.port}`, cookie });
      expect(answer.status, pathname).toBe(404);
      expect(answer.body, pathname).toMatch(/<html/);
    }
  });
});

describe("request bodies", () => {
  it("refuses a form body over the limit with 413 at once", async () => {
    const started = Date.now();
    const answer = await raw(
      "POST",
      "/login",
      { host: `localhost:${app.port}`, origin: app.baseUrl, ...form },
      `email=${"a".repeat(2 * 1024 * 1024)}`,
    );
    expect(answer.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses an upload over UPLOAD_MAX_MB with 413, and keeps no part of it", async () => {
    const body = new FormData();
    body.append("kind", "FILE");
    body.append("title", "Too big");
    body.append("file", new File([new Uint8Array(2 * 1024 * 1024)], "big.pdf", { type: "application/pdf" }));
    const answer = await fetch(`${app.baseUrl}/resources/new`, {
      method: "POST",
      body,
      headers: { cookie, origin: app.baseUrl },
      redirect: "manual",
    });
    expect(answer.status).toBe(413);
    expect(await readdir(path.join(uploadDir, "tmp")).catch(() => [])).toEqual([]);
  });

  it("writes nothing to disk for someone who may not publish, whatever parts they send", async () => {
    const body = new FormData();
    body.append("kind", "FILE");
    body.append("title", "Not allowed");
    for (const name of ["file", "other", "file"])
      body.append(name, new File([new Uint8Array(300 * 1024).fill(0x41)], "x.pdf", { type: "application/pdf" }));
    // A Member-State focal point may not publish platform-wide.
    const answer = await fetch(`${app.baseUrl}/resources/new`, {
      method: "POST",
      body,
      headers: { cookie, origin: app.baseUrl },
      redirect: "manual",
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(await readdir(path.join(uploadDir, "tmp")).catch(() => [])).toEqual([]);
  });
});

describe("the personal calendar feed", () => {
  const bytes = (pathname: string, headers: Record<string, string>) => exchange("GET", pathname, headers);

  it("is sent gzip-compressed once to a client that takes it, and as it is to one that does not", async () => {
    const pathname = `/calendar/feed/${feed.token}.ics`;
    const plain = await bytes(pathname, { "accept-encoding": "identity" });
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const text = plain.body.toString("utf8");
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toMatch(/\r\nEND:VCALENDAR(\r\n)?$/);
    for (const accept of ["gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "*"]) {
      const zipped = await bytes(pathname, { "accept-encoding": accept });
      expect(zipped.status, accept).toBe(200);
      expect(zipped.headers["content-encoding"], accept).toBe("gzip");
      expect(zipped.headers.vary, accept).toMatch(/accept-encoding/i);
      expect(zipped.headers.etag, accept).toBe(plain.headers.etag);
      // Compressed once: one gunzip gives the calendar back.
      expect(gunzipSync(zipped.body).toString("utf8"), accept).toBe(text);
    }
    expect((await bytes(pathname, { "accept-encoding": "gzip;q=0" })).headers["content-encoding"]).toBeUndefined();
    const unchanged = await bytes(pathname, { "accept-encoding": "gzip", "if-none-match": plain.headers.etag! });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.length).toBe(0);
  });
});

describe("the build's scripts", () => {
  it("go out compressed when they were built, in the encoding the client prefers, and whole to one that takes none", async () => {
    const page = await exchange("GET", "/login", { "accept-encoding": "identity" });
    const scripts = [...page.body.toString("utf8").matchAll(/href="(\/build\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length, "scripts linked by the page").toBeGreaterThan(0);
    // The largest of them.
    const sized = await Promise.all(
      scripts.map(async (script) => ({ script, plain: await exchange("GET", script, { "accept-encoding": "identity" }) })),
    );
    const { script, plain } = sized.sort((a, b) => b.plain.body.length - a.plain.body.length)[0];
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-type"]).toMatch(/^(application|text)\/javascript/);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.length).toBeGreaterThan(10_000);

    const brotli = await exchange("GET", script, { "accept-encoding": "gzip, deflate, br" });
    expect(brotli.status).toBe(200);
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["content-type"]?.toLowerCase()).toBe(plain.headers["content-type"]?.toLowerCase());
    expect(brotli.headers["cache-control"]).toContain("immutable");
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(brotli.headers["content-length"])).toBe(brotli.body.length);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    // Compressed harder than the middleware compresses a page (quality 4, 128 KB window).
    const light = brotliCompressSync(plain.body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_LGWIN]: 17 },
    });
    expect(brotli.body.length).toBeLessThan(light.length);

    for (const accept of ["gzip", "br;q=0, gzip", "gzip;q=1, br;q=0.5"]) {
      const zipped = await exchange("GET", script, { "accept-encoding": accept });
      expect(zipped.headers["content-encoding"], accept).toBe("gzip");
      expect(gunzipSync(zipped.body).equals(plain.body), accept).toBe(true);
    }
    const none = await exchange("GET", script, { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(none.headers["content-encoding"]).toBeUndefined();
    expect(none.body.equals(plain.body)).toBe(true);

    // A browser that has it keeps it.
    const again = await exchange("GET", script, { "accept-encoding": "br", "if-none-match": brotli.headers.etag! });
    expect(again.status).toBe(304);
    const head = await exchange("HEAD", script, { "accept-encoding": "br" });
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body.length).toBe(0);
  });
});
