/**
 * Request protection: bot detection and rate limits. The only module that
 * talks to Arcjet or rate-limiter-flexible. Nothing is created at import time.
 *
 * - Arcjet adapter (ARCJET_KEY set): shield, bot detection (search engines and
 *   link previews allowed) and a per-IP sliding window, decided remotely;
 *   errors fail open.
 * - Local adapter: Arcjet's bot rule run in-process (no network) plus a
 *   per-IP fixed window stored in the `rate_limits` table.
 */
import { env } from "@/config/env";
import { protectWithArcjet } from "./arcjet";
import { checkUserAgent, isMissingUserAgent } from "./botCheck";
import { getClientIp } from "./clientIp";
import { consumeAppLimit } from "./localLimiter";
import { botDetected, type ProtectionDecision } from "./types";

export type { ProtectionDecision } from "./types";
export { getClientIp } from "./clientIp";
export { createDrizzleLimiter, createMemoryLimiter, consumeLimit, type LimiterOptions } from "./localLimiter";

export type ProtectionAdapter = "arcjet" | "local";

export function activeProtectionAdapter(): ProtectionAdapter {
  return env.ARCJET_KEY ? "arcjet" : "local";
}

/**
 * Decides whether a page/API request may proceed. Callers skip health checks
 * and webhooks (machine callers without browser user agents).
 */
export async function protectRequest(request: Request, options?: { ip?: string }): Promise<ProtectionDecision> {
  const ip = getClientIp(request, options?.ip);
  if (isMissingUserAgent(request.headers.get("user-agent"))) return botDetected();
  if (activeProtectionAdapter() === "arcjet") return protectWithArcjet(request, ip);

  const verdict = await checkUserAgent(request.headers.get("user-agent"));
  if (verdict.bot) return botDetected();
  return consumeAppLimit("ip", ip);
}

export type UserLimit = "ai" | "write" | "read";

/**
 * Per-user limit for expensive or mutating requests: `ai` 10, `write` 60 and
 * `read` (downloads that cost work, like a PDF export) 120 points per minute,
 * stored in the database whichever adapter is active. `points` is the cost
 * of this call (default 1).
 */
export function limitUser(userId: string, action: UserLimit, points = 1): Promise<ProtectionDecision> {
  return consumeAppLimit(`user-${action}`, userId, points);
}
