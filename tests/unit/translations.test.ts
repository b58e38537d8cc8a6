// Translation completeness, for the six languages: every English key is in every language, no text is empty
// or left in English (names and codes excepted, by a reasoned allow-list), placeholders match English's,
// each language has exactly its CLDR plural forms (what Intl.PluralRules, and so i18next, will ask for), and
// no component renders a literal text of its own instead of a translation.
// The type checker already refuses a missing key or a wrong plural form (app/i18n/leaves.ts); this test also
// catches what types cannot, and says which key in which language.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { intlLocale, supportedLanguages, type Language } from "~/i18n/config";
import { PLURAL_CATEGORIES } from "~/i18n/leaves";
import { translations } from "~/i18n/resources.server";

type Leaf = { path: string; parent: string; key: string; value: unknown };

function leaves(node: object, prefix = "", out: Leaf[] = []): Leaf[] {
  for (const [key, value] of Object.entries(node)) {
    const here = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") leaves(value as object, here, out);
    else out.push({ path: here, parent: prefix, key, value });
  }
  return out;
}

const english = leaves(translations.en);
const englishByPath = new Map(english.map((l) => [l.path, l]));
/** Base paths of English plural pairs ("common.resultCount" for common.resultCount_one/_other). */
const pluralBases = new Set(
  english
    .map((l) => l.path.match(/^(.*)_one$/)?.[1])
    .filter((base): base is string => base !== undefined && englishByPath.has(`${base}_other`)),
);
const CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;
function pluralOf(p: string) {
  const m = p.match(/^(.*)_(zero|one|two|few|many|other)$/);
  return m && pluralBases.has(m[1]) ? { base: m[1], category: m[2] } : null;
}

/** Placeholders that carry the counted number (directory.resultCount shows it formatted). */
const COUNTS = new Set(["{{count}}", "{{formatted}}"]);

const others = supportedLanguages.filter((l) => l !== "en");

/** The placeholders ({{name}}) and numbered tags (<1>) of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{[^{}]*\}\}|<\/?\d+\s*\/?>/g)].map((m) => m[0].replace(/\s+/g, "")).sort();
}

/**
 * A text may be the same as English when nothing in it is English words: placeholders, punctuation, numbers,
 * acronyms and file-format names (CSV, PDF, ISO, vCard, Markdown, …).
 */
function hasNoWords(text: string): boolean {
  const rest = text
    .replace(/\{\{[^{}]*\}\}/g, "")
    .replace(/\b[A-Z][A-Z0-9]+\b/g, "")
    .replace(/\b(vCard|iCalendar|Markdown|OpenDocument|PowerPoint|Excel|Word)\b/g, "");
  return !/\p{L}/u.test(rest);
}

/**
 * Texts that are the same word in English and in the language, checked one by one (a new identical text must
 * be added here deliberately, with its reason). `languages.*` name each language in itself everywhere.
 */
const SAME_AS_ENGLISH: Partial<Record<Language, Record<string, string>>> = {
  // French shares these words with English (same spelling, same meaning in this place).
  fr: {
    "common.actions": "Actions",
    "nav.menu": "Menu",
    "nav.admin": "Administration",
    "home.adminShortcut": "Administration",
    "admin.title": "Administration",
    "admin.invitations": "Invitations",
    "admin.auditFields.code": "code",
    "admin.auditFields.kind": "type",
    "admin.auditFields.budget": "budget",
    "admin.auditSubjectTypes.Invitation": "invitation",
    "calendar.description": "Description",
    "notifications.title": "Notifications",
    "notifications.bell": "Notifications",
    "notifications.kinds.MENTION": "Mentions",
    "groups.posts": "Discussion",
    "plan.description": "Description",
    "plan.csv.description": "Description",
    "resources.type": "Type",
    "resources.types.FILE": "Document",
    "projects.code": "Code",
    "projects.sorts.code": "Code",
    "projects.csv.code": "Code",
    "projects.matrix.total": "Total",
    "activities.description": "Description",
    "activities.kind": "Type",
    "activities.dates": "Dates",
    "activities.occurredOn": "Date",
    "activities.summary.total": "Total",
    "activities.kinds.PUBLICATION": "Publication",
    "activities.kinds.PROGRAMME": "Programme",
    "recommendations.dashboard.regionTotal": "Total",
    "recommendations.assessments.dates": "Dates",
    "recommendations.csv.date": "Date",
    "enums.region.EUROPE": "Europe",
  },
  // Spanish shares these words with English.
  es: {
    "common.no": "No",
    "projects.matrix.total": "Total",
    "activities.summary.total": "Total",
    "recommendations.dashboard.regionTotal": "Total",
    "enums.region.ASIA": "Asia",
  },
};

describe("translations", () => {
  it("names the same plural categories as Intl.PluralRules, for every language", () => {
    for (const language of supportedLanguages) {
      const intl = new Intl.PluralRules(intlLocale[language]).resolvedOptions().pluralCategories;
      expect([...intl].sort(), language).toEqual([...PLURAL_CATEGORIES[language]].sort());
    }
  });

  for (const language of others) {
    describe(language, () => {
      const own = leaves(translations[language]);
      const byPath = new Map(own.map((l) => [l.path, l]));

      it("has every English key and no other, each a text that is not empty", () => {
        const problems: string[] = [];
        for (const l of english) {
          if (pluralOf(l.path)) continue;
          if (!byPath.has(l.path)) problems.push(`missing: ${l.path}`);
        }
        for (const l of own) {
          if (typeof l.value !== "string") problems.push(`not a text: ${l.path}`);
          else if (l.value.trim() === "") problems.push(`empty: ${l.path}`);
          if (!pluralOf(l.path) && !englishByPath.has(l.path)) problems.push(`not an English key: ${l.path}`);
        }
        expect(problems).toEqual([]);
      });

      it("has exactly the language's CLDR plural forms for every plural text", () => {
        // Chinese keeps English's shape (its x_one is never used: Chinese has only "other").
        const expected: readonly string[] = language === "zh" ? PLURAL_CATEGORIES.en : PLURAL_CATEGORIES[language];
        const problems: string[] = [];
        for (const base of pluralBases) {
          const present = CATEGORIES.filter((c) => byPath.has(`${base}_${c}`));
          if (present.join() !== CATEGORIES.filter((c) => expected.includes(c)).join())
            problems.push(`${base}: has ${present.join(", ") || "none"}, needs ${expected.join(", ")}`);
        }
        expect(problems).toEqual([]);
      });

      it("keeps English's placeholders in every text", () => {
        // A form for exactly zero, one or two (Arabic; "one" where it means only 1) may spell the number out.
        // A category is "exact" when it holds at most one whole number above zero (Arabic zero, one, two;
        // French one is 0 and 1); Russian "one" also holds 21, 31…, so it must show the number.
        const rules = new Intl.PluralRules(intlLocale[language]);
        const exact = new Set(
          CATEGORIES.filter((c) => Array.from({ length: 200 }, (_, i) => i).filter((n) => n > 0 && rules.select(n) === c).length <= 1),
        );
        const problems: string[] = [];
        for (const l of own) {
          if (typeof l.value !== "string") continue;
          const plural = pluralOf(l.path);
          const source = plural ? englishByPath.get(`${plural.base}_other`) : englishByPath.get(l.path);
          if (!source || typeof source.value !== "string") continue;
          let expected = placeholders(source.value);
          const got = placeholders(l.value);
          if (plural && exact.has(plural.category as (typeof CATEGORIES)[number]))
            expected = expected.filter((p) => got.includes(p) || !COUNTS.has(p));
          if (expected.join(" ") !== got.join(" ")) problems.push(`${l.path}: ${got.join(" ") || "none"} instead of ${expected.join(" ")}`);
        }
        expect(problems).toEqual([]);
      });

      it("leaves no text in English, except names and codes", () => {
        const allowed = SAME_AS_ENGLISH[language] ?? {};
        const problems: string[] = [];
        for (const l of own) {
          if (typeof l.value !== "string" || l.path.startsWith("languages.")) continue;
          const plural = pluralOf(l.path);
          const source = plural
            ? [englishByPath.get(`${plural.base}_one`), englishByPath.get(`${plural.base}_other`)]
            : [englishByPath.get(l.path)];
          if (!source.some((s) => s?.value === l.value) || hasNoWords(l.value)) continue;
          if (allowed[l.path] !== l.value) problems.push(`${l.path} = ${JSON.stringify(l.value)}`);
        }
        expect(problems).toEqual([]);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// Components: every text a person reads comes from the translation layer.

const APP = path.resolve(import.meta.dirname, "../../app");
/** Attributes (of elements and of the app's components) whose value is read or heard by a person. */
const READ_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "alt",
  "placeholder",
  "label",
  "legend",
  "hint",
  "emptyOption",
  "submitLabel",
  "confirmLabel",
  "question",
  "heading",
  "caption",
]);

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["generated", "i18n"].includes(entry.name) ? [] : componentFiles(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

const hasLetters = (text: string) => /\p{L}/u.test(text);

/** The fixed text in an attribute's value or a child expression: a string literal or a template's fixed parts. */
function fixedText(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
  if (ts.isParenthesizedExpression(node)) return fixedText(node.expression);
  if (ts.isConditionalExpression(node)) return [fixedText(node.whenTrue), fixedText(node.whenFalse)].filter(Boolean).join(" ") || null;
  return null;
}

export function literalTexts(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.relative(APP, file)}:${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetters(node.text)) report(node, JSON.stringify(node.text.trim()));
    if (ts.isJsxAttribute(node) && node.initializer && READ_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const value = ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) && init.expression ? fixedText(init.expression) : null;
      if (value && hasLetters(value)) report(node, `${node.name.getText()}=${JSON.stringify(value)}`);
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const value = fixedText(node.expression);
      if (value && hasLetters(value)) report(node, `{${JSON.stringify(value)}}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("components", () => {
  it("render no literal text: every word comes through t()", () => {
    const found = componentFiles(APP).flatMap((file) => literalTexts(file, readFileSync(file, "utf8")));
    expect(found, "put the text in app/i18n/areas/<area>/<topic>.ts (all six languages) and render t(key)").toEqual([]);
  });

  it("the scan finds a literal in text, in a read attribute and in a template", () => {
    const sample = `export const A = () => <p title="Close" aria-label={\`Page \${n}\`}>Hello {"world"} {t("x")}</p>;`;
    expect(literalTexts(path.join(APP, "sample.tsx"), sample)).toHaveLength(4);
    expect(literalTexts(path.join(APP, "sample.tsx"), `export const B = () => <p className="x">{t("y")} · {n}</p>;`)).toEqual([]);
  });
});
