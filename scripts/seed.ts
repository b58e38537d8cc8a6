// `npm run db:seed`: (re)apply reference and demo data to DATABASE_URL; safe to run again.
if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to seed (npm start seeds its own database on first run).");
  process.exit(1);
}
const { seedAll } = await import("../prisma/seed.ts");
const { disconnectDb } = await import("../app/db.server.ts");
await seedAll({ demoAccounts: process.env.NODE_ENV !== "production", log: console.log });
await disconnectDb();

export {};
