// `npm run db:migrate`: applies pending migrations to DATABASE_URL (see README, "Migrations").
import { migrate } from "./lib/migrate.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to migrate (npm start migrates its own database by itself).");
  process.exit(1);
}
const applied = await migrate(url, console.log);
console.log(applied.length ? `${applied.length} migration(s) applied.` : "The database is up to date.");
