// The process's one logger: one JSON line per event on stdout (pino), for a log collector to read.
// Requests are logged by the HTTP server (scripts/lib/http-server.ts) with their request id; errors carry
// their stack here, never on the page. LOG_LEVEL (default info) chooses how much; "silent" for none.
import { pino } from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  // Headers never reach the log: they carry session cookies.
  redact: { paths: ["req.headers", "headers.cookie", "headers.authorization"], remove: true },
});
