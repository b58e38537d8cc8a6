// A drawing's data goes to the browser only when the browser draws it. A page loaded in full carries its drawings
// (the world map, the matrix, the calendar's grid) as markup, kept by the browser as it came (KeptDrawing in
// app/ui/kept-markup.tsx): sending their data as well, for hydration, doubled what the page weighed and was a large
// share of what its request cost (serialising 240 countries' figures at every view). A page opened in the browser
// (a data request) carries the data, and React draws it.
import type { AppLoadContext } from "@remix-run/node";
import type { Drawing } from "./ui/kept-markup";

/** A loader's drawing data: kept for this document's render when the request is a page loaded in full. */
export function drawingFor<Data>(context: AppLoadContext, data: Data): Drawing<Data> {
  const drawings = context.drawings;
  if (!drawings) return { data };
  const number = drawings.size;
  drawings.set(number, data);
  return { inDocument: number };
}

/** Whether an address asks for a page in full (not for the data of one, which single fetch asks at `….data`). */
export const asksForDocument = (pathname: string) => !pathname.endsWith(".data");
