// A large drawing kept as markup: a chart's SVG is a function of its data and the reader's language only, so the server
// renders it once for each (data, language) and sends the kept markup after that. In the browser the same component
// draws it from the same data, so hydration finds exactly the markup it would have drawn, and later renders (another
// filter, other data) update it as usual. Only for drawings that need no router or page data: the i18n instance is
// the one context they get (plain <a href> links, no <Link>; no useId, whose ids depend on the tree around them).
import { createContext, useContext, type HTMLAttributes, type ReactElement } from "react";
import { useTranslation } from "react-i18next";

/** Gives the kept markup of `draw()` under `key`, rendering it when it is not kept (app/kept-markup.server.tsx). */
export type KeepMarkup = (key: string, draw: () => ReactElement) => string;

export const KeptMarkupContext = createContext<KeepMarkup | null>(null);

export function KeptMarkup<Data>({
  name,
  data,
  draw,
  ...attributes
}: { name: string; data: Data; draw: (data: Data) => ReactElement } & HTMLAttributes<HTMLDivElement>) {
  const keep = useContext(KeptMarkupContext);
  const { i18n } = useTranslation();
  if (!keep) return <div {...attributes}>{draw(data)}</div>;
  const html = keep(`${name}\u0000${i18n.language}\u0000${JSON.stringify(data)}`, () => draw(data));
  return <div {...attributes} dangerouslySetInnerHTML={{ __html: html }} />;
}
