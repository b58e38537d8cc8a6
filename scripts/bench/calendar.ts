// Calendar benchmarks on a database filled by `npm run seed:scale` (README, "Scale"):
//   DATABASE_URL=… npx tsx scripts/bench/calendar.ts
// The floor is one count() through Prisma; quote the other rows as ratios to it, from the same run.
import { requireBenchEnvironment, bench, printResults } from "../lib/bench.ts";

requireBenchEnvironment();
const { db, disconnectDb } = await import("../../app/db.server.ts");
const { actorInclude, toActorAttributes, toCurrentUser } = await import("../../app/auth/actor.server.ts");
const { eventPage } = await import("../../app/domain/calendar/events.server.ts");
const { calendarView, upcomingEventsForGroup } = await import("../../app/domain/calendar/views.server.ts");
const { calendarFeedFor, generateCalendarFeed } = await import("../../app/domain/calendar/feed.server.ts");

async function actor(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: actorInclude });
  return { ...toCurrentUser(user.id, toActorAttributes(user)), ip: "127.0.0.1", sessionHash: "bench" };
}

const focalPoint = await actor("kenya@demo.test");
const secretariat = await actor("secretariat@demo.test");
const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 1 } });
const someEvent = await db.event.findFirstOrThrow({
  where: { visibility: "ALL_FOCAL_POINTS", title: { startsWith: "[scale]" } },
  orderBy: { startsAt: "desc" },
});
const token = new URL((await generateCalendarFeed(focalPoint)).url).pathname.split("/").pop()!.replace(".ics", "");
const events = await db.event.count();

const results = [
  await bench("floor: organization.count()", () => db.organization.count()),
  await bench("month view, focal point", () => calendarView(focalPoint, { view: "month" })),
  await bench("month view, secretariat (sees group-only too)", () => calendarView(secretariat, { view: "month" })),
  await bench("week view, focal point", () => calendarView(focalPoint, { view: "week" })),
  await bench("agenda (30 days), focal point", () => calendarView(focalPoint, { view: "agenda" })),
  await bench("agenda filtered by kind and pillar", () => calendarView(focalPoint, { view: "agenda", kind: "WORKSHOP", pillar: 2 })),
  await bench("month view, only events I attend", () => calendarView(focalPoint, { view: "month", mine: "1" })),
  await bench("event page", () => eventPage(focalPoint, someEvent.id, "en")),
  await bench("upcomingEventsForGroup (5)", () => upcomingEventsForGroup(focalPoint, group.id, 5)),
  await bench("personal feed (.ics, past 180 days onward)", () => calendarFeedFor(token), { runs: 10, warmup: 2 }),
];
console.log(`${events} events in the database`);
printResults(results);
const floor = results[0].p50;
for (const r of results.slice(1)) console.log(`${r.name.padEnd(56)} ${(r.p50 / floor).toFixed(1)}× the floor (p50)`);
await disconnectDb();
