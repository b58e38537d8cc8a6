import { describe, expect, it } from "vitest";
import { compactPath } from "~/domain/projects/compact-path";
import { readPath, withoutRepeats } from "../support/svg-path";

/** A deterministic polygon path as d3-geo writes one: absolute, one decimal, some points repeated. */
function samplePath(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rings: string[] = [];
  for (let r = 0; r < 1 + Math.floor(next() * 3); r++) {
    const points: string[] = [];
    let [x, y] = [Math.round(next() * 9600) / 10, Math.round(next() * 4700) / 10];
    for (let i = 0; i < 3 + Math.floor(next() * 40); i++) {
      if (next() > 0.15) [x, y] = [Math.round((x + (next() - 0.5) * 30) * 10) / 10, Math.round((y + (next() - 0.5) * 30) * 10) / 10];
      points.push(`${x},${y}`);
    }
    rings.push(`M${points.join("L")}Z`);
  }
  return rings.join("");
}

describe("compact SVG path data", () => {
  it("writes relative steps in tenths with only the separators SVG needs", () => {
    expect(compactPath("M949.3,297L950.2,296.4L950.7,297.4L950.7,297.4L949.6,299.2Z")).toBe("M949.3,297l.9-.6.5 1-1.1 1.8z");
    expect(compactPath("M0,0L-0.5,0.5L2.5,-3Z")).toBe("M0,0l-.5.5 3-3.5z");
  });

  it("draws exactly the points of the path it rewrites, to the tenth", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const d = samplePath(seed);
      expect(readPath(compactPath(d)), d).toEqual(withoutRepeats(readPath(d)));
    }
  });

  it("leaves anything that is not absolute polygon data as it is", () => {
    expect(compactPath("M10,10m-4.5,0a4.5,4.5 0 1,1 9,0a4.5,4.5 0 1,1 -9,0z")).toBe("M10,10m-4.5,0a4.5,4.5 0 1,1 9,0a4.5,4.5 0 1,1 -9,0z");
  });
});
