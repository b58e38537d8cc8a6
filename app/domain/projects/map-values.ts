// What the charts (world map, matrix heatmap) and their components share (no server code): the measures a reader can
// shade the map by, the colour-blind-safe sequential palette (viridis, light for little, dark for much) and its classes.
import { z } from "zod";

export const MAP_MEASURES = ["projects", "budget", "gap"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
/** The map's search parameter (a page module reads it, so it lives outside .server code). */
export const MapQuery = z.object({ measure: z.enum(MAP_MEASURES).catch("projects").default("projects") });
export const MAP_CLASSES = 5;
/** Viridis at five evenly spaced points, reversed so that darker means more. */
export const MAP_PALETTE = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"] as const;
/** Member States with nothing under way, and shapes that are not Member States. */
export const MAP_EMPTY = "#e4e4e7";
export const MAP_NO_DATA = "#f4f4f5";

/**
 * The upper bounds of the classes: equal steps up to the largest value (0 has a class of its own), fewer than
 * MAP_CLASSES when the values are small whole numbers (largest 2: the classes 1 and 2).
 */
export function classBounds(max: number): number[] {
  if (max <= 0) return [];
  return [...new Set(Array.from({ length: MAP_CLASSES }, (_, i) => Math.ceil((max * (i + 1)) / MAP_CLASSES)))];
}

/** The palette index of a value: the darkest for the top class, whatever the number of classes; null for none. */
export function classOf(value: number, bounds: number[]): number | null {
  if (value <= 0 || bounds.length === 0) return null;
  const index = bounds.findIndex((bound) => value <= bound);
  return MAP_CLASSES - bounds.length + (index === -1 ? bounds.length - 1 : index);
}
