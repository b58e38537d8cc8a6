// Benchmark of the project matrix, the project and activity lists, the activity summary and the country view
// at volume (after `npm run seed:scale`): each case calls the domain functions as the route loaders do
// (the data and the reference lists in parallel) and reports median and p95 server time and SQL
// statements per request. Target: p95 under 150 ms with 5,000 projects and 50,000 activities.
//   DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5433/scale npx tsx scripts/bench/projects.ts
import { bench, printResults, requireBenchEnvironment, type BenchResult } from "../lib/bench.ts";

requireBenchEnvironment();
const { db, disconnectDb } = await import("../../app/db.server.ts");
const { actorInclude, toActorAttributes, toCurrentUser } = await import("../../app/auth/actor.server.ts");
const { MatrixQuery, ProjectFilters } = await import("../../app/domain/projects/filter-values.ts");
const { projectMatrix } = await import("../../app/domain/projects/matrix.server.ts");
const { listProjects, exportProjects } = await import("../../app/domain/projects/list.server.ts");
const { countryOverview } = await import("../../app/domain/projects/countries.server.ts");
const { ActivityFilters, listActivities } = await import("../../app/domain/activities/list.server.ts");
const { activitySummary } = await import("../../app/domain/activities/summary.server.ts");
const { workReference } = await import("../../app/domain/projects/reference-lists.server.ts");

const projects = await db.project.count();
const activities = await db.activity.count();
console.log(`Database: ${projects} projects, ${activities} activities`);
if (projects < 5000 || activities < 50000) console.warn("Fewer rows than the target volume: run `npm run seed:scale` first.");

const user = await db.user.findUniqueOrThrow({ where: { email: "secretariat@demo.test" }, include: actorInclude });
const actor = { ...toCurrentUser(user.id, toActorAttributes(user)), ip: null, sessionHash: "bench" };
const unodc = (await db.organization.findFirstOrThrow({ where: { acronym: "UNODC" } })).id;

const matrixCases: Array<[string, Record<string, string>]> = [
  ["thematic × region", { rows: "thematic", cols: "region" }],
  ["organization × pillar", { rows: "organization", cols: "pillar" }],
  ["group × region, under way", { rows: "group", cols: "region", status: "UNDER_WAY" }],
  ["thematic × organization, country KEN", { rows: "thematic", cols: "organization", country: "KEN" }],
  ["pillar × thematic, Africa, partly funded", { rows: "pillar", cols: "thematic", region: "AFRICA", funding: "PARTIALLY_FUNDED" }],
  ["region × group, partner UNODC, in appeal", { rows: "region", cols: "group", partner: unodc, appeal: "yes" }],
  ["organization × thematic, search", { rows: "organization", cols: "thematic", q: "project 4" }],
];
const projectListCases: Array<[string, Record<string, string>]> = [
  ["no filter", {}],
  ["country NGA, under way", { country: "NGA", status: "UNDER_WAY" }],
  ["thematic pcve, Asia, by gap", { thematic: "pcve", region: "ASIA", sort: "gap" }],
  ["partner UNODC, pillar 2, page 3", { partner: unodc, pillar: "2", page: "3" }],
  ["page 150 by budget", { page: "150", sort: "budget" }],
  ["search", { q: "project 42" }],
];
const activityListCases: Array<[string, Record<string, string>]> = [
  ["no filter", {}],
  ["country KEN", { country: "KEN" }],
  ["Africa, planned", { region: "AFRICA", status: "PLANNED" }],
  ["overdue", { overdue: "1" }],
  ["pillar 2, training, thematic pcve", { pillar: "2", kind: "TRAINING", thematic: "pcve" }],
  ["page 1500", { page: "1500" }],
  ["search", { q: "activity 4242" }],
];

const results: BenchResult[] = [];
for (const [name, query] of matrixCases) {
  results.push(await bench(`matrix: ${name}`, () => Promise.all([projectMatrix(actor, MatrixQuery.parse(query)), workReference()])));
}
for (const [name, query] of projectListCases) {
  results.push(
    await bench(`project list: ${name}`, () => Promise.all([listProjects(actor, ProjectFilters.parse(query)), workReference()])),
  );
}
for (const [name, query] of activityListCases) {
  results.push(
    await bench(`activity list: ${name}`, () => Promise.all([listActivities(actor, ActivityFilters.parse(query)), workReference()])),
  );
}
results.push(await bench("activity summary", () => Promise.all([activitySummary(actor), workReference()])));
results.push(await bench("country view KEN", () => Promise.all([countryOverview(actor, "KEN", 1), workReference()])));
results.push(
  await bench("CSV of every project (rows only)", () => exportProjects(actor, ProjectFilters.parse({})), { runs: 10, warmup: 2 }),
);
printResults(results);
await disconnectDb();
