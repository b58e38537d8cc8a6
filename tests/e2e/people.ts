// People of a browser test's own, written straight into the database the app under test uses, so that a test
// that changes someone (their groups, roles, profile or language) never changes a demo account another test
// signs in with at the same moment. The test database is dropped after the run: nothing to clean up.
import { test as base } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../app/auth/password.server";
import { uniqueEmail } from "./helpers";

export const PERSON_PASSWORD = "a browser test's own passphrase";

type GroupRole = "CHAIR" | "VICE_CHAIR" | "MEMBER";
export type NewPerson = {
  /** ISO3 code of a Member State or acronym of an entity, as in the reference data. */
  organization: string;
  name?: string;
  /** Working groups by number, with the person's role in each. */
  groups?: Array<[number, GroupRole]>;
};
export type Person = { id: string; email: string; name: string; password: string };

let pool: pg.Pool | undefined;
let passwordHash: Promise<string> | undefined;

function database() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests with `npm test`.");
  pool ??= new pg.Pool({ connectionString: url, max: 2 });
  return pool;
}

export async function createPerson(input: NewPerson): Promise<Person> {
  passwordHash ??= hashPassword(PERSON_PASSWORD);
  const name = input.name ?? `Test Person ${Math.floor(Math.random() * 1e6)}`;
  const email = uniqueEmail("person");
  const client = await database().connect();
  try {
    await client.query("BEGIN");
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO "user" (email, name, organization_id, role, status, password_hash)
       SELECT $1, $2, id, 'FOCAL_POINT', 'ACTIVE', $3 FROM organization WHERE iso3 = $4 OR acronym = $4
       RETURNING id`,
      [email, name, await passwordHash, input.organization],
    );
    const id = inserted.rows[0]?.id;
    if (!id) throw new Error(`No organization ${input.organization} in the reference data.`);
    for (const [number, role] of input.groups ?? []) {
      const added = await client.query(
        `INSERT INTO membership (user_id, group_id, role) SELECT $1, id, $2 FROM working_group WHERE number = $3`,
        [id, role, number],
      );
      if (added.rowCount !== 1) throw new Error(`No working group ${number}.`);
    }
    await client.query("COMMIT");
    return { id, email, name, password: PERSON_PASSWORD };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** A query on the database of the app under test: to give a test's own person some work, or to check what a click wrote. */
export async function query<Row extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<Row[]> {
  return (await database().query<Row>(text, values)).rows;
}

/** `test` with `person(…)`: a new focal point of the test's own, as many as it needs. */
export const test = base.extend<{ person: (input: NewPerson) => Promise<Person> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  person: async ({}, provide) => {
    await provide(createPerson);
  },
});
export { expect } from "@playwright/test";
