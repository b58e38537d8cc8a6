// The app server of the load benchmark (a child process of scripts/bench/load.ts): the production build
// served by the same HTTP server as `npm start` (scripts/lib/http-server.ts), plus a channel to the
// benchmark over IPC: SQL statements run so far (counted at the driver), memory, CPU time, heap snapshots
// and CPU profiles. Nothing here changes how a request is served.
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
import { writeHeapSnapshot } from "node:v8";
import pg from "pg";

export type ServerRequest =
  | { id: number; kind: "stats" }
  | { id: number; kind: "heapSnapshot"; file: string }
  | { id: number; kind: "profileStart" }
  | { id: number; kind: "profileStop"; file: string }
  | { id: number; kind: "gc" };
export type ServerStats = {
  sqlStatements: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  cpuMicros: number;
};
export type ServerMessage = { kind: "ready"; port: number } | { kind: "reply"; id: number; value: unknown; error?: string };

// Every statement the app sends goes through pg.Client#query (Prisma's driver adapter and the idempotency store).
let sqlStatements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  sqlStatements += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const send = (message: ServerMessage) => process.send?.(message);
let inspector: Session | null = null;

async function answer(request: ServerRequest): Promise<unknown> {
  switch (request.kind) {
    case "stats": {
      const memory = process.memoryUsage();
      const cpu = process.cpuUsage();
      return {
        sqlStatements,
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        heapTotal: memory.heapTotal,
        external: memory.external,
        cpuMicros: cpu.user + cpu.system,
      } satisfies ServerStats;
    }
    case "gc":
      (globalThis as { gc?: () => void }).gc?.();
      return null;
    case "heapSnapshot":
      return writeHeapSnapshot(request.file);
    case "profileStart":
      inspector = new Session();
      inspector.connect();
      await inspector.post("Profiler.enable");
      await inspector.post("Profiler.setSamplingInterval", { interval: 200 });
      await inspector.post("Profiler.start");
      return null;
    case "profileStop": {
      if (!inspector) throw new Error("no profile running");
      const { profile } = await inspector.post("Profiler.stop");
      writeFileSync(request.file, JSON.stringify(profile));
      inspector.disconnect();
      inspector = null;
      return request.file;
    }
  }
}

process.on("message", (request: ServerRequest) => {
  answer(request).then(
    (value) => send({ kind: "reply", id: request.id, value }),
    (error: Error) => send({ kind: "reply", id: request.id, value: null, error: error.message }),
  );
});
// The benchmark going away (or being stopped) ends this server too.
process.on("disconnect", () => process.exit(0));

// Scale events written in bulk before the occurrence table existed get their occurrences and VEVENTs first.
{
  const { fillCalendarDerivedData } = await import("../../../app/domain/calendar/occurrences.server.ts");
  const { disconnectDb } = await import("../../../app/db.server.ts");
  await fillCalendarDerivedData(undefined, console.log);
  await disconnectDb();
}
const { startHttpServer } = await import("../../lib/http-server.ts");
const port = Number(process.env.PORT);
await startHttpServer({
  port,
  host: "127.0.0.1",
  trustProxy: false,
  appUrl: process.env.APP_URL!,
  production: true,
  databaseUrl: process.env.DATABASE_URL!,
});
send({ kind: "ready", port });
