// `npm run seed:scale`: fills DATABASE_URL with volume data for the benchmarks (README, "Scale"), on top of
// the reference and demo data. Each area adds a part in scripts/scale/<area>.ts and lists it below.
//   npm run seed:scale                 every part
//   npm run seed:scale -- people       only the named parts
if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to fill (never a production database).");
  process.exit(1);
}
const { migrate } = await import("./lib/migrate.ts");
const { seedAll } = await import("../prisma/seed.ts");
const { disconnectDb } = await import("../app/db.server.ts");
const { seedScalePeople } = await import("./scale/people.ts");

const { seedProjectsAtScale } = await import("./scale/projects.ts");

type Part = { name: string; run: () => Promise<void> };
const { seedCalendarScale } = await import("./scale/calendar.ts");
const { seedRecommendationsAtScale } = await import("./scale/recommendations.ts");
const { fillCalendarDerivedData } = await import("../app/domain/calendar/occurrences.server.ts");
const parts: Part[] = [
  { name: "people", run: () => seedScalePeople() },
  { name: "calendar", run: seedCalendarScale },
  { name: "projects", run: () => seedProjectsAtScale() },
  { name: "recommendations", run: () => seedRecommendationsAtScale() },
];

const wanted = process.argv.slice(2);
await migrate(process.env.DATABASE_URL, console.log);
await seedAll({ demoAccounts: true, log: console.log });
for (const part of parts) {
  if (wanted.length && !wanted.includes(part.name)) continue;
  const started = Date.now();
  await part.run();
  console.log(`${part.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
// The scale events are written in bulk: their occurrences and stored VEVENTs are derived afterwards.
await fillCalendarDerivedData(undefined, console.log);
await disconnectDb();
export {};
