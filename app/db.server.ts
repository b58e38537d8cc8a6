// The one Prisma client of the process. PostgreSQL is the only state: nothing is cached in memory.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { config } from "./config.server";

import { Prisma } from "./generated/prisma/client";

export { Prisma };
export type * from "./generated/prisma/client";

let client: PrismaClient | undefined;
let queries = 0;

function createClient() {
  const adapter = new PrismaPg({ connectionString: config().DATABASE_URL, max: 10 });
  // Benchmarks count the SQL statements a request runs (DB_COUNT_QUERIES=1); the app itself does not.
  if (process.env.DB_COUNT_QUERIES === "1") {
    const counted = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
    counted.$on("query", () => {
      queries += 1;
    });
    return counted as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter });
}

/** A write refused by a unique index (Prisma's P2002): the caller turns it into a message on the field. */
export function isUniqueViolation(error: unknown): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** SQL statements run so far by this process (only counted with DB_COUNT_QUERIES=1). */
export function queryCount() {
  return queries;
}

/** Created on first use, so the environment (DATABASE_URL) can be set before. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    client ??= createClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDb() {
  await client?.$disconnect();
  client = undefined;
}
