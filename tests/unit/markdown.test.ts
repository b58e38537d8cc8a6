import { marked } from "marked";
import { describe, expect, it, vi } from "vitest";
import { renderMarkdown } from "~/markdown.server";

describe("Markdown rendering", () => {
  it("keeps ordinary formatting", () => {
    expect(renderMarkdown("**Agreed** at the _meeting_:\n\n- item one\n- [report](https://example.org/r)")).toBe(
      '<p><strong>Agreed</strong> at the <em>meeting</em>:</p>\n<ul>\n<li>item one</li>\n<li><a href="https://example.org/r" rel="noopener noreferrer nofollow" target="_blank">report</a></li>\n</ul>\n',
    );
  });

  it("renders script and event-handler payloads inert", () => {
    const payloads = [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      "[click](javascript:alert(1))",
      '<a href="javascript:alert(1)">x</a>',
      '<div onclick="alert(1)" style="background:url(javascript:alert(1))">x</div>',
      "<iframe src='https://evil.example'></iframe>",
      "<svg><script>alert(1)</script></svg>",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      '<a href="//evil.example">x</a>',
    ];
    for (const payload of payloads) {
      const html = renderMarkdown(payload);
      expect(html, payload).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<svg|<img|style=|data:text|href="\/\//i);
    }
  });

  it("renders a text once and gives the same HTML to its next readers, and a changed text afresh", () => {
    const parse = vi.spyOn(marked, "parse");
    try {
      const text = `A post read by every member (${Math.random()}) <script>alert(1)</script>`;
      const first = renderMarkdown(text);
      expect(first).not.toContain("<script");
      expect([renderMarkdown(text), renderMarkdown(text)]).toEqual([first, first]);
      expect(parse).toHaveBeenCalledTimes(1);
      const edited = renderMarkdown(`${text} **edited**`);
      expect(edited).toContain("<strong>edited</strong>");
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
  });

  it("returns nothing for an empty text", () => {
    expect(renderMarkdown("")).toBe("");
    expect(renderMarkdown(null)).toBe("");
  });
});
