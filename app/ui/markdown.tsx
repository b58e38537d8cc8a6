// Shows HTML produced by renderMarkdown (app/markdown.server.ts), which has already been sanitised.
export function Markdown({ html, className }: { html: string; className?: string }) {
  if (!html) return null;
  return <div dir="auto" className={`markdown${className ? ` ${className}` : ""}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
