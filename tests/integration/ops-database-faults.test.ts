// The app survives its database (issue 16 §2): a real app process on its embedded PostgreSQL, which the test
// freezes (SIGSTOP to every PostgreSQL process) and kills (kill -9 of the postmaster). Meanwhile pages answer
// 503 with a retry page within the timeouts (no hang, never 500), a form post answers 503 with what was typed,
// nothing it sent is stored, /healthz stays 200 and /readyz says 503; afterwards the app recovers without a
// restart. Also /metrics: loopback or the token only.
import { execFileSync } from "node:child_process";
import http from "node:http";
import { readFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/auth/password.server";
import { passwordFileOf } from "../../scripts/lib/postgres.ts";
import { HEAP_LIMIT_MB } from "../../scripts/lib/prepare.ts";
import { formKeyOf, signInOver, startAppProcess, type AppProcess } from "../support/app-process";

const PASSWORD = "a perfectly fine test passphrase";
const TOKEN = "metrics-token-for-the-test";
let app: AppProcess;
let databaseUrl: string;
let cookie: string;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const postmasterPid = () => Number(readFileSync(path.join(app.dataDir!, "postmaster.pid"), "utf8").split("\n")[0]);
const childrenOf = (pid: number) =>
  execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map(Number);

async function timed(url: string, init: RequestInit = {}) {
  const started = Date.now();
  const response = await fetch(url, { redirect: "manual", ...init, signal: AbortSignal.timeout(60_000) });
  return {
    status: response.status,
    body: await response.text(),
    ms: Date.now() - started,
    retryAfter: response.headers.get("retry-after"),
  };
}

/** Polls `page` until it answers 200; the time from `since` until then. */
async function recoveredAfter(since: number, page = "/") {
  for (;;) {
    const { status } = await timed(`${app.baseUrl}${page}`, { headers: { cookie } });
    if (status === 200) return Date.now() - since;
    if (status === 500)
      console.log(
        app
          .output()
          .split("\n")
          .filter((l) => /"level":50|error/i.test(l))
          .slice(-5)
          .join("\n")
          .slice(-4000),
      );
    expect(status, "while the database comes back, never a 500").not.toBe(500);
    if (Date.now() - since > 90_000) throw new Error("the app did not recover within 90 s");
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  app = await startAppProcess(
    {
      DB_CONNECT_TIMEOUT_MS: "2000",
      DB_STATEMENT_TIMEOUT_MS: "3000",
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: "3000",
      METRICS_TOKEN: TOKEN,
      // The test's requests come from loopback: they play the reverse proxy.
      TRUST_PROXY: "loopback",
    },
    { embedded: true },
  );
  const password = readFileSync(passwordFileOf(app.dataDir!), "utf8").trim();
  const port = /running on 127\.0\.0\.1:(\d+)/.exec(app.output())![1];
  databaseUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/coordination`;
  const [kenya] = await sql<{ id: string }>(`SELECT id FROM organization WHERE iso3 = 'KEN'`);
  await sql(
    `INSERT INTO "user" (email, name, role, status, organization_id, password_hash) VALUES ('faults@example.test', 'Fault Test', 'FOCAL_POINT', 'ACTIVE', $1, $2)`,
    [kenya.id, await hashPassword(PASSWORD)],
  );
  cookie = await signInOver(app.baseUrl, "faults@example.test", PASSWORD);
}, 240_000);

afterAll(async () => {
  await app?.cleanUp();
});

describe("health, readiness and metrics", () => {
  it("answers /healthz and /readyz without data, /metrics to loopback and to the token only", async () => {
    expect(await timed(`${app.baseUrl}/healthz`)).toMatchObject({ status: 200, body: "ok" });
    expect(await timed(`${app.baseUrl}/readyz`)).toMatchObject({ status: 200, body: "ready" });
    await fetch(`${app.baseUrl}/directory`, { headers: { cookie } });
    const metrics = await timed(`${app.baseUrl}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="routes\/_app\.directory\._index",status="200"\} \d+/m,
    );
    expect(metrics.body).toMatch(/^db_pool_connections\{state="max"\} 10$/m);
    // A search reads the content of group spaces on the connections that keep one plan per statement: counted apart.
    await fetch(`${app.baseUrl}/search?q=meeting`, { headers: { cookie } });
    const after = (await timed(`${app.baseUrl}/metrics`)).body;
    expect(after).toMatch(/^db_pool_connections\{state="once_max"\} 3$/m);
    expect(Number(/^db_pool_connections\{state="once_total"\} (\d+)$/m.exec(after)?.[1])).toBeGreaterThanOrEqual(1);
    expect(after).toMatch(/^db_pool_connections\{state="max"\} 10$/m);
    expect(metrics.body).toMatch(/^db_up 1$/m);
    expect(metrics.body).toMatch(/^job_queue_depth\{state="waiting"\} \d+$/m);
    // The heap limit `npm start` runs with (scripts/lib/prepare.ts), not V8's default for the machine's memory.
    const heapLimit = Number(/^nodejs_heap_size_limit_bytes (\d+)$/m.exec(metrics.body)?.[1]);
    expect(heapLimit).toBeGreaterThanOrEqual(HEAP_LIMIT_MB * 2 ** 20);
    expect(heapLimit).toBeLessThan((HEAP_LIMIT_MB + 128) * 2 ** 20);
    expect(JSON.parse(readFileSync("package.json", "utf8")).scripts.start).toContain(`node --max-old-space-size=${HEAP_LIMIT_MB} `);

    // From another address than loopback: only with the token.
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
    if (!external) return console.log("no non-loopback address on this machine: the token check is not exercised");
    const outside = `http://${external}:${app.port}/metrics`;
    expect((await timed(outside)).status).toBe(404);
    expect((await timed(outside, { headers: { authorization: "Bearer wrong-token-of-same-size-abc" } })).status).toBe(404);
    expect((await timed(outside, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });
});

/** A raw HTTP request (fetch may not set Host), as a reverse proxy sends it. */
function raw(method: string, pathname: string, headers: Record<string, string>, body = "") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: app.port, method, path: pathname, headers }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
    });
    request.once("error", reject);
    request.end(body);
  });
}

describe("behind a reverse proxy", () => {
  const post = (headers: Record<string, string>) =>
    raw("POST", "/logout", { cookie, "content-type": "application/x-www-form-urlencoded", ...headers }, "");

  it("accepts a post whose Origin is APP_URL while the proxy rewrote Host, or whose Origin is the forwarded host", async () => {
    const rewritten = await post({ host: "app-internal:8080", origin: app.baseUrl });
    expect(rewritten.status, rewritten.body).not.toBe(403);
    expect(rewritten.status).toBeLessThan(500);
    const forwarded = await post({
      host: "app-internal:8080",
      origin: "https://platform.example.org",
      "x-forwarded-host": "platform.example.org",
      "x-forwarded-proto": "https",
    });
    expect(forwarded.status, forwarded.body).not.toBe(403);
    expect(forwarded.status).toBeLessThan(500);
  });

  it("refuses a post from another origin (scheme, host and port compared) with 403 and a message", async () => {
    for (const origin of ["https://evil.example", app.baseUrl.replace("http:", "https:"), `http://localhost:${app.port + 1}`]) {
      const refused = await post({ host: `localhost:${app.port}`, origin });
      expect(refused.status, origin).toBe(403);
      expect(refused.body).toContain("did not come from a page of this site");
    }
  });

  it("marks signed-in answers private, no-store, and carries the request id", async () => {
    cookie = await signInOver(app.baseUrl, "faults@example.test", PASSWORD);
    const page = await raw("GET", "/directory", { host: `localhost:${app.port}`, cookie, "x-request-id": "proxy-given-id-123" });
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("private, no-store");
    expect(page.headers["x-request-id"]).toBe("proxy-given-id-123");
    // The request's log line (written when the answer is finished) names it.
    for (let i = 0; i < 40 && !app.output().includes('"reqId":"proxy-given-id-123"'); i++) await new Promise((r) => setTimeout(r, 100));
    const line = app
      .output()
      .split("\n")
      .find((l) => l.includes('"reqId":"proxy-given-id-123"'));
    expect(JSON.parse(line!)).toMatchObject({ msg: "request", route: "routes/_app.directory._index", status: 200, method: "GET" });
    expect(JSON.parse(line!).userId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("a frozen database", () => {
  it("answers 503 within the timeouts, keeps the typed form, stores nothing, and recovers when it thaws", async () => {
    const formKey = await formKeyOf(app.baseUrl, "/calendar/new", cookie);
    const day = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
    const postmaster = postmasterPid();
    const frozen = [postmaster, ...childrenOf(postmaster)];
    for (const pid of frozen) process.kill(pid, "SIGSTOP");
    const frozenAt = Date.now();
    let thawed = false;
    const thaw = () => {
      if (thawed) return;
      thawed = true;
      for (const pid of frozen) process.kill(pid, "SIGCONT");
    };
    try {
      const [page, post, ready, alive] = await Promise.all([
        timed(`${app.baseUrl}/directory`, { headers: { cookie } }),
        timed(`${app.baseUrl}/calendar/new`, {
          method: "POST",
          headers: { cookie, origin: app.baseUrl, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            _formKey: formKey,
            title: "Frozen database meeting",
            kind: "MEETING",
            startDate: day,
            startTime: "09:00",
            endDate: day,
            endTime: "10:00",
            timeZone: "Europe/Vienna",
          }),
        }),
        timed(`${app.baseUrl}/readyz`),
        timed(`${app.baseUrl}/healthz`),
      ]);
      console.log(
        `frozen database: page ${page.status} in ${page.ms} ms, post ${post.status} in ${post.ms} ms, readyz ${ready.status} in ${ready.ms} ms, healthz ${alive.status} in ${alive.ms} ms`,
      );
      expect(alive).toMatchObject({ status: 200 });
      expect(ready.status).toBe(503);
      expect(page.status).toBe(503);
      expect(page.retryAfter).toBe("5");
      expect(page.body).toMatch(/try again/i);
      expect(page.ms).toBeLessThan(15_000);
      expect(post.status).toBe(503);
      // A post waits for the idempotency claim and two statement timeouts (17-20 s here); a shared per-request
      // deadline would shorten it. What this guards: it answers, it does not hang.
      expect(post.ms).toBeLessThan(30_000);
      expect(post.body).toContain("Frozen database meeting");
    } finally {
      thaw();
    }
    const recovery = await recoveredAfter(Date.now(), "/directory");
    console.log(`frozen for ${Date.now() - frozenAt - recovery} ms; recovered ${recovery} ms after the thaw`);
    // The post that was answered 503 was not stored, not even once the database ran the queued work.
    await new Promise((r) => setTimeout(r, 4000));
    expect(await sql(`SELECT id FROM event WHERE title = 'Frozen database meeting'`)).toEqual([]);
  }, 180_000);
});

describe("a killed database", () => {
  it("answers 503 (never 500) while the supervisor restarts it, then serves again without an app restart", async () => {
    const before = postmasterPid();
    process.kill(before, "SIGKILL");
    const killedAt = Date.now();
    const during = await timed(`${app.baseUrl}/directory`, { headers: { cookie } });
    expect([200, 503]).toContain(during.status);
    const recovery = await recoveredAfter(killedAt, "/directory");
    console.log(`database killed: first answer ${during.status} in ${during.ms} ms; pages served again after ${recovery} ms`);
    expect(postmasterPid()).not.toBe(before);
    expect((await timed(`${app.baseUrl}/readyz`)).status).toBe(200);
    expect(app.child.exitCode).toBeNull();
  }, 180_000);
});
