// Limits on sign-in and password-reset attempts, per account and per client address, counted in
// PostgreSQL (rate-limiter-flexible's Prisma store) so that every app instance sees the same counts.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { config } from "~/config.server";
import { db } from "~/db.server";

type Limiter = InstanceType<typeof RateLimiterPrisma>;
const limiters = new Map<string, Limiter>();

function limiter(prefix: string, points: number, minutes: number): Limiter {
  const key = `${prefix}:${points}:${minutes}`;
  let existing = limiters.get(key);
  if (!existing) {
    existing = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: prefix,
      points,
      duration: minutes * 60,
      clearExpiredByTimeout: false,
    });
    limiters.set(key, existing);
  }
  return existing;
}

export type LimitCheck = { blocked: false } | { blocked: true; retryAfterMinutes: number };

/**
 * A budget of attempts taken before each try (consume first, atomically in the database, then verify): concurrent
 * tries cannot all pass a check that is counted only later. `reset` after a success gives the budget back.
 */
export function attemptBudget(prefix: string, points: number, minutes: number) {
  const store = () => limiter(prefix, points, minutes);
  return {
    async take(key: string): Promise<LimitCheck> {
      try {
        await store().consume(key, 1);
        return { blocked: false };
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil(error.msBeforeNext / 60000)) };
      }
    },
    async reset(key: string) {
      await store().delete(key);
    },
    /** Gives one attempt back (a success, when only failures should count). */
    async giveBack(key: string) {
      await store().reward(key, 1);
    },
  };
}

/**
 * Sign-in attempts, taken before the password is checked: per account from unknown devices (or per known device of
 * the account, see devices.server.ts), and per client address; a success gives the address its attempt back.
 */
export function signInAttempts() {
  const c = config();
  return {
    perAccount: attemptBudget("signin-account", c.SIGNIN_MAX_FAILURES_PER_ACCOUNT, c.SIGNIN_WINDOW_MINUTES),
    perIp: attemptBudget("signin-ip", c.SIGNIN_MAX_FAILURES_PER_IP, c.SIGNIN_WINDOW_MINUTES),
  };
}

/**
 * Reset mails: at most 3 per account and 20 per address an hour (nobody's inbox gets flooded), each request taken
 * from the budgets before anything is sent (concurrent requests cannot all pass).
 */
export function resetRequestLimits() {
  return { perAccount: attemptBudget("reset-account", 3, 60), perIp: attemptBudget("reset-ip", 20, 60) };
}
