import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getDatabase, type Db } from "@/drizzle/db";
import { rateLimits } from "@/drizzle/schema/rateLimits";
import { env } from "@/config/env";
import { warnOnce } from "./logOnce";
import { ALLOWED, MESSAGES, rateLimited, type ProtectionDecision } from "./types";

export type LimiterOptions = {
  /** Points allowed per window. */
  points: number;
  /** Window length in seconds (fixed window, reset when it expires). */
  duration: number;
  /** Stored key is `${keyPrefix}:${key}`. */
  keyPrefix: string;
};

export type LimiterKind = "ip" | "user-ai" | "user-write" | "user-read";

/**
 * A rate limiter stored in the `rate_limits` table. Once a key goes over its
 * limit it is also blocked in memory until its window ends, so a client that
 * keeps hammering does not cost a database write per request.
 */
export function createDrizzleLimiter(db: Db, options: LimiterOptions): RateLimiterDrizzle {
  return new RateLimiterDrizzle({
    storeClient: db,
    schema: rateLimits,
    points: options.points,
    duration: options.duration,
    keyPrefix: options.keyPrefix,
    inMemoryBlockOnConsumed: options.points + 1,
  });
}

/**
 * The same limiter in this process's memory: for the embedded database, which
 * only one process can open, so there is no other server to share counts with,
 * and a database write per request would be pure cost.
 */
export function createMemoryLimiter(options: LimiterOptions): RateLimiterMemory {
  return new RateLimiterMemory({ points: options.points, duration: options.duration, keyPrefix: options.keyPrefix });
}

/**
 * Consumes `points` for `key`. Over the limit -> 429 with a retry delay.
 * A store failure fails open (logged once): protection must not take the app down.
 */
export async function consumeLimit(limiter: RateLimiterAbstract, key: string, message: string, points = 1): Promise<ProtectionDecision> {
  try {
    await limiter.consume(key, points);
    return ALLOWED;
  } catch (error) {
    if (error instanceof RateLimiterRes) return rateLimited(message, error.msBeforeNext / 1000);
    const reason = error instanceof Error ? error.message : String(error);
    warnOnce(`limiter:${limiter.keyPrefix}`, `rate limit store failed for "${limiter.keyPrefix}", allowing the request: ${reason}`);
    return ALLOWED;
  }
}

const LIMITS: Record<LimiterKind, () => LimiterOptions> = {
  ip: () => ({ points: env.RATE_LIMIT_IP_PER_MINUTE, duration: 60, keyPrefix: "ip" }),
  "user-ai": () => ({ points: 10, duration: 60, keyPrefix: "user-ai" }),
  "user-write": () => ({ points: 60, duration: 60, keyPrefix: "user-write" }),
  "user-read": () => ({ points: 120, duration: 60, keyPrefix: "user-read" }),
};

export const LIMIT_MESSAGES: Record<LimiterKind, string> = {
  ip: MESSAGES.ipRateLimited,
  "user-ai": MESSAGES.aiRateLimited,
  "user-write": MESSAGES.writeRateLimited,
  "user-read": MESSAGES.readRateLimited,
};

type LimiterGlobal = typeof globalThis & {
  __darasaLimiters?: Map<LimiterKind, Promise<RateLimiterAbstract>>;
};
const store = globalThis as LimiterGlobal;

/**
 * The app's limiter of one kind, created on first use: in the `rate_limits`
 * table on Postgres (shared by every server), in memory on the embedded PGlite.
 */
export function getLimiter(kind: LimiterKind): Promise<RateLimiterAbstract> {
  const limiters = (store.__darasaLimiters ??= new Map());
  let limiter = limiters.get(kind);
  if (!limiter) {
    limiter = getDatabase().then((database) =>
      database.kind === "postgres" ? createDrizzleLimiter(database.db, LIMITS[kind]()) : createMemoryLimiter(LIMITS[kind]()),
    );
    // Do not cache a failure (e.g. database not reachable yet): retry next time.
    const pending = limiter;
    pending.catch(() => {
      if (limiters.get(kind) === pending) limiters.delete(kind);
    });
    limiters.set(kind, limiter);
  }
  return limiter;
}

/** Consumes from the app's limiter of `kind`; fails open if the database cannot be opened. */
export async function consumeAppLimit(kind: LimiterKind, key: string, points = 1): Promise<ProtectionDecision> {
  let limiter: RateLimiterAbstract;
  try {
    limiter = await getLimiter(kind);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnOnce(`limiter-open:${kind}`, `rate limit store unavailable for "${kind}", allowing requests: ${reason}`);
    return ALLOWED;
  }
  return consumeLimit(limiter, key, LIMIT_MESSAGES[kind], points);
}
