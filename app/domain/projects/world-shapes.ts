// The outline of every country as an SVG path (world-outlines.ts, drawn once by scripts/world-outlines.ts from
// world-atlas, Natural Earth 1:110m, in d3-geo's Equal Earth), the same on the server and in the browser. The map
// pages send only each shape's figures: the browser draws the same paths from this module (a chunk of the map routes,
// cached like every fingerprinted script) instead of receiving the path data a second time in the page's data.
import { ALPHA3_OF_NUMERIC } from "./world-map-codes";
import { WORLD_OUTLINES } from "./world-outlines";

export const WIDTH = 960;
export const HEIGHT = 470;

export type Shape = { numeric: string; iso3: string | null; d: string };

const SHAPES: Shape[] = WORLD_OUTLINES.map(([numeric, d]) => ({ numeric, iso3: ALPHA3_OF_NUMERIC[numeric] ?? null, d }));

/** Every country's outline as an SVG path (about 37 KB of path data in all). */
export const countryShapes = (): Shape[] => SHAPES;

/** The path of the map's `index`-th shape (the pages send their shapes' figures in this module's order). */
export const shapePath = (index: number) => SHAPES[index]?.d ?? "";
