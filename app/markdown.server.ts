// Text people write (posts, event and resource descriptions) is Markdown, turned into HTML by `marked`
// and then sanitised by `sanitize-html` with an allow-list: no scripts, no event handlers, no styles,
// links only to http(s) and mailto, opened without access to this page.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title"], th: ["align"], td: ["align"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }),
  },
};
ALLOWED.allowedAttributes = { ...ALLOWED.allowedAttributes, a: ["href", "title", "rel", "target"] };

/**
 * The HTML of the texts rendered lately, by the digest of their Markdown (a function of the text alone): a post, its
 * comments or an event's description is read by everyone who opens it, and rendering it (marked, then sanitize-html)
 * at each view was 4–5% of a post's page's CPU under load (issue 17).
 */
const rendered = new LRUCache<string, string>({ maxSize: 8 * 1024 * 1024, sizeCalculation: (html) => 2 * html.length + 64 });

/** Safe HTML for a Markdown text (an empty string for an empty text). */
export function renderMarkdown(markdown: string | null | undefined): string {
  if (!markdown) return "";
  const digest = createHash("sha256").update(markdown).digest("base64url");
  let html = rendered.get(digest);
  if (html === undefined) {
    html = sanitizeHtml(marked.parse(markdown, { async: false, gfm: true, breaks: true }) as string, ALLOWED);
    rendered.set(digest, html);
  }
  return html;
}
