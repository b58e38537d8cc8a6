// `npm run build`: generates the Prisma client when the schema changed and compiles the app for production
// (build/ and public/build/), which `npm start` then serves. `npm start` runs the same steps by itself when
// the sources changed, so this is for building ahead (a deployment image, a CI step).
import { ensureBuild, ensurePrismaClient } from "./lib/prepare.ts";

ensurePrismaClient();
ensureBuild(console.log, { force: true });
console.log("Built: build/ and public/build/.");
