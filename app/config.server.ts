// Every setting the app reads from the environment, parsed once with defaults (README lists them all).
import { z } from "zod";
import { PlatformRole } from "~/enums";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const Config = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set (npm start sets it to the embedded PostgreSQL)"),
  APP_URL: z.url().default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Coordination Platform <no-reply@coordination.test>"),
  OUTBOX_DIR: z.string().default(".data/outbox"),
  DB_POOL_MAX: positiveInt(10),
  DB_CONNECT_TIMEOUT_MS: positiveInt(5000),
  DB_STATEMENT_TIMEOUT_MS: positiveInt(15000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: positiveInt(10000),
  DB_PARALLEL_WORKERS: z.coerce.number().int().min(0).default(0),
  DB_RANDOM_PAGE_COST: z.coerce.number().positive().max(100).default(1.1),
  DB_NAMED_STATEMENTS: z.coerce.number().int().min(0).default(500),
  // Whether a proxy is trusted at all; which hops is the server's setting (scripts/lib/trust-proxy.ts).
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v) => !!v && !["0", "false"].includes(v.trim().toLowerCase())),
  SESSION_IDLE_MINUTES: positiveInt(120),
  SESSION_ABSOLUTE_HOURS: positiveInt(12),
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5),
  SIGNIN_MAX_FAILURES_PER_IP: positiveInt(30),
  SIGNIN_WINDOW_MINUTES: positiveInt(15),
  // Roles that must sign in with a second factor beyond those that always must (ADMIN, SECRETARIAT and the
  // assessment body's focal points): a comma-separated list, e.g. "FOCAL_POINT" for everyone.
  MFA_REQUIRED_ROLES: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((role) => role.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(PlatformRole, "must be a comma-separated list of ADMIN, SECRETARIAT, FOCAL_POINT"))),
  INVITATION_TTL_DAYS: positiveInt(14),
  PASSWORD_RESET_TTL_MINUTES: positiveInt(60),
  /** 1: serve /bench/floor, the load benchmark's minimal page (scripts/bench/load.ts sets it for its own server). */
  BENCH_FLOOR: z
    .string()
    .optional()
    .transform((v) => v === "1"),
});

export type Config = z.infer<typeof Config>;

let cached: Config | undefined;

/** Read lazily, so scripts and tests can set the environment before the first use. */
export function config(): Config {
  if (!cached) {
    const parsed = Config.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export const isProduction = () => config().NODE_ENV === "production";

/**
 * The site is served over https (APP_URL says so): the session cookie is then `Secure` with the `__Host-` prefix.
 * It follows the address, not NODE_ENV, so that `npm start` (production) works on http://localhost, where
 * browsers refuse to store a `Secure` cookie.
 */
export const servedOverHttps = () => new URL(config().APP_URL).protocol === "https:";
