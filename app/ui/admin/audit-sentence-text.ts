// Puts an audit event's sentence together in the reader's language: which template (the action's own, the
// one-change template, or the generic one for a code without a template), and each slot translated. The
// output is left to a renderer, so that the page builds React nodes with links and the tests plain text
// from the same rules.
import type { TFunction } from "i18next";
import {
  actionLabelKey,
  actionSentenceKey,
  subjectTypeKey,
  type AuditChange,
  type AuditSentence,
  type SentencePart,
} from "~/domain/admin/audit-sentences";
import { formatterFor } from "../format";
import { organizationName } from "../../names";

/** The part of i18next this needs (the react-i18next instance on the page, a plain one in tests). */
export type SentenceI18n = { t: TFunction; exists: (key: string, options?: { count?: number }) => boolean; language: string };

export type SentenceRenderer<N> = {
  text: (text: string) => N;
  link: (content: N, href: string) => N;
  code: (text: string) => N;
  join: (nodes: N[]) => N;
};

const MARK = "\u0000";

/**
 * Translates `key`, putting each slot's node where the template names it. A slot the event could not fill
 * (its record is gone, and with it the group or State it named) reads as a record that no longer exists.
 */
function fill<N>(
  i18n: SentenceI18n,
  r: SentenceRenderer<N>,
  key: string,
  slots: Record<string, N>,
  options: Record<string, unknown> = {},
): N {
  const markers = Object.fromEntries(Object.keys(slots).map((name) => [name, `${MARK}${name}${MARK}`]));
  const translated = String(i18n.t(key as never, { ...options, ...markers } as never)).replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (_, name: string) => `${MARK}${name}${MARK}`,
  );
  const missing = () => r.text(String(i18n.t("admin.auditGoneSubject")));
  return r.join(translated.split(MARK).map((piece, index) => (index % 2 === 1 ? (slots[piece] ?? missing()) : r.text(piece))));
}

export function actionLabel(i18n: SentenceI18n, action: string): string {
  return i18n.exists(actionLabelKey(action)) ? String(i18n.t(actionLabelKey(action) as never)) : action;
}

export function subjectTypeLabel(i18n: SentenceI18n, subjectType: string): string {
  return i18n.exists(subjectTypeKey(subjectType)) ? String(i18n.t(subjectTypeKey(subjectType) as never)) : subjectType;
}

/** Which template tells this event: the generic one when the action has none (a code added later). */
export function sentenceTemplate(sentence: AuditSentence, i18n: Pick<SentenceI18n, "exists">): "fallback" | "change" | "event" {
  if (!i18n.exists(actionSentenceKey(sentence.action), sentence.count !== undefined ? { count: sentence.count } : undefined))
    return "fallback";
  return sentence.template === "change" && sentence.changes.length === 1 ? "change" : "event";
}

export function composeSentence<N>(sentence: AuditSentence, i18n: SentenceI18n, r: SentenceRenderer<N>): N {
  const format = formatterFor(i18n.language, "UTC");
  const part = (p: SentencePart): N => {
    const content = partContent(p);
    const linked = p.href ? r.link(content, p.href) : content;
    return p.kind === "quoted" ? fill(i18n, r, "admin.auditQuoted", { text: linked }) : linked;
  };
  const partContent = (p: SentencePart): N => {
    switch (p.kind) {
      case "text":
      case "quoted":
        return r.text(p.text);
      case "named":
        return r.text(organizationName(p, i18n.language));
      case "number":
        return r.text(format.number(p.value));
      case "usd":
        return r.text(format.usd(p.value));
      case "empty":
        return r.text(String(i18n.t("admin.auditEmptyValue")));
      case "label":
        if (!i18n.exists(p.key)) return r.text(p.fallback);
        return p.values ? fill(i18n, r, p.key, mapValues(p.values, part)) : r.text(String(i18n.t(p.key as never)));
    }
  };
  const values = mapValues(sentence.values, part);
  const clause = (change: AuditChange) => ({
    field: r.text(String(i18n.t(change.field as never))),
    from: part(change.from),
    to: part(change.to),
  });

  switch (sentenceTemplate(sentence, i18n)) {
    case "fallback":
      return fill(i18n, r, sentence.hasSubject ? "admin.auditFallbackNamed" : "admin.auditFallback", {
        actor: values.actor,
        subject: values.subject,
        action: r.code(sentence.action),
        subjectType: r.text(subjectTypeLabel(i18n, sentence.subjectType)),
      });
    case "change":
      return fill(i18n, r, "admin.auditChange", { actor: values.actor, subject: values.subject, ...clause(sentence.changes[0]) });
    case "event": {
      const main = fill(i18n, r, actionSentenceKey(sentence.action), values, sentence.count !== undefined ? { count: sentence.count } : {});
      if (sentence.changes.length === 0) return main;
      const separator = r.text(String(i18n.t("admin.auditChangeSeparator")));
      const changes = r.join(
        sentence.changes.flatMap((change, index) => [
          ...(index > 0 ? [separator] : []),
          fill(i18n, r, "admin.auditChangeClause", clause(change)),
        ]),
      );
      return fill(i18n, r, "admin.auditWithChanges", { sentence: main, changes });
    }
  }
}

function mapValues<A, B>(record: Record<string, A>, fn: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}

/** Plain text, links as `[text](href)`: for tests and logs. */
export const plainText: SentenceRenderer<string> = {
  text: (text) => text,
  link: (content, href) => `[${content}](${href})`,
  code: (text) => text,
  join: (nodes) => nodes.join(""),
};
