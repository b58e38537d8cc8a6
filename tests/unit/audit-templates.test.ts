// Every action code the app writes into the audit trail has a sentence and a filter label in every language,
// found the way a reader of the code would: the `action` given to auditBy/recordAudit, read from the source.
// A code without a template still reads (the generic sentence), so that the page never breaks.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInstance } from "i18next";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { describeAuditEvent, type SentencePart } from "~/domain/admin/audit-sentences";
import { supportedLanguages } from "~/i18n/config";
import { resources } from "~/i18n/resources.server";
import { composeSentence, plainText, sentenceTemplate, type SentenceI18n } from "~/ui/admin/audit-sentence-text";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "prisma", "scripts"];
const AUDIT_FUNCTIONS = new Set(["auditBy", "recordAudit"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["generated", "node_modules", "migrations"].includes(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The string values an expression can take: literals, either side of a condition, a local constant. */
function literalValues(expression: ts.Expression, source: ts.SourceFile): string[] | null {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
  if (ts.isParenthesizedExpression(expression)) return literalValues(expression.expression, source);
  if (ts.isConditionalExpression(expression)) {
    const sides = [literalValues(expression.whenTrue, source), literalValues(expression.whenFalse, source)];
    return sides.every((s) => s !== null) ? (sides.flat() as string[]) : null;
  }
  if (ts.isIdentifier(expression)) {
    const declaration = findDeclaration(source, expression.text, expression.getStart());
    return declaration?.initializer ? literalValues(declaration.initializer, source) : null;
  }
  return null;
}

/** The nearest `const name = …` before `position` in the file. */
function findDeclaration(source: ts.SourceFile, name: string, position: number): ts.VariableDeclaration | undefined {
  let found: ts.VariableDeclaration | undefined;
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.getStart() < position) found = node;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

type Found = { codes: Map<string, string[]>; unreadable: string[]; calls: number };

/** The action codes passed to the audit functions anywhere in the scanned folders, with where. */
function auditActionsInSource(): Found {
  const codes = new Map<string, string[]>();
  const unreadable: string[] = [];
  let calls = 0;
  for (const file of SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    const text = readFileSync(file, "utf8");
    if (![...AUDIT_FUNCTIONS].some((name) => text.includes(`${name}(`))) continue;
    const source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && AUDIT_FUNCTIONS.has(node.expression.text)) {
        const where = `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const event = node.arguments.find(ts.isObjectLiteralExpression);
        const property = event?.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === "action");
        // The definitions of the audit functions pass an event through; every other call names its action.
        if (property) {
          calls += 1;
          const expression = ts.isPropertyAssignment(property)
            ? property.initializer
            : ts.isShorthandPropertyAssignment(property)
              ? property.name
              : null;
          const values = expression ? literalValues(expression, source) : null;
          if (!values) unreadable.push(where);
          for (const code of values ?? []) codes.set(code, [...(codes.get(code) ?? []), where]);
        } else if (!/app\/audit\.server\.ts/.test(where)) {
          unreadable.push(where);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { codes, unreadable, calls };
}

const i18nFor: Record<string, SentenceI18n> = {};

beforeAll(async () => {
  for (const language of supportedLanguages) {
    const instance = createInstance();
    await instance.init({ lng: language, resources, interpolation: { escapeValue: false } });
    i18nFor[language] = { t: instance.t, exists: (key, options) => instance.exists(key, options), language };
  }
});

const found = auditActionsInSource();

describe("audit trail templates", () => {
  it("reads every audit call's action code from the source", () => {
    expect(
      found.unreadable,
      "write the action code as a string literal (or a condition between literals) where auditBy/recordAudit is called",
    ).toEqual([]);
    expect(found.calls).toBeGreaterThan(60);
    for (const code of [
      "project.updated",
      "auth.signIn.succeeded",
      "user.suspended",
      "invitation.created",
      "post.unlocked",
      "calendarFeed.regenerated",
    ]) {
      expect(found.codes.has(code), code).toBe(true);
    }
  });

  it("has a sentence and a filter label for every action code, in every language", () => {
    const missing: string[] = [];
    for (const [code, places] of found.codes) {
      for (const language of supportedLanguages) {
        const { exists } = i18nFor[language];
        const base = `admin.auditEvents.${code}`;
        if (!exists(`${base}.label`)) missing.push(`${language}: label of ${code} (${places[0]})`);
        if (!exists(`${base}.sentence`) && !exists(`${base}.sentence_other`))
          missing.push(`${language}: sentence of ${code} (${places[0]})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("fills every slot of every template, whatever the event recorded", () => {
    const name = (text: string): SentencePart => ({ kind: "text", text });
    const context = {
      actor: name("Amina Diallo"),
      subject: { part: name("Subject") },
      person: () => name("Person"),
      organization: () => name("Org"),
    };
    for (const code of found.codes.keys()) {
      for (const snapshot of [
        {},
        { status: "PLANNED", role: "MEMBER", userId: "x", organizationId: "y", scope: "NAMED", email: "a@b.test" },
      ]) {
        const sentence = describeAuditEvent(
          { action: code, subjectType: "Project", subjectId: "00000000-0000-4000-8000-000000000000", before: snapshot, after: snapshot },
          context,
        );
        for (const language of supportedLanguages) {
          const text = composeSentence(sentence, i18nFor[language], plainText);
          expect(sentenceTemplate(sentence, i18nFor[language]), `${code} in ${language}`).not.toBe("fallback");
          // eslint-disable-next-line no-control-regex -- a NUL marks an unfilled slot
          expect(text, `${code} in ${language}`).not.toMatch(/\{\{|\u0000|admin\./);
        }
      }
    }
  });

  it("tells an unknown action with the generic sentence", () => {
    const sentence = describeAuditEvent(
      {
        action: "widget.frobnicated",
        subjectType: "Widget",
        subjectId: "00000000-0000-4000-8000-000000000000",
        before: null,
        after: { title: "Old widget" },
      },
      {
        actor: { kind: "text", text: "Amina Diallo" },
        subject: null,
        person: () => ({ kind: "empty" }),
        organization: () => ({ kind: "empty" }),
      },
    );
    expect(sentenceTemplate(sentence, i18nFor.en)).toBe("fallback");
    expect(composeSentence(sentence, i18nFor.en, plainText)).toBe("Amina Diallo did “widget.frobnicated” on Widget ‘Old widget’");
    expect(composeSentence(sentence, i18nFor.zh, plainText)).toBe("Amina Diallo对Widget“Old widget”执行了“widget.frobnicated”");
    const withoutSubject = describeAuditEvent(
      { action: "widget.counted", subjectType: "Project", subjectId: null, before: null, after: null },
      {
        actor: { kind: "text", text: "Amina Diallo" },
        subject: null,
        person: () => ({ kind: "empty" }),
        organization: () => ({ kind: "empty" }),
      },
    );
    expect(composeSentence(withoutSubject, i18nFor.en, plainText)).toBe("Amina Diallo did “widget.counted” on project");
  });

  it("names one changed field in the sentence, and lists several", () => {
    const context = {
      actor: { kind: "text", text: "Amina Diallo" } as SentencePart,
      subject: { part: { kind: "quoted", text: "Border security training", href: "/projects/p1" } as SentencePart },
      person: () => ({ kind: "empty" }) as SentencePart,
      organization: () => ({ kind: "empty" }) as SentencePart,
    };
    const one = describeAuditEvent(
      {
        action: "project.updated",
        subjectType: "Project",
        subjectId: "p1",
        before: { status: "PLANNED", title: "Border security training" },
        after: { status: "ONGOING", title: "Border security training" },
      },
      context,
    );
    expect(composeSentence(one, i18nFor.en, plainText)).toBe(
      "Amina Diallo changed the status of ‘[Border security training](/projects/p1)’ from Planned to Ongoing",
    );
    expect(composeSentence(one, i18nFor.zh, plainText)).toBe(
      "Amina Diallo将“[Border security training](/projects/p1)”的状态从计划中改为正在实施",
    );
    const two = describeAuditEvent(
      {
        action: "project.updated",
        subjectType: "Project",
        subjectId: "p1",
        before: { status: "PLANNED", budgetUsd: "1000" },
        after: { status: "ONGOING", budgetUsd: "2500" },
      },
      context,
    );
    expect(composeSentence(two, i18nFor.en, plainText)).toBe(
      "Amina Diallo updated the project ‘[Border security training](/projects/p1)’: status from Planned to Ongoing; budget from US$1,000 to US$2,500",
    );
    const none = describeAuditEvent(
      { action: "project.updated", subjectType: "Project", subjectId: "p1", before: { summary: "a" }, after: { summary: "b" } },
      context,
    );
    expect(composeSentence(none, i18nFor.en, plainText)).toBe(
      "Amina Diallo updated the project ‘[Border security training](/projects/p1)’",
    );
  });
});
