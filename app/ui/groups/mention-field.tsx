// The text of a post or a comment, with mentions typed inline: after "@" and a few letters of a name, a list of
// the group's members to choose from (an ARIA 1.2 combobox on the text area: up and down arrows move, Enter or Tab
// chooses, Escape closes), which inserts `@[Name](id)` (mention-token.ts). Without JavaScript it is a plain text
// area: one writes `@[Full name]` and the server completes it.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { mentionQueryAt, mentionToken } from "~/domain/groups/mention-token";
import { TextAreaField, type TextAreaFieldProps } from "../form";
import { organizationName, type LocalizedNames } from "../../names";

type Candidate = { id: string; name: string; organization: LocalizedNames & { acronym: string | null } };

export function MentionTextArea({ mentionsUrl, ...field }: TextAreaFieldProps & { mentionsUrl: string }) {
  const { t, i18n } = useTranslation();
  const fieldId = field.id ?? `field-${field.name}`;
  const listId = `${fieldId}-mentions`;
  const [enhanced, setEnhanced] = useState(false);
  const [typed, setTyped] = useState<{ query: string; start: number } | null>(null);
  const [options, setOptions] = useState<Candidate[]>([]);
  const [active, setActive] = useState(0);
  useEffect(() => setEnhanced(true), []);
  const query = typed?.query ?? null;
  const open = typed !== null && options.length > 0;

  useEffect(() => {
    if (query === null) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`${mentionsUrl}?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? (response.json() as Promise<{ people: Candidate[] }>) : { people: [] }))
        .then((answer) => {
          setOptions(answer.people);
          setActive(0);
        })
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [mentionsUrl, query]);

  const textArea = () => document.getElementById(fieldId) as HTMLTextAreaElement | null;
  const track = (element: HTMLTextAreaElement) => setTyped(mentionQueryAt(element.value, element.selectionStart));

  function choose(person: Candidate) {
    const element = textArea();
    if (!element || !typed) return;
    element.setRangeText(`${mentionToken(person)} `, typed.start, element.selectionStart, "end");
    element.focus();
    setTyped(null);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setTyped(null);
    }
  }

  const combobox = enhanced
    ? {
        role: "combobox",
        "aria-autocomplete": "list" as const,
        "aria-expanded": open,
        "aria-controls": listId,
        "aria-activedescendant": open ? `${listId}-${active}` : undefined,
        onKeyDown,
        onInput: (event: React.FormEvent<HTMLTextAreaElement>) => track(event.currentTarget),
        onClick: (event: React.MouseEvent<HTMLTextAreaElement>) => track(event.currentTarget),
        onBlur: () => setTimeout(() => setTyped(null), 150),
      }
    : {};

  return (
    <div className="mention-field">
      <TextAreaField {...field} id={fieldId} {...combobox} />
      {enhanced ? (
        <ul id={listId} role="listbox" aria-label={t("groups.mentionSuggestions")} className="mention-field__list" hidden={!open}>
          {open
            ? options.map((person, index) => (
                <li
                  key={person.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? "mention-field__option mention-field__option--active" : "mention-field__option"}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(person);
                  }}
                >
                  <bdi>{person.name}</bdi> <span className="muted">({organizationName(person.organization, i18n.language)})</span>
                </li>
              ))
            : null}
        </ul>
      ) : null}
    </div>
  );
}
