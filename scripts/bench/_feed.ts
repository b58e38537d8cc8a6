import { requireBenchEnvironment } from "../lib/bench.ts";
requireBenchEnvironment();
const { db } = await import("../../app/db.server.ts");
const { actorInclude, toActorAttributes, toCurrentUser } = await import("../../app/auth/actor.server.ts");
const { generateCalendarFeed, calendarFeedFor } = await import("../../app/domain/calendar/feed.server.ts");
const kenya = await db.user.findUniqueOrThrow({ where: { email: "kenya@demo.test" }, include: actorInclude });
const feed = await generateCalendarFeed({ ...toCurrentUser(kenya.id, toActorAttributes(kenya)), ip: null, sessionHash: "bench" });
const token = feed.url.split("/").pop()!.replace(".ics", "");
db.$on?.("query" as never, () => {});
for (let i = 0; i < 6; i++) {
  const s = performance.now();
  const a = await calendarFeedFor(token);
  console.log((performance.now() - s).toFixed(0), a?.kind, a && "body" in a ? a.body.length : 0);
}
const { assembleIcs } = await import("../../app/domain/calendar/ics.server.ts");
await db.$disconnect();
