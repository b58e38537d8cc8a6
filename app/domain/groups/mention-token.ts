// How a mention is written in a post or a comment (pure: the page's autocomplete and the server share it).
// The autocomplete inserts `@[Name](user-id)`; without JavaScript one writes `@[Full name]` (the name as the
// directory shows it, letter case aside) and the server completes it with the id of the group's one active
// member of that name. A mention is kept only for an active member of the group (posts.server.ts), and shown
// as a link to their directory page with their current name.

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
/** `@[Name]` or `@[Name](id)`: a name of 1 to 120 characters without brackets or line breaks. */
const TOKEN = `@\\[([^\\[\\]\\n]{1,120})\\](?:\\((${UUID})\\))?`;
/** At most this many mentions are read from one text. */
export const MAX_MENTIONS = 50;

export type MentionToken = { name: string; id: string | null; start: number; end: number };

/** The mentions written in a text, in order (at most MAX_MENTIONS). */
export function mentionTokens(text: string): MentionToken[] {
  const tokens: MentionToken[] = [];
  for (const match of text.matchAll(new RegExp(TOKEN, "g"))) {
    tokens.push({ name: match[1].trim(), id: match[2]?.toLowerCase() ?? null, start: match.index, end: match.index + match[0].length });
    if (tokens.length === MAX_MENTIONS) break;
  }
  return tokens;
}

/** The text the autocomplete inserts for a person. */
export function mentionToken(person: { id: string; name: string }): string {
  return `@[${person.name.replace(/[[\]\n]/g, " ").trim()}](${person.id})`;
}

/** The search typed after an `@` just before the caret (null when the caret is not in one). */
export function mentionQueryAt(text: string, caret: number): { query: string; start: number } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([^\s@[\]()]{0,40}(?: [^\s@[\]()]{1,40}){0,2})$/u.exec(before);
  if (!match) return null;
  return { query: match[2], start: caret - match[2].length - 1 };
}

/** Replaces each mention token by what `render` makes of it. */
export function replaceMentions(text: string, render: (token: MentionToken) => string): string {
  let out = "";
  let at = 0;
  for (const token of mentionTokens(text)) {
    out += text.slice(at, token.start) + render(token);
    at = token.end;
  }
  return out + text.slice(at);
}
