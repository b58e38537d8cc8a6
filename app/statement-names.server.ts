// Every statement the app sends is named by a digest of its text (Prisma's pg adapter passes the name on to pg), so
// each connection of the pool has PostgreSQL parse and plan it once and then reuses its plan, as Prisma's engine
// did before version 7. Planning was most of PostgreSQL's work for a page: 2.1–2.6 ms a request against 0.3–5.6 ms of
// executing, at the scale data; the bell's count alone took 0.65 ms to plan and 0.01 ms to run.
//
// PostgreSQL plans a named statement for its values five times, then keeps one plan for any values if that is no
// dearer. A statement whose best plan rightly depends on its values (a text search: a rare word is found through an
// index, a common one by reading the table) carries PLANNED_AT_EACH_RUN and is sent unnamed, to be planned at each
// run as before. The names are bounded: past `max` distinct texts, new ones are sent unnamed, so neither the process
// nor a connection keeps an unbounded number (a text built with a varying number of values would otherwise).
import { createHash } from "node:crypto";

/** Put in a statement's text (a SQL comment) to have it planned at each run. */
export const PLANNED_AT_EACH_RUN = "/* planned at each run */";

/** Names statements (by the digest of their text); "" (unnamed) for the marked ones and those past `max`. */
export function statementNamer(max: number): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= max) return "";
    const name = sql.includes(PLANNED_AT_EACH_RUN) ? "" : `s${createHash("sha1").update(sql).digest("base64url")}`;
    names.set(sql, name);
    return name;
  };
}
