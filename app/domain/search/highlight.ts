// Marks where the search occurs in a text, on the server, as plain runs of text (the page wraps the
// matching runs in <mark>; React escapes every run, so no stored text is ever read as HTML).
import type { Highlighted } from "./values";

const EXCERPT_LENGTH = 220;
const BEFORE_MATCH = 60;

/** The words of a search (quotes and a leading "-" of the web-search syntax dropped) and the search as typed. */
export function searchWords(q: string): string[] {
  const words = q
    .split(/\s+/u)
    .map((w) => w.replace(/^-/u, "").replace(/["“”«»]/gu, ""))
    .filter((w) => w.length > 0 && w.toLowerCase() !== "or");
  return [...new Set([q.replace(/["“”«»]/gu, "").trim(), ...words])].filter(Boolean).sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The runs of `text` with every occurrence of a word of the search marked (case-insensitive, any script). */
export function highlight(text: string, q: string): Highlighted {
  const words = searchWords(q);
  if (words.length === 0 || text.length === 0) return text ? [{ text, match: false }] : [];
  const pattern = new RegExp(words.map(escapeRegExp).join("|"), "giu");
  const runs: Highlighted = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    if (found[0].length === 0) continue;
    const at = found.index ?? 0;
    if (at > last) runs.push({ text: text.slice(last, at), match: false });
    runs.push({ text: found[0], match: true });
    last = at + found[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}

/** A piece of a long text around its first match (or its start), with "…" where it was cut, highlighted. */
export function excerpt(text: string, q: string): Highlighted {
  const flat = text.replace(/\s+/gu, " ").trim();
  if (flat.length <= EXCERPT_LENGTH) return highlight(flat, q);
  const words = searchWords(q);
  const lower = flat.toLowerCase();
  const firstMatch = Math.min(...words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0), Infinity);
  const start = Number.isFinite(firstMatch) ? Math.max(0, firstMatch - BEFORE_MATCH) : 0;
  const end = Math.min(flat.length, start + EXCERPT_LENGTH);
  const piece = `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
  return highlight(piece, q);
}
