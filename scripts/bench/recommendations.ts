// Benchmark of the recommendation list (as the secretariat, an entity and a Member State see it), the
// dashboard, a recommendation's page (with its access record write) and the State view at volume (after
// `npm run seed:scale -- recommendations`): median and p95 server time and SQL statements per request,
// calling the domain functions as the loaders do.
//   DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5433/scale npx tsx scripts/bench/recommendations.ts
import { bench, printResults, requireBenchEnvironment, type BenchResult } from "../lib/bench.ts";

requireBenchEnvironment();
const { db, disconnectDb } = await import("../../app/db.server.ts");
const { actorInclude, toActorAttributes, toCurrentUser } = await import("../../app/auth/actor.server.ts");
const { RecommendationFilters } = await import("../../app/domain/recommendations/filters.ts");
const { listRecommendations } = await import("../../app/domain/recommendations/list.server.ts");
const { recommendationDashboard } = await import("../../app/domain/recommendations/dashboard.server.ts");
const { getRecommendation } = await import("../../app/domain/recommendations/detail.server.ts");
const { stateView } = await import("../../app/domain/recommendations/assessments.server.ts");
const { workReference } = await import("../../app/domain/projects/reference-lists.server.ts");

const total = await db.recommendation.count();
console.log(
  `Database: ${await db.assessment.count()} assessments, ${total} recommendations, ${await db.recommendationResponse.count()} responses`,
);
if (total < 30000) console.warn("Fewer rows than the target volume: run `npm run seed:scale -- recommendations` first.");

async function actorOf(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: actorInclude });
  return { ...toCurrentUser(user.id, toActorAttributes(user)), ip: null, sessionHash: "bench" };
}
const readers = {
  secretariat: await actorOf("secretariat@demo.test"),
  unodc: await actorOf("unodc@demo.test"),
  kenya: await actorOf("kenya@demo.test"),
};
const cases: Array<[string, Record<string, string>]> = [
  ["no filter", {}],
  ["high priority, unresolved, no response", { priority: "HIGH", status: "UNRESOLVED", noResponse: "yes" }],
  ["Africa, thematic pcve", { region: "AFRICA", thematic: "pcve" }],
  ["page 200", { page: "200" }],
  ["search", { q: "recommendation 1234" }],
];

const results: BenchResult[] = [];
for (const [who, actor] of Object.entries(readers)) {
  for (const [name, query] of cases) {
    results.push(
      await bench(`list as ${who}: ${name}`, () =>
        Promise.all([listRecommendations(actor, RecommendationFilters.parse(query)), workReference()]),
      ),
    );
  }
}
results.push(await bench("dashboard (secretariat)", () => Promise.all([recommendationDashboard(readers.secretariat), workReference()])));
const shared = await db.recommendation.findFirstOrThrow({ where: { assessment: { reference: "CTED/KEN/2025/V" }, number: 1 } });
results.push(await bench("recommendation page as UNODC (records the reading)", () => getRecommendation(readers.unodc, shared.id)));
results.push(await bench("State view KEN as Kenya", () => stateView(readers.kenya, "KEN")));
printResults(results);
await db.recommendationView.deleteMany({ where: { recommendationId: shared.id, userId: readers.unodc.id } });
await disconnectDb();
