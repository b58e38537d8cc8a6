// Search benchmark: /search's domain function (every kind, five results each; or one kind a page at a
// time) against a database filled by `npm run seed:scale`, as a Member State, an entity and the
// secretariat, with the SQL statements each case runs. Prints median/p95 (issue 13: p95 under 100 ms).
//   DATABASE_URL=… npx tsx scripts/bench/search.ts [--runs 50] [--explain]
import { bench, printResults, requireBenchEnvironment, type BenchResult } from "../lib/bench.ts";

requireBenchEnvironment();
const { db, disconnectDb } = await import("../../app/db.server.ts");
const { actorInclude, toActorAttributes, toCurrentUser } = await import("../../app/auth/actor.server.ts");
const { SearchQuery, searchEverything, searchKind } = await import("../../app/domain/search/search.server.ts");
const { SEARCH_KINDS } = await import("../../app/domain/search/values.ts");
const { parseSearchParams } = await import("../../app/forms.server.ts");

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 50;

async function actorOf(email: string) {
  const account = await db.user.findUniqueOrThrow({ where: { email }, include: actorInclude });
  return { ...toCurrentUser(account.id, toActorAttributes(account)), ip: null, sessionHash: "bench" };
}
const readers = {
  state: await actorOf("kenya@demo.test"),
  entity: await actorOf("unodc@demo.test"),
  secretariat: await actorOf("secretariat@demo.test"),
};
const counts = await Promise.all([db.user.count(), db.event.count(), db.activity.count(), db.project.count(), db.recommendation.count()]);
if (counts[2] < 10_000) console.warn(`Only ${counts[2]} activities: run \`npm run seed:scale\` first for meaningful figures.`);

/** The page's loader parses the URL and calls searchEverything; so does this. */
const search = (who: keyof typeof readers, qs: string) => () =>
  searchEverything(readers[who], parseSearchParams(`http://bench.local/search?${qs}`, SearchQuery), "en");

const q = (text: string) => `q=${encodeURIComponent(text)}`;
const cases: Array<[string, keyof typeof readers, string]> = [
  ["a word: training (State)", "state", q("training")],
  ["a word: border (entity)", "entity", q("border")],
  ["a word: security (secretariat)", "secretariat", q("security")],
  ["two words, any order: security border", "entity", q("security border")],
  ["a name: kenya (State)", "state", q("kenya")],
  ["a name: garcia (secretariat)", "secretariat", q("garcia")],
  ["part of a word: terror", "entity", q("terror")],
  ["Chinese: 肯尼亚", "state", q("肯尼亚")],
  ["Chinese, 1 character: 王", "state", q("王")],
  ["Arabic: كينيا", "state", q("كينيا")],
  ["Cyrillic: Кения", "state", q("Кения")],
  ["a code: SCALE-0100", "secretariat", q("SCALE-0100")],
  ["one kind: activities, page 2", "entity", `${q("scale")}&kind=activities&page=2`],
  ["one kind: recommendations (State)", "state", `${q("CTED")}&kind=recommendations`],
  ["nothing found", "entity", q("zzzqqqxxx")],
];

for (const [, who, qs] of cases) await search(who, qs)();

const results: BenchResult[] = [];
for (const [name, who, qs] of cases) results.push(await bench(`search: ${name}`, search(who, qs), { runs }));

console.log(
  `\n${counts[0]} people, ${counts[1]} events, ${counts[2]} activities, ${counts[3]} projects, ${counts[4]} recommendations; ${runs} runs per case, in process.\n`,
);
printResults(results);

if (args.includes("--explain")) {
  // Each kind alone for one word, to see which kind costs what.
  const kinds: BenchResult[] = [];
  for (const kind of SEARCH_KINDS)
    kinds.push(
      await bench(`kind ${kind}: training (State)`, () => searchKind(readers.state, kind, "training", { limit: 5, offset: 0 }), {
        runs: 20,
      }),
    );
  console.log("");
  printResults(kinds);
}
await disconnectDb();
