import { requireBenchEnvironment } from "../lib/bench.ts";
requireBenchEnvironment();
const { db } = await import("../../app/db.server.ts");
const { actorInclude, toActorAttributes, toCurrentUser } = await import("../../app/auth/actor.server.ts");
const d = await import("../../app/domain/recommendations/dashboard.server.ts");
async function actorOf(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: actorInclude });
  return { ...toCurrentUser(user.id, toActorAttributes(user)), ip: null, sessionHash: "bench" };
}
for (const email of ["secretariat@demo.test", "unodc@demo.test", "kenya@demo.test"]) {
  const a = await actorOf(email);
  for (const [name, f] of [["dashboard", () => d.recommendationDashboard(a)], ["followUp", () => d.followUpBars(a)], ["stateMap", () => d.stateMapPage(a, "en")]] as const) {
    try {
      const t: number[] = [];
      for (let i = 0; i < 8; i++) { const s = performance.now(); await (f as () => Promise<unknown>)(); t.push(performance.now() - s); }
      t.sort((x, y) => x - y);
      console.log(email, name, t.map((x) => x.toFixed(0)).join(" "));
    } catch (e) { console.log(email, name, "ERR", (e as Error).message.slice(0, 80)); }
  }
}
await db.$disconnect();
