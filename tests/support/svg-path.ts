// Reads SVG path data of polygons the way SVG does (M/L absolute, l relative, z closing), in tenths, for tests.
export type Ring = { points: Array<[number, number]>; closed: boolean };

/** The rings of a path in absolute tenths, read the way SVG reads it (M/L absolute, l relative, z closing). */
export function readPath(d: string): Ring[] {
  const rings: Ring[] = [];
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    const numbers = (args.match(/-?(?:\d+(?:\.\d*)?|\.\d+)/g) ?? []).map((n) => Math.round(Number(n) * 10));
    if (command === "Z" || command === "z") {
      rings[rings.length - 1].closed = true;
      continue;
    }
    if (command === "M") rings.push({ points: [], closed: false });
    const ring = rings[rings.length - 1];
    for (let i = 0; i < numbers.length; i += 2) {
      const last = ring.points[ring.points.length - 1];
      ring.points.push(command === "l" ? [last[0] + numbers[i], last[1] + numbers[i + 1]] : [numbers[i], numbers[i + 1]]);
    }
  }
  return rings;
}

/** The same rings without steps that go nowhere. */
export const withoutRepeats = (rings: Ring[]) =>
  rings.map((r) => ({ ...r, points: r.points.filter((p, i) => i === 0 || p[0] !== r.points[i - 1][0] || p[1] !== r.points[i - 1][1]) }));
