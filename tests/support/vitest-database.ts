// Each test file gets its own database, copied from the migrated template, and dropped afterwards.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabaseIfMissing, databaseUrl, dropDatabase } from "../../scripts/lib/postgres.ts";

const adminUrl = inject("pgAdminUrl");
const name = `test_${process.pid}_${randomBytes(4).toString("hex")}`;

for (let attempt = 1; ; attempt++) {
  try {
    await createDatabaseIfMissing(adminUrl, name, inject("pgTemplate"));
    break;
  } catch (error) {
    // Two files copying the template at the same instant can collide; try again shortly.
    if (attempt >= 5) throw error;
    await new Promise((r) => setTimeout(r, 200 * attempt));
  }
}
process.env.DATABASE_URL = databaseUrl(adminUrl, name);
process.env.NODE_ENV = "test";
process.env.APP_URL ??= "http://localhost:3000";
process.env.OUTBOX_DIR = `.data/test-outbox/${name}`;
process.env.UPLOAD_DIR = `.data/test-uploads/${name}`;

afterAll(async () => {
  const { disconnectDb } = await import("../../app/db.server.ts");
  await disconnectDb();
  await dropDatabase(adminUrl, name);
  const { rm } = await import("node:fs/promises");
  await rm(process.env.UPLOAD_DIR!, { recursive: true, force: true });
  await rm(process.env.OUTBOX_DIR!, { recursive: true, force: true });
});
