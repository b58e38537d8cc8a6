// `npm run build`: generates the Prisma client when the schema changed and compiles the app for production
// (build/ and public/build/), which `npm start` then serves. `npm start` runs the same steps by itself when
// the sources changed, so this is for building ahead (a deployment image, a CI step).
import { ensureBuild, ensurePrismaClient } from "./lib/prepare.ts";

// `--if-needed` (what `npm start` runs first): only when the sources changed since the last build.
const ifNeeded = process.argv.includes("--if-needed");
ensurePrismaClient();
if (ensureBuild(console.log, { force: !ifNeeded }) || !ifNeeded) console.log("Built: build/ and public/build/.");
