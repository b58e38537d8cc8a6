// A large drawing kept as markup: a chart's SVG (or the matrix's table) is a function of its data and the reader's
// language only, so the server renders it once for each (data, language) and sends the kept markup after that. In the
// browser the same component draws it from the same data, so hydration finds exactly the markup it would have drawn,
// and later renders (another filter, other data) update it as usual. Only for drawings that need no router or page
// data: the i18n instance is the one context they get, so their links are plain <a href> (which work without
// JavaScript; with it, the frame follows them in the page, as a <Link> would), and they use no useId (whose ids
// depend on the tree around them).
//
// A page loaded in full need not carry a drawing's data at all (KeptDrawing): the markup is in the document, which
// the browser keeps as it is when it hydrates; only the pages it opens after that (data requests) carry the data,
// and React draws them (app/drawn-in-document.server.ts).
import { useNavigate, useRevalidator } from "@remix-run/react";
import { createContext, useContext, useEffect, useRef, type HTMLAttributes, type MouseEvent, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { inPageDestination } from "./link";

/** Gives the kept markup of `draw()` under `key`, rendering it when it is not kept (app/kept-markup.server.tsx). */
export type KeepMarkup = (key: string, draw: () => ReactElement) => string;

export const KeptMarkupContext = createContext<KeepMarkup | null>(null);

/**
 * A drawing's data as a page's data carries it: the data itself, or, in a page loaded in full, the number under
 * which the server keeps it for drawing the document (app/drawn-in-document.server.ts).
 */
export type Drawing<Data> = { data: Data } | { inDocument: number };

/** On the server, for a page loaded in full: the data of its drawings, by number. */
export const DrawingsContext = createContext<ReadonlyMap<number, unknown> | null>(null);

/** What a kept drawing's markup depends on: which drawing, the language, and every figure and label of its data. */
export const keptMarkupKey = (name: string, language: string, data: unknown) => `${name}\u0000${language}\u0000${JSON.stringify(data)}`;

type FrameAttributes = HTMLAttributes<HTMLDivElement>;

/** A plain click on one of the drawing's links to a page of this site opens it in the page (no reload). */
function useFollowInPage() {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLDivElement>) => {
    const destination = inPageDestination(event, (event.target as Element).closest("a"));
    if (destination === null) return;
    event.preventDefault();
    navigate(destination);
  };
}

/**
 * `kept`: false for a drawing that is one reader's own and changes from visit to visit (the home page's feed). It is
 * drawn in place at every request rather than kept: its markup would seldom serve again, and would push out of the
 * keeper the drawings that many readers share. A page loaded in full still carries it drawn only (KeptDrawing).
 */
type KeptOption = { kept?: boolean };

export function KeptMarkup<Data>({
  name,
  data,
  draw,
  kept = true,
  ...attributes
}: { name: string; data: Data; draw: (data: Data) => ReactElement } & KeptOption & FrameAttributes) {
  const keep = useContext(KeptMarkupContext);
  const { i18n } = useTranslation();
  const followInPage = useFollowInPage();
  if (!keep || !kept)
    return (
      <div {...attributes} onClick={followInPage}>
        {draw(data)}
      </div>
    );
  const html = keep(keptMarkupKey(name, i18n.language, data), () => draw(data));
  return <div {...attributes} onClick={followInPage} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A drawing whose data a page loaded in full does not carry: drawn by the server, kept by the browser as it came. */
export function KeptDrawing<Data>({
  drawing,
  ...rest
}: { name: string; drawing: Drawing<Data>; draw: (data: Data) => ReactElement } & KeptOption & FrameAttributes) {
  const drawings = useContext(DrawingsContext);
  if ("data" in drawing) return <KeptMarkup {...rest} data={drawing.data} />;
  if (drawings) {
    if (!drawings.has(drawing.inDocument)) throw new Error(`No drawing ${drawing.inDocument} is kept for this page.`);
    return <KeptMarkup {...rest} data={drawings.get(drawing.inDocument) as Data} />;
  }
  const { name: _name, draw: _draw, kept: _kept, ...attributes } = rest;
  return <InDocument {...attributes} />;
}

const AS_IT_CAME = { __html: "" };

/**
 * The drawing the document carries, hydrated as it is: React neither compares nor replaces markup it was given as
 * HTML. Should React ever draw it afresh instead (a page whose hydration failed is drawn anew, without the server's
 * markup), the page's data is fetched again, and with it the drawing's.
 */
function InDocument(attributes: FrameAttributes) {
  const followInPage = useFollowInPage();
  const frame = useRef<HTMLDivElement>(null);
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (frame.current && !frame.current.hasChildNodes()) revalidate();
    // Once, when the frame is first in the page.
  }, []);
  return <div ref={frame} {...attributes} onClick={followInPage} suppressHydrationWarning dangerouslySetInnerHTML={AS_IT_CAME} />;
}
