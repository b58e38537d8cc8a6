// The load benchmark's minimal page (/bench/floor, scripts/bench/load.ts): the floor every page is compared
// with. One read by primary key and nothing else; served only when BENCH_FLOOR=1 (the benchmark's server).
import { config } from "./config.server";
import { db } from "./db.server";
import { notFound } from "./outcomes";

export async function floorRecord(id: string): Promise<{ name: string }> {
  if (!config().BENCH_FLOOR) notFound();
  const organization = await db.organization.findUnique({ where: { id }, select: { name: true } });
  if (!organization) notFound();
  return organization;
}
