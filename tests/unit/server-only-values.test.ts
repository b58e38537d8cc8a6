// Guards against a class of failure that server-side tests cannot see: in the browser bundle every export
// of a `.server` module is `undefined`, so a component (or anything a component's module evaluates) that
// uses such a value renders on the server and then breaks in the browser. The rule, checked on the source:
// - a route module may use a value imported from a `.server` module only inside `loader`, `action` or
//   `headers` (the exports the compiler removes from the browser bundle);
// - any other module that reaches the browser (components, `values.ts` files…) imports only types from
//   `.server` modules.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../app");
const SERVER_ONLY_EXPORTS = new Set(["loader", "action", "headers"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const isServerModule = (file: string) => /\.server\.tsx?$/.test(file) || /entry\.server\.tsx$/.test(file);
const isServerSpecifier = (specifier: string) => /\.server(\.tsx?)?$/.test(specifier);

/** Names bound by value imports from `.server` modules. */
function serverValueImports(source: ts.SourceFile): Map<string, string> {
  const names = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!isServerSpecifier(specifier)) continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name) names.set(clause.name.text, specifier);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.set(bindings.name.text, specifier);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) if (!element.isTypeOnly) names.set(element.name.text, specifier);
    }
  }
  return names;
}

/** The name of the exported server-only function a top-level statement declares, if it is one. */
function serverOnlyExportName(statement: ts.Statement): string | null {
  const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  if (!exported) return null;
  if (ts.isFunctionDeclaration(statement) && statement.name && SERVER_ONLY_EXPORTS.has(statement.name.text)) return statement.name.text;
  if (ts.isVariableStatement(statement)) {
    const names = statement.declarationList.declarations.map((d) => (ts.isIdentifier(d.name) ? d.name.text : ""));
    if (names.length && names.every((n) => SERVER_ONLY_EXPORTS.has(n))) return names[0];
  }
  return null;
}

/** Every place in a module where a value from a `.server` module would be evaluated in the browser. */
export function browserUsesOfServerValues(file: string, text: string): string[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const imported = serverValueImports(source);
  if (imported.size === 0) return [];
  const isRoute = file.includes(`${path.sep}routes${path.sep}`) || path.basename(file) === "root.tsx";
  const problems: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) continue;
    if (isRoute && serverOnlyExportName(statement)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && imported.has(node.text) && isValueReference(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        problems.push(`${path.relative(APP, file)}:${line + 1} uses ${node.text} from ${imported.get(node.text)} outside loader/action`);
      }
      ts.forEachChild(node, visit);
    };
    visit(statement);
  }
  return problems;
}

/** False for identifiers that are not a reference to the imported binding (property names, type positions). */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if ((ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === node)
    return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  if (ts.isJsxAttribute(parent)) return false;
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isTypeQueryNode(n) || ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n)) return false;
  }
  return true;
}

describe("values from .server modules never reach the browser", () => {
  it("holds for every module of the app", () => {
    const problems = sourceFiles(APP)
      .filter((file) => !isServerModule(file))
      .flatMap((file) => browserUsesOfServerValues(file, readFileSync(file, "utf8")));
    expect(problems).toEqual([]);
  });

  it("catches a component that uses a server value, and lets a loader use it", () => {
    const route = path.join(APP, "routes", "example.tsx");
    const bad = [
      'import { PLAN_STATUSES, listPlan } from "~/domain/groups/plan.server";',
      "export async function loader() { return listPlan(PLAN_STATUSES); }",
      "export default function Page() { return PLAN_STATUSES.map((s) => s); }",
    ].join("\n");
    expect(browserUsesOfServerValues(route, bad)).toEqual([
      "routes/example.tsx:3 uses PLAN_STATUSES from ~/domain/groups/plan.server outside loader/action",
    ]);
    const topLevel = [
      'import { Input } from "~/domain/x.server";',
      "const Schema = Input.extend({});",
      "export async function action() { return Schema; }",
    ].join("\n");
    expect(browserUsesOfServerValues(route, topLevel)).toHaveLength(1);
    const typeOnly = [
      'import type { Plan } from "~/domain/x.server";',
      "export default function Page(p: { plan: Plan }) { return p.plan; }",
    ].join("\n");
    expect(browserUsesOfServerValues(route, typeOnly)).toEqual([]);
    const component = path.join(APP, "ui", "example.tsx");
    expect(browserUsesOfServerValues(component, 'import { x } from "~/auth/guards.server";\nexport const y = () => x;')).toHaveLength(1);
  });
});
