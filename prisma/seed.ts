// Demo and reference data. `seedIfEmpty` runs from `npm start` on a new database; `npm run db:seed`
// runs `seedAll`, which is idempotent (upserts by natural keys), on any database.
import { db } from "../app/db.server.ts";
import { seedReferenceData } from "./seed/reference.ts";
import { DEMO_PASSWORD, listedDemoLogins, seedDemoAccounts, seedDemoContacts, type DemoLogin } from "./seed/demo-accounts.ts";
import { seedDirectoryColleagues } from "./seed/directory.ts";
import { seedGroupSpaces } from "./seed/groups.ts";
import { seedCalendar } from "./seed/calendar.ts";
import { seedActivitiesAndProjects } from "./seed/activities-projects.ts";
import { seedRecommendations } from "./seed/recommendations.ts";
import { fillCalendarDerivedData } from "../app/domain/calendar/occurrences.server.ts";

/**
 * Demo content of each area (events, posts, projects, …), run after the reference data and the demo
 * accounts, in this order. Each seeder must be idempotent (upsert by a natural key) and is skipped when
 * demo data is not wanted (DEMO_DATA, prisma/seed/demo-data.ts). An area adds its seeder from prisma/seed/<area>.ts here.
 */
const areaSeeders: Array<{ name: string; seed: (client: typeof db) => Promise<void> }> = [
  { name: "directory colleagues", seed: seedDirectoryColleagues },
  { name: "working-group spaces and resources", seed: seedGroupSpaces },
  { name: "calendar events", seed: seedCalendar },
  { name: "projects and activities", seed: seedActivitiesAndProjects },
  { name: "technical-assistance recommendations", seed: seedRecommendations },
  { name: "contacts of the demo focal points' work", seed: seedDemoContacts },
];

export type SeedResult = { demoPassword: string; demoAccounts: DemoLogin[] };

export async function seedAll(options: { demoAccounts: boolean; log?: (line: string) => void }): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  await seedReferenceData(db);
  log("Reference data: 193 Member States, Compact members and observers, 8 working groups.");
  if (!options.demoAccounts) return { demoPassword: DEMO_PASSWORD, demoAccounts: [] };
  await seedDemoAccounts(db);
  log("Demo accounts created.");
  for (const seeder of areaSeeders) {
    await seeder.seed(db);
    log(`Demo ${seeder.name} created.`);
  }
  // The seeders write events directly: their occurrences and stored VEVENTs are derived here.
  await fillCalendarDerivedData(db, log);
  return { demoPassword: DEMO_PASSWORD, demoAccounts: await listedDemoLogins(db) };
}

/** Seeds only a database that has no organizations yet; lists the demo logins whenever they exist. */
export async function seedIfEmpty(options: { demoAccounts: boolean; log?: (line: string) => void }): Promise<SeedResult> {
  if ((await db.organization.count()) === 0) {
    options.log?.("New database: seeding demo data…");
    return seedAll(options);
  }
  // Events written before the occurrence table existed (migration 20261202000000) or by a bulk seed.
  await fillCalendarDerivedData(db, options.log);
  return { demoPassword: DEMO_PASSWORD, demoAccounts: options.demoAccounts ? await listedDemoLogins(db) : [] };
}
