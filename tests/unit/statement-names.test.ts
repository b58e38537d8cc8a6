// The names statements are prepared under (app/statement-names.server.ts).
import { describe, expect, it } from "vitest";
import { PLANNED_AT_EACH_RUN, statementNamer } from "~/statement-names.server";

describe("statement names", () => {
  it("name each text by its digest: the same text the same name, another text another", () => {
    const name = statementNamer(10);
    const a = name({ sql: "SELECT 1 WHERE $1 = 1" });
    expect(a).toMatch(/^s[\w-]{27}$/);
    expect(name({ sql: "SELECT 1 WHERE $1 = 1" })).toBe(a);
    expect(statementNamer(10)({ sql: "SELECT 1 WHERE $1 = 1" })).toBe(a);
    expect(name({ sql: "SELECT 2 WHERE $1 = 1" })).not.toBe(a);
  });

  it("leave unnamed (planned at each run) a text that asks for it", () => {
    const name = statementNamer(10);
    expect(name({ sql: `SELECT id FROM t WHERE ${PLANNED_AT_EACH_RUN} title ILIKE $1` })).toBe("");
  });

  it("name at most `max` texts: later ones are unnamed, earlier ones keep their names", () => {
    const name = statementNamer(3);
    const first = ["a", "b", "c"].map((t) => name({ sql: `SELECT '${t}'` }));
    expect(first.every((n) => n.startsWith("s"))).toBe(true);
    expect(name({ sql: "SELECT 'd'" })).toBe("");
    expect(name({ sql: "SELECT 'a'" })).toBe(first[0]);
  });

  it("name none with a cap of 0 (DB_NAMED_STATEMENTS=0, behind a pooler that cannot keep them)", () => {
    const name = statementNamer(0);
    expect(name({ sql: "SELECT 1" })).toBe("");
    expect(name({ sql: "SELECT 1" })).toBe("");
  });
});
