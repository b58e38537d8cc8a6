// What the world map's page and its component share (no server code): the measures a reader can shade by, and the
// colour-blind-safe sequential palette (viridis, light for little, dark for much) of its classes.
export const MAP_MEASURES = ["projects", "budget", "gap"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
export const MAP_CLASSES = 5;
/** Viridis at five evenly spaced points, reversed so that darker means more. */
export const MAP_PALETTE = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"] as const;
/** Member States with nothing under way, and shapes that are not Member States. */
export const MAP_EMPTY = "#e4e4e7";
export const MAP_NO_DATA = "#f4f4f5";
