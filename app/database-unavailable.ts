// Whether an error means "the database cannot be reached or did not answer in time" (stopped, restarting,
// frozen, out of connections), as opposed to a bug or a refused statement. Such requests are answered 503
// with a retry page (and a form keeps what was typed), never a blank 500.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND", // the database's host name no longer resolves (a stopped container's service)
  "EAI_AGAIN", // nor, for now, does any name
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, recovering)
  "57014", // query_canceled: statement_timeout
  "25P03", // idle_in_transaction_session_timeout
  "53300", // too_many_connections
  "P1001", // Prisma: can't reach database server
  "P1002", // Prisma: database server timed out
  "P1017", // Prisma: server closed the connection
  "P2024", // Prisma: timed out fetching a connection from the pool
  "P2028", // Prisma: transaction API error (its connection went away or timed out)
]);
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|Query read timeout|timeout exceeded when trying to connect|server closed the connection|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|Can't reach database server|ConnectionClosed|DatabaseNotReachable|SocketTimeout|Transaction already closed|Unable to start a transaction in the given time/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (typeof current !== "object") return false;
    const { code, message, cause, kind, originalCode, meta } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (typeof originalCode === "string" && CONNECTION_CODES.has(originalCode)) return true;
    if (typeof kind === "string" && /^(ConnectionClosed|DatabaseNotReachable|SocketTimeout|TransactionAlreadyClosed)$/.test(kind))
      return true;
    if (typeof message === "string" && CONNECTION_MESSAGES.test(message)) return true;
    // Prisma wraps the driver's error in meta.driverAdapterError (e.g. P2039 with 57P03 while PostgreSQL recovers).
    current = cause ?? meta?.driverAdapterError;
  }
  return false;
}
