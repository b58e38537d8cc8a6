// Prisma CLI configuration (Prisma 7 keeps the connection URL here, not in schema.prisma).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/coordination" },
});
