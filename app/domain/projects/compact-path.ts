// SVG path data written compactly: each ring's first point absolute, the rest as relative line segments in tenths,
// with the separators SVG's grammar lets one leave out ("l.9-.6.5 1" for "L950.2,296.4 L950.7,297.4 …"). The world
// map's 109 KB of absolute coordinates at one decimal become 64 KB, the same picture to the tenth.

/** A number of tenths as SVG writes it shortest: 5 → ".5", -12 → "-1.2", 30 → "3". */
function tenths(n: number): string {
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? "" : whole}.${fraction}`;
}

/** Numbers one after another, a separator only where the next could be read as part of the one before. */
function joinNumbers(numbers: string[]): string {
  let out = "";
  let previous = "";
  for (const n of numbers) {
    const glued = previous !== "" && (n.startsWith("-") || (n.startsWith(".") && previous.includes(".")));
    out += previous === "" || glued ? n : ` ${n}`;
    previous = n;
  }
  return out;
}

/**
 * `d` (absolute M/L/Z commands, as d3-geo writes polygons) rewritten with relative line segments; segments that
 * go nowhere at one decimal are left out. Anything else is returned as it is.
 */
export function compactPath(d: string): string {
  if (!/^[MLZ\d.,\s-]*$/.test(d)) return d;
  let out = "";
  for (const ring of d.split(/(?=M)/)) {
    const closed = /Z\s*$/.test(ring);
    const points = ring
      .replace(/Z\s*$/, "")
      .slice(1)
      .split("L")
      .map((pair) => pair.split(",").map((v) => Math.round(Number(v) * 10)));
    if (points.length === 0 || points.some((p) => p.length !== 2 || p.some((v) => !Number.isFinite(v)))) return d;
    const [[x0, y0]] = points;
    out += `M${tenths(x0)},${tenths(y0)}`;
    const steps: string[] = [];
    let [x, y] = [x0, y0];
    for (const [px, py] of points.slice(1)) {
      if (px === x && py === y) continue;
      steps.push(tenths(px - x), tenths(py - y));
      [x, y] = [px, py];
    }
    if (steps.length > 0) out += `l${joinNumbers(steps)}`;
    if (closed) out += "z";
  }
  return out;
}
