// The lint rules that encode DESIGN.md's layers really refuse what they are meant to: a deliberately bad
// import in each layer is an error (and the same import where it belongs is not).
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

async function ruleErrors(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

describe("the layer rules", () => {
  it("keep ui, routes and HTTP out of the domain", async () => {
    expect(await ruleErrors("app/domain/calendar/bad.server.ts", 'import { Form } from "~/ui/form";\nexport const x = Form;\n')).toEqual([
      expect.stringContaining("The domain never imports ui or routes"),
    ]);
    expect(
      await ruleErrors("app/domain/calendar/bad.server.ts", 'import { data } from "@remix-run/node";\nexport const x = data;\n'),
    ).toEqual([expect.stringContaining("The domain speaks no HTTP")]);
    expect(
      await ruleErrors("app/domain/calendar/bad.server.ts", 'export function x() { throw new Response("no", { status: 404 }); }\n'),
    ).toEqual([expect.stringContaining("The domain speaks no HTTP")]);
  });

  it("keep the database out of pages and components, and I/O out of the policy", async () => {
    expect(await ruleErrors("app/routes/bad.tsx", 'import { db } from "~/db.server";\nexport const x = db;\n')).toEqual([
      expect.stringContaining("reach the database only through app/domain"),
    ]);
    expect(await ruleErrors("app/ui/bad.tsx", 'import { db } from "~/db.server";\nexport const x = db;\n')).toHaveLength(1);
    expect(await ruleErrors("app/auth/policy.ts", 'import { db } from "~/db.server";\nexport const x = db;\n')).toContainEqual(
      expect.stringContaining("no I/O"),
    );
    expect(await ruleErrors("app/auth/policy.ts", 'import { readFile } from "node:fs/promises";\nexport const x = readFile;\n')).toEqual([
      expect.stringContaining("no I/O"),
    ]);
    for (const file of ["app/routes/bad.tsx", "app/ui/bad.tsx", "app/root.tsx"])
      expect(await ruleErrors(file, 'import { Link } from "@remix-run/react";\nexport const x = Link;\n')).toEqual([
        expect.stringContaining("Use Link from ~/ui/link"),
      ]);
  });

  it("allow the same imports where they belong", async () => {
    expect(await ruleErrors("app/domain/calendar/good.server.ts", 'import { db } from "~/db.server";\nexport const x = db;\n')).toEqual([]);
    expect(await ruleErrors("app/routes/good.tsx", 'import { Form } from "~/ui/form";\nexport const x = Form;\n')).toEqual([]);
    expect(await ruleErrors("app/routes/good.tsx", 'import { Link } from "~/ui/link";\nexport const x = Link;\n')).toEqual([]);
    expect(await ruleErrors("app/ui/link.tsx", 'import { Link } from "@remix-run/react";\nexport const x = Link;\n')).toEqual([]);
  });
});
