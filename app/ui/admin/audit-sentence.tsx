// An audit event as one sentence in the reader's language, the records it names linked where the reader
// may open them (the rules of the sentence are in audit-sentence-text.ts).
import { Link } from "~/ui/link";
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AuditSentence } from "~/domain/admin/audit-sentences";
import { actionLabel, composeSentence, subjectTypeLabel, type SentenceI18n, type SentenceRenderer } from "./audit-sentence-text";

const react: SentenceRenderer<ReactNode> = {
  text: (text) => text,
  link: (content, href) => <Link to={href}>{content}</Link>,
  code: (text) => <code>{text}</code>,
  join: (nodes) => nodes.map((node, index) => <Fragment key={index}>{node}</Fragment>),
};

function useSentenceI18n(): SentenceI18n {
  const { t, i18n } = useTranslation();
  return { t, exists: (key, options) => i18n.exists(key, options), language: i18n.language };
}

/** Readable names of action codes and record types (the code itself for one without a name). */
export function useAuditLabels() {
  const i18n = useSentenceI18n();
  return {
    actionLabel: (action: string) => actionLabel(i18n, action),
    subjectTypeLabel: (subjectType: string) => subjectTypeLabel(i18n, subjectType),
  };
}

export function AuditSentenceText({ sentence }: { sentence: AuditSentence }) {
  return <>{composeSentence(sentence, useSentenceI18n(), react)}</>;
}
