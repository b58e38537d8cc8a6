// The settings the app's connections carry (app/db.server.ts).
process.env.DB_COUNT_QUERIES = "1";
import { beforeAll, describe, expect, it } from "vitest";
import { db, isPlannedAtEachRun, Prisma, readRows } from "~/db.server";
import { textMatch } from "~/domain/search/text-match.server";
import { createUser, seedReference, statementsOf } from "../support/fixtures";

beforeAll(async () => {
  await seedReference();
  for (const organization of ["KEN", "NOR", "UNODC"]) await createUser({ name: `Related ${organization}`, organization });
});

describe("the app's database connections", () => {
  it("start no parallel workers by default (DB_PARALLEL_WORKERS=0)", async () => {
    const [row] = await db.$queryRaw<Array<{ max_parallel_workers_per_gather: string }>>`SHOW max_parallel_workers_per_gather`;
    expect(row.max_parallel_workers_per_gather).toBe("0");
  });

  it("cost a page read out of order as one read from memory or SSD (DB_RANDOM_PAGE_COST=1.1), not PostgreSQL's 4", async () => {
    const [row] = await db.$queryRaw<Array<{ random_page_cost: string }>>`SHOW random_page_cost`;
    expect(row.random_page_cost).toBe("1.1");
  });

  it("load a record's relations in one statement (relationJoins) with the same values as separate statements", async () => {
    const select = { id: true, name: true, organization: { select: { id: true, name: true, kind: true } } } as const;
    const joined = await statementsOf(() => db.user.findMany({ relationLoadStrategy: "join", orderBy: { id: "asc" }, take: 5, select }));
    const separate = await statementsOf(() => db.user.findMany({ relationLoadStrategy: "query", orderBy: { id: "asc" }, take: 5, select }));
    expect(joined.statements).toBe(1);
    expect(separate.statements).toBe(2);
    // The default, with no strategy named, is the joined one.
    expect((await statementsOf(() => db.user.findMany({ orderBy: { id: "asc" }, take: 5, select }))).statements).toBe(1);
    expect(joined.value.length).toBeGreaterThan(0);
    expect(joined.value).toEqual(separate.value);
  });

  it("have PostgreSQL plan each statement once per connection and reuse the plan, except the text searches", async () => {
    const organization = await db.organization.findFirstOrThrow({ where: { iso3: "KEN" } });
    const search = textMatch("Related", Prisma.sql`o.search_text`, [Prisma.sql`o.name`]);
    // One connection (a transaction), whose own prepared statements pg_prepared_statements lists.
    const prepared = await db.$transaction(async (tx) => {
      for (let run = 0; run < 7; run++) {
        await tx.$queryRaw`SELECT count(*)::int AS n FROM "user" u WHERE u.organization_id = ${organization.id}::uuid`;
        await tx.organization.findUnique({ where: { id: organization.id }, select: { name: true } });
        await tx.$queryRaw`SELECT count(*)::int AS n FROM organization o WHERE ${search}`;
      }
      return tx.$queryRaw<Array<{ name: string; statement: string; runs: number; generic: number }>>`
        SELECT name, statement, (generic_plans + custom_plans)::int AS runs, generic_plans::int AS generic
          FROM pg_prepared_statements`;
    });
    const raw = prepared.find((p) => p.statement.includes('FROM "user" u WHERE u.organization_id'));
    const model = prepared.find((p) => p.statement.includes('FROM "public"."organization"'));
    for (const statement of [raw, model]) {
      expect(statement?.name).toMatch(/^s[\w-]{27}$/);
      expect(statement?.runs).toBe(7);
      // After five runs planned for their values, PostgreSQL keeps one plan: these are no longer planned.
      expect(statement?.generic).toBeGreaterThan(0);
    }
    expect(prepared.some((p) => p.statement.includes("planned at each run"))).toBe(false);
  });

  it("close a connection whose prepared statements went stale (a column's type changed by a migration), after one failure", async () => {
    await db.$executeRawUnsafe("CREATE TABLE stale_plan_probe (a int)");
    try {
      await db.$executeRawUnsafe("INSERT INTO stale_plan_probe VALUES (1)");
      const read = () =>
        db.$transaction(
          async (tx) => tx.$queryRaw<Array<{ a: unknown; pid: number }>>`SELECT a, pg_backend_pid() AS pid FROM stale_plan_probe`,
        );
      const [before] = await read();
      expect(before.a).toBe(1);
      // The migration, as another instance would apply it. The pool hands out its most recently released connection
      // first: this one and the next transaction run on the connection that prepared the read.
      await db.$executeRawUnsafe("ALTER TABLE stale_plan_probe ALTER COLUMN a TYPE text");
      await expect(read()).rejects.toThrow(/cached plan must not change result type/);
      // That connection is closed; the next transaction runs on another one, where the read is prepared afresh.
      const [after] = await read();
      expect(after.a).toBe("1");
      expect(after.pid).not.toBe(before.pid);
      await expect
        .poll(
          async () =>
            (await db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ${before.pid}`)[0].n,
        )
        .toBe(0);
    } finally {
      await db.$executeRawUnsafe("DROP TABLE stale_plan_probe");
    }
  });

  describe("a statement read straight from the pool (readRows)", () => {
    // Every type of column the app's reads return, and a time bound as a value: a date and a time read in UTC as
    // Prisma reads them, whatever the process's zone (here nine hours behind it).
    const statement = (at: Date) => Prisma.sql`
      SELECT 1::int AS int4, 2::smallint AS int2, 9007199254740993::bigint AS int8, 1.25::numeric(6, 2) AS numeric,
        0.5::float8 AS float8, true AS bool, 'x'::text AS text, 'KEN'::char(3) AS iso3, gen_random_uuid() IS NOT NULL AS uuid_made,
        '00000000-0000-4000-8000-000000000001'::uuid AS uuid, '{"a": [1, "b"]}'::json AS json, '{"c": null}'::jsonb AS jsonb,
        '2026-03-01'::date AS date, '2026-03-01 23:30:00.123'::timestamp AS timestamp,
        '2026-03-01 23:30:00.123+00'::timestamptz AS timestamptz, ARRAY['a', 'b'] AS texts, ARRAY[1, 2] AS ints,
        ARRAY['KEN', 'NOR']::char(3)[] AS iso3s, 'CHAIR'::"GroupRole" AS enum, NULL::bigint AS nothing,
        ${at}::timestamptz AS bound_time, ${at}::date AS bound_day, ${[at]}::timestamptz[] AS bound_times`;

    it("gives the values Prisma's $queryRaw gives, in any zone of the process", async () => {
      const zone = process.env.TZ;
      process.env.TZ = "America/Los_Angeles";
      try {
        const at = new Date("2026-03-02T03:00:00Z"); // 1 March, 19:00 in Los Angeles
        const [straight] = await readRows<Record<string, unknown>>(statement(at));
        const [prisma] = await db.$queryRaw<Array<Record<string, unknown>>>(statement(at));
        expect(straight).toEqual(prisma);
        expect(straight.int8).toBe(9007199254740993n);
        expect(straight.date).toEqual(new Date("2026-03-01T00:00:00Z"));
        expect(straight.timestamp).toEqual(new Date("2026-03-01T23:30:00.123Z"));
        expect(straight.bound_day).toEqual(new Date("2026-03-02T00:00:00Z"));
        expect(straight.bound_time).toEqual(at);
        expect(String(straight.numeric)).toBe("1.25");
      } finally {
        process.env.TZ = zone;
      }
    });

    it("reads and binds times in UTC, as Prisma's adapter does, whatever the server's zone (TimeZone=UTC)", async () => {
      const [straight] = await readRows<{ TimeZone: string }>(Prisma.sql`SHOW TimeZone`);
      const [prisma] = await db.$queryRaw<Array<{ TimeZone: string }>>`SHOW TimeZone`;
      expect([straight.TimeZone, prisma.TimeZone]).toEqual(["UTC", "UTC"]);
    });

    it("refuses a column it would read otherwise than Prisma, rather than give another value", async () => {
      await expect(readRows(Prisma.sql`SELECT interval '1 day' AS span`)).rejects.toThrow(/column "span" is of type 1186/);
    });

    it("is named and counted as Prisma's statements are", async () => {
      const probe = Prisma.sql`SELECT count(*)::int AS n FROM organization WHERE iso3 = ${"KEN"} /* readRows probe */`;
      const { statements } = await statementsOf(() => readRows(probe));
      expect(statements).toBe(1);
      for (let run = 0; run < 6; run++) await readRows(probe);
      // The pool hands out its most recently released connection first: the one that prepared the probe.
      const prepared = await readRows<{ name: string; runs: number }>(Prisma.sql`
        SELECT name, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements
          WHERE statement LIKE '%readRows probe%' AND statement NOT LIKE '%pg_prepared_statements%'`);
      expect(prepared).toEqual([{ name: expect.stringMatching(/^s[\w-]{27}$/), runs: expect.any(Number) }]);
      expect(prepared[0].runs).toBeGreaterThanOrEqual(6);
    });

    it("has a statement planned once, one plan for any values, when asked (planned: once), and only then", async () => {
      const probe = (pattern: string) => Prisma.sql`
        SELECT (SELECT count(*)::int FROM organization o WHERE o.name ILIKE ${pattern}) AS organizations,
               (SELECT count(*)::int FROM "user" u WHERE u.name ILIKE ${pattern}) AS people /* planned-once probe */`;
      const patterns = ["%Related%", "%KEN%", "%a%", "%zzz%", "%Norway%", "%UN%", "%e%"];
      for (const pattern of patterns) await readRows(probe(pattern), "once");
      expect(await readRows(probe("%Related%"), "once")).toEqual([{ organizations: 0, people: 3 }]);
      // Its connections keep one plan from the first run on (the pool hands out its last released connection first).
      const prepared = await readRows<{ generic: number; custom: number }>(
        Prisma.sql`SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
          WHERE statement LIKE '%planned-once probe%' AND statement NOT LIKE '%pg_prepared_statements%'`,
        "once",
      );
      expect(prepared).toEqual([{ generic: patterns.length + 1, custom: 0 }]);
      const mode = (planned?: "once") => readRows<{ mode: string }>(Prisma.sql`SELECT current_setting('plan_cache_mode') AS mode`, planned);
      expect([(await mode("once"))[0].mode, (await mode())[0].mode]).toEqual(["force_generic_plan", "auto"]);
      // The content of group spaces is matched for one plan, but a query of one or two characters never is.
      const match = (q: string) => textMatch(q, Prisma.sql`p.search_document`, [Prisma.sql`p.title`], "once");
      expect([isPlannedAtEachRun(match("meeting")), isPlannedAtEachRun(match("王")), isPlannedAtEachRun(match("ab"))]).toEqual([
        false,
        true,
        true,
      ]);
      // A statement whose best plan depends on its values is refused.
      const search = textMatch("Related", Prisma.sql`o.search_text`, [Prisma.sql`o.name`]);
      await expect(readRows(Prisma.sql`SELECT count(*)::int AS n FROM organization o WHERE ${search}`, "once")).rejects.toThrow(
        /planned at each run cannot be planned once/,
      );
    });
  });
});
