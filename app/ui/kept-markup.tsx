// A large drawing kept as markup: a chart's SVG (or the matrix's table) is a function of its data and the reader's
// language only, so the server renders it once for each (data, language) and sends the kept markup after that. In the
// browser the same component draws it from the same data, so hydration finds exactly the markup it would have drawn,
// and later renders (another filter, other data) update it as usual. Only for drawings that need no router or page
// data: the i18n instance is the one context they get, so their links are plain <a href> (which work without
// JavaScript; with it, the frame follows them in the page, as a <Link> would), and they use no useId (whose ids
// depend on the tree around them).
import { useNavigate } from "@remix-run/react";
import { createContext, useContext, type HTMLAttributes, type MouseEvent, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { inPageDestination } from "./link";

/** Gives the kept markup of `draw()` under `key`, rendering it when it is not kept (app/kept-markup.server.tsx). */
export type KeepMarkup = (key: string, draw: () => ReactElement) => string;

export const KeptMarkupContext = createContext<KeepMarkup | null>(null);

/** What a kept drawing's markup depends on: which drawing, the language, and every figure and label of its data. */
export const keptMarkupKey = (name: string, language: string, data: unknown) => `${name}\u0000${language}\u0000${JSON.stringify(data)}`;

export function KeptMarkup<Data>({
  name,
  data,
  draw,
  ...attributes
}: { name: string; data: Data; draw: (data: Data) => ReactElement } & HTMLAttributes<HTMLDivElement>) {
  const keep = useContext(KeptMarkupContext);
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  // A plain click on one of the drawing's links to a page of this site opens it in the page (no reload).
  const followInPage = (event: MouseEvent<HTMLDivElement>) => {
    const destination = inPageDestination(event, (event.target as Element).closest("a"));
    if (destination === null) return;
    event.preventDefault();
    navigate(destination);
  };
  if (!keep)
    return (
      <div {...attributes} onClick={followInPage}>
        {draw(data)}
      </div>
    );
  const html = keep(keptMarkupKey(name, i18n.language, data), () => draw(data));
  return <div {...attributes} onClick={followInPage} dangerouslySetInnerHTML={{ __html: html }} />;
}
