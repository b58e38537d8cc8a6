// Which errors mean "the database is away" (503, retry page) rather than a bug (500): errors seen in the fault runs.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "~/database-unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises a stopped, recovering or frozen database", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5433"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Query read timeout"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" }))).toBe(true);
    // Prisma 7 while PostgreSQL recovers after a kill -9: P2039 with the driver's error in meta.
    const recovering = Object.assign(new Error("Invalid `prisma.session.findUnique()` invocation: Database error. Code: `57P03`."), {
      code: "P2039",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "57P03", kind: "postgres" } } },
    });
    expect(isDatabaseUnavailable(recovering)).toBe(true);
  });

  it("recognises pg's error for a database host whose name no longer resolves (a stopped container's service)", async () => {
    // .invalid never resolves (RFC 6761): pg's own error, as readRows throws it.
    const pool = new pg.Pool({ host: "database.invalid", port: 5432, connectionTimeoutMillis: 5000 });
    const error = await pool.query("SELECT 1").then(
      () => null,
      (e: unknown) => e,
    );
    await pool.end();
    expect((error as { code?: string }).code).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("leaves bugs and refused statements alone", () => {
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("unique violation"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("invalid byte sequence"), { code: "22021" }))).toBe(false);
  });
});
