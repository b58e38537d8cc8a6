// Where the time of a CPU profile (.cpuprofile, V8's format, as `node --cpu-prof` writes it) goes: self time
// by package (node_modules/<package>, the app's server build, Node's internals, the garbage collector) and
// the functions with the most self time. Used by `npm run bench:load -- --profile` and by hand:
//   npx tsx scripts/bench/load/profile-summary.ts .data/bench/profiles/home.cpuprofile
import { readFileSync } from "node:fs";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.includes("/build/index.js")) return "app (server build)";
  if (url.startsWith("node:")) return "node internals";
  if (url.includes("/scripts/")) return "scripts (http server)";
  return url.replace(/^file:\/\//, "");
}

export function summariseProfile(profile: CpuProfile, top = 12): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0) || 1;
  const idle = [...selfMicros.entries()].filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)").reduce((a, [, t]) => a + t, 0);
  const busy = total - idle || 1;
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)") continue;
    const pkg = packageOf(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
    const name = `${frame.functionName || "(anonymous)"} ${pkg}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const pct = (micros: number) => `${((micros / busy) * 100).toFixed(1)}%`;
  const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `busy ${((busy / total) * 100).toFixed(0)}% of ${(total / 1e6).toFixed(1)} s; self time by package:`,
    "  " +
      sorted(packages)
        .map(([name, micros]) => `${name} ${pct(micros)}`)
        .join(", "),
    "top functions (self time):",
    ...sorted(functions).map(([name, micros]) => `  ${pct(micros).padStart(6)} ${name}`),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    console.log(file);
    for (const line of summariseProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, 25)) console.log(line);
  }
}
