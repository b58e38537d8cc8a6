// Colours of the drawn charts (bars, timeline): colour-blind-safe, given as SVG presentation attributes (the
// Content-Security-Policy allows no inline style), with the ink that reads best on each.
import { MAP_PALETTE } from "~/domain/projects/map-values";

/** Follow-up stages of a recommendation, light to dark as they progress (viridis); "no longer relevant" grey. */
export const RECOMMENDATION_STATUS_FILL: Record<string, string> = {
  OPEN: MAP_PALETTE[0],
  ARRANGING_ASSISTANCE: MAP_PALETTE[1],
  IN_PROGRESS: MAP_PALETTE[2],
  ADDRESSED: MAP_PALETTE[4],
  NO_LONGER_RELEVANT: "#a1a1aa",
};

/** Activity statuses in the Okabe–Ito palette (told apart with every common colour-vision deficiency). */
export const ACTIVITY_STATUS_FILL: Record<string, string> = {
  PLANNED: "#56b4e9",
  ONGOING: "#e69f00",
  COMPLETED: "#009e73",
  CANCELLED: "#a1a1aa",
};

function luminance(hex: string) {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Black or white, whichever contrasts more with the fill (WCAG relative luminance). */
export function inkOn(fill: string) {
  const l = luminance(fill);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}
