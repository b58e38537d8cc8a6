// Idempotent form submissions. Every form the app renders carries a key that is new at each render
// (`_formKey`, app/ui/form.tsx). The first POST of a given (session, address, body) is claimed in
// PostgreSQL before the app runs it; its answer is stored when it succeeds (status below 400) and replayed,
// without running the action again, to every repeat: a double click, a second tab, a retry after a
// timeout. A refused or failed submission releases its claim, so the user can simply try again.
import { createHash } from "node:crypto";
import pg from "pg";

export type StoredAnswer = { status: number; headers: Array<[string, string]>; body: Buffer | null };
type Claim = { kind: "claimed" } | { kind: "answered"; answer: StoredAnswer } | { kind: "pending" };

/** Answers larger than this are not kept; a repeat then gets 409 ("already submitted") instead. */
const MAX_STORED_BODY = 1024 * 1024;
const KEEP_FOR = "1 day";
const SESSION_COOKIES = ["__Host-session", "session"];

/**
 * The key of a submission, or null when it is not one we deduplicate: only signed-in form posts
 * (URL-encoded bodies) that carry the form key.
 */
export function submissionKey(input: {
  method: string;
  url: string;
  contentType: string | undefined;
  cookie: string | undefined;
  body: Buffer | undefined;
}): Buffer | null {
  if (input.method !== "POST" || !input.body || !/^application\/x-www-form-urlencoded\b/i.test(input.contentType ?? "")) return null;
  const session = sessionCookieValue(input.cookie);
  if (!session) return null;
  if (!new URLSearchParams(input.body.toString("utf8")).get("_formKey")) return null;
  return createHash("sha256").update(session).update("\0").update(input.url).update("\0").update(input.body).digest();
}

/** Whether the request carries a session cookie (its answers are then private: Cache-Control no-store). */
export function hasSessionCookie(cookieHeader: string | undefined): boolean {
  return sessionCookieValue(cookieHeader) !== null;
}

function sessionCookieValue(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (SESSION_COOKIES.includes(name) && value.join("=")) return value.join("=");
  }
  return null;
}

export class SubmissionStore {
  private claimsSinceCleanup = 0;

  constructor(private readonly pool: pg.Pool) {}

  static connect(databaseUrl: string) {
    // Timeouts on both sides: a frozen database fails the claim (the action then answers 503) instead of hanging it.
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 2,
      connectionTimeoutMillis: 5000,
      statement_timeout: 5000,
      query_timeout: 7000,
    });
    // An idle connection broken by a database restart is dropped by the pool; without a listener it would end the process.
    pool.on("error", () => {});
    return new SubmissionStore(pool);
  }

  async claim(key: Buffer): Promise<Claim> {
    if (++this.claimsSinceCleanup >= 200) {
      this.claimsSinceCleanup = 0;
      await this.pool.query(`DELETE FROM form_submission WHERE created_at < now() - interval '${KEEP_FOR}'`);
    }
    const inserted = await this.pool.query("INSERT INTO form_submission (key_hash) VALUES ($1) ON CONFLICT DO NOTHING", [key]);
    if (inserted.rowCount === 1) return { kind: "claimed" };
    const answer = await this.answerOf(key);
    return answer ? { kind: "answered", answer } : { kind: "pending" };
  }

  /** Waits for the first submission of a repeat to finish (a double click arrives while it runs). */
  async waitForAnswer(key: Buffer, timeoutMs: number): Promise<StoredAnswer | null> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const answer = await this.answerOf(key);
      if (answer) return answer;
      const exists = await this.pool.query("SELECT 1 FROM form_submission WHERE key_hash = $1", [key]);
      if (exists.rowCount === 0) return null;
    }
    return null;
  }

  async complete(key: Buffer, answer: StoredAnswer) {
    const fits = !answer.body || answer.body.length <= MAX_STORED_BODY;
    const stored: StoredAnswer = fits ? answer : { status: 409, headers: [], body: null };
    await this.pool.query("UPDATE form_submission SET completed_at = now(), status = $2, headers = $3, body = $4 WHERE key_hash = $1", [
      key,
      stored.status,
      JSON.stringify(stored.headers),
      stored.body,
    ]);
  }

  async release(key: Buffer) {
    await this.pool.query("DELETE FROM form_submission WHERE key_hash = $1 AND completed_at IS NULL", [key]);
  }

  async close() {
    await this.pool.end();
  }

  private async answerOf(key: Buffer): Promise<StoredAnswer | null> {
    const row = await this.pool.query<{ status: number | null; headers: Array<[string, string]> | null; body: Buffer | null }>(
      "SELECT status, headers, body FROM form_submission WHERE key_hash = $1 AND completed_at IS NOT NULL",
      [key],
    );
    const found = row.rows[0];
    return found ? { status: found.status ?? 409, headers: found.headers ?? [], body: found.body } : null;
  }
}
