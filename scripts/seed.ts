// `npm run db:seed`: (re)apply reference data, and demo data when DEMO_DATA=1, to DATABASE_URL; safe to run again.
// (DEMO_DATA defaults to off for a DATABASE_URL: prisma/seed/demo-data.ts.)
if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to seed (npm start seeds its own database on first run).");
  process.exit(1);
}
const { demoDataWanted } = await import("../prisma/seed/demo-data.ts");
let demoData: boolean;
try {
  demoData = demoDataWanted(false);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { seedAll } = await import("../prisma/seed.ts");
const { disconnectDb } = await import("../app/db.server.ts");
await seedAll({ demoAccounts: demoData, log: console.log });
if (!demoData) console.log("Reference data only: set DEMO_DATA=1 to add the demo accounts and content.");
await disconnectDb();

export {};
