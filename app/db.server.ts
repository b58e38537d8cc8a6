// The one Prisma client of the process. PostgreSQL is the only state: nothing is cached in memory.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { config } from "./config.server";

export { Prisma } from "./generated/prisma/client";
export type * from "./generated/prisma/client";

let client: PrismaClient | undefined;

function createClient() {
  const adapter = new PrismaPg({ connectionString: config().DATABASE_URL, max: 10 });
  return new PrismaClient({ adapter });
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
