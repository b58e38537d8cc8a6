// The settings the app's connections carry (app/db.server.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createUser, seedReference } from "../support/fixtures";

beforeAll(async () => {
  await seedReference();
  for (const organization of ["KEN", "NOR", "UNODC"]) await createUser({ name: `Related ${organization}`, organization });
});

describe("the app's database connections", () => {
  it("start no parallel workers by default (DB_PARALLEL_WORKERS=0)", async () => {
    const [row] = await db.$queryRaw<Array<{ max_parallel_workers_per_gather: string }>>`SHOW max_parallel_workers_per_gather`;
    expect(row.max_parallel_workers_per_gather).toBe("0");
  });

  it("load a record's relations in one statement (relationJoins) with the same values as separate statements", async () => {
    const select = { id: true, name: true, organization: { select: { id: true, name: true, kind: true } } } as const;
    const joined = await db.user.findMany({ relationLoadStrategy: "join", orderBy: { id: "asc" }, take: 5, select });
    const separate = await db.user.findMany({ relationLoadStrategy: "query", orderBy: { id: "asc" }, take: 5, select });
    expect(joined.length).toBeGreaterThan(0);
    expect(joined).toEqual(separate);
  });
});
