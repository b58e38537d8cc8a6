// Stand-in for @prisma/streams-local, which needs Node 22 (node:sqlite). @prisma/dev imports it lazily, only
// to run Prisma's local development server (`prisma dev`), which this project does not use: `prisma generate`,
// the tests and the app never load it. package.json's "overrides" puts this folder in its place, so that
// `npm install` on Node 20 prints no EBADENGINE warning.
export async function startLocalDurableStreamsServer() {
  throw new Error(
    "`prisma dev` is not available in this project: its streams server (@prisma/streams-local) needs Node 22. " +
      "Use `npm start` (embedded PostgreSQL) or set DATABASE_URL.",
  );
}
