import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": path.resolve(import.meta.dirname, "app") } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    globalSetup: ["tests/support/vitest-global-setup.ts"],
    setupFiles: ["tests/support/vitest-database.ts"],
    // Generous: seeding the demo data hashes a dozen passwords and writes thousands of rows, which takes a minute
    // or more on a busy 2-core machine. A test that hangs still fails; speed is measured by the benchmarks.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
