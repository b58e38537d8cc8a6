import { describe, expect, it } from "vitest";
import { countryShapes } from "~/domain/projects/world-shapes";
import { WORLD_OUTLINES } from "~/domain/projects/world-outlines";
import { outlinesModule } from "../../scripts/world-outlines";
import { readFileSync } from "node:fs";
import { readPath } from "../support/svg-path";

describe("the world map's outlines", () => {
  it("are what scripts/world-outlines.ts draws from world-atlas (run it after changing how they are drawn)", () => {
    expect(readFileSync("app/domain/projects/world-outlines.ts", "utf8")).toBe(outlinesModule());
  });

  it("weigh under 40 KB in all (109 KB as the atlas's every point written absolute), every shape drawable", () => {
    const shapes = countryShapes();
    expect(shapes.length).toBe(WORLD_OUTLINES.length);
    expect(shapes.length).toBeGreaterThan(170);
    expect(shapes.reduce((sum, s) => sum + s.d.length, 0)).toBeLessThan(40_000);
    for (const shape of shapes) {
      const rings = readPath(shape.d);
      // A ring may shrink to a point at one decimal (an islet); every shape keeps an outline inside the frame.
      const label = shape.iso3 ?? shape.numeric;
      expect(rings.every((ring) => ring.closed) && rings.some((ring) => ring.points.length >= 3), label).toBe(true);
      for (const [x, y] of rings.flatMap((ring) => ring.points)) expect(x >= 0 && x <= 9600 && y >= 0 && y <= 4700, label).toBe(true);
    }
  });

  it("name the Member States by their ISO codes, Kenya and China among them", () => {
    const codes = new Set(countryShapes().map((s) => s.iso3));
    for (const iso3 of ["KEN", "CHN", "BRA", "FJI", "NOR"]) expect(codes.has(iso3), iso3).toBe(true);
  });
});
