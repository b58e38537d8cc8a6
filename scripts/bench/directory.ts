// Directory benchmark: representative searches against a database filled by `npm run seed:scale`
// (10,000 focal points), timed in this process through the same domain functions the loaders call, with
// the SQL statements each one runs. Prints median/p95 and each case's ratio to the plainest listing.
//   DATABASE_URL=… npx tsx scripts/bench/directory.ts [--runs 50] [--explain]
import { bench, printResults, requireBenchEnvironment, type BenchResult } from "../lib/bench.ts";

requireBenchEnvironment();
const { db, disconnectDb } = await import("../../app/db.server.ts");
const { actorInclude, toActorAttributes, toCurrentUser } = await import("../../app/auth/actor.server.ts");
const { searchDirectory, getDirectoryEntry } = await import("../../app/domain/directory/people.server.ts");
const { DirectoryQuery } = await import("../../app/domain/directory/filters.ts");
const { directoryWhere } = await import("../../app/domain/directory/search.server.ts");
const { listDirectoryOrganizations, OrganizationListQuery } = await import("../../app/domain/directory/organizations.server.ts");
const { networkFor } = await import("../../app/domain/directory/network.server.ts");
const { parseSearchParams } = await import("../../app/forms.server.ts");

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 50;

const people = await db.user.count({ where: { status: "ACTIVE" } });
if (people < 5000) console.warn(`Only ${people} active people: run \`npm run seed:scale\` first for meaningful figures.`);
const account = await db.user.findUniqueOrThrow({ where: { email: "kenya@demo.test" }, include: actorInclude });
const actor = { ...toCurrentUser(account.id, toActorAttributes(account)), ip: null, sessionHash: "bench" };
const norway = await db.organization.findUniqueOrThrow({ where: { iso3: "NOR" } });
const somebody = await db.user.findFirstOrThrow({
  where: { status: "ACTIVE", email: { endsWith: "@scale.test" } },
  orderBy: { email: "asc" },
});

/** The page's loader parses the URL and calls searchDirectory; so does this. */
const search = (qs: string) => () => searchDirectory(actor, parseSearchParams(`http://bench.local/directory?${qs}`, DirectoryQuery), "en");

const cases: Array<[string, string]> = [
  ["no search, page 1 of 25 (baseline)", ""],
  ["plain name: Müller", "q=M%C3%BCller"],
  ["partial word: nakam", "q=nakam"],
  ["without accents: jose martinez", "q=jose+martinez"],
  ["CJK, 1 character: 王", "q=%E7%8E%8B"],
  ["CJK, 2 characters: 张伟", "q=%E5%BC%A0%E4%BC%9F"],
  ["Cyrillic: петров", "q=%D0%BF%D0%B5%D1%82%D1%80%D0%BE%D0%B2"],
  ["Arabic: حداد", "q=%D8%AD%D8%AF%D8%A7%D8%AF"],
  ["country name: kenya", "q=kenya"],
  ["filters: State, Europe, French, pillar 2", "kind=MEMBER_STATE&region=EUROPE&language=fr&interest=2"],
  ["filters: group + chairs only", "group=pcve&chairs=1"],
  ["search + filters: garcia, Americas, pillar 4", "q=garcia&region=AMERICAS&interest=4"],
  ["sort by organization", "sort=organization"],
  ["page 5 of 25", "page=5"],
  ["page 1 of 10", "size=10"],
  ["page 1 of 50", "size=50"],
  ["page 1 of 100", "size=100"],
  ["page 5 of 100", "size=100&page=5"],
];

// One pass over every case first, so the first case measured does not pay for cold caches and plans.
for (const [, qs] of cases) await search(qs)();

const results: BenchResult[] = [];
for (const [name, qs] of cases) results.push(await bench(`directory: ${name}`, search(qs), { runs }));
results.push(await bench("person page", () => getDirectoryEntry(actor, somebody.id), { runs }));
results.push(await bench("organizations list", () => listDirectoryOrganizations(actor, OrganizationListQuery.parse({}), "en"), { runs }));
results.push(await bench("network", () => networkFor(actor, "en"), { runs }));
results.push(await bench("directory: one organization (Norway)", search(`organization=${norway.id}`), { runs }));

console.log(`\n${people} active people; ${runs} runs per case, in process (domain functions as the loaders call them).\n`);
printResults(results);
const baseline = results[0].p50;
console.log(`\nRatio of each median to the baseline (${baseline.toFixed(1)} ms):`);
for (const r of results) console.log(`  ${r.name.padEnd(56)} ${(r.p50 / baseline).toFixed(2)}×`);

if (args.includes("--explain")) {
  for (const [name, qs] of cases.filter(([n]) => /plain name|partial|CJK, 2|Arabic|filters: State|search \+ filters/.test(n))) {
    const query = parseSearchParams(`http://bench.local/directory?${qs}`, DirectoryQuery);
    const plan = await db.$queryRaw<Array<{ "QUERY PLAN": string }>>`
      EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
      SELECT u."id" FROM "user" u JOIN "organization" o ON o."id" = u."organization_id" WHERE ${directoryWhere(query)}
      ORDER BY u."sort_name", u."id" LIMIT ${query.size} OFFSET ${(query.page - 1) * query.size}`;
    console.log(`\n--- ${name}\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
  }
}
await disconnectDb();
