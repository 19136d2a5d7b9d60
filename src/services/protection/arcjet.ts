import type { ArcjetDecision } from "@arcjet/next";
import { env } from "@/config/env";
import { arcjetLogger, type ArcjetInstance } from "./arcjetShared";
import { ALLOWED_BOT_CATEGORIES } from "./botRules";
import { warnOnce } from "./logOnce";
import { ALLOWED, MESSAGES, botDetected, forbidden, rateLimited, type ProtectionDecision } from "./types";

type ArcjetGlobal = typeof globalThis & { __darasaArcjet?: Promise<ArcjetInstance> };
const store = globalThis as ArcjetGlobal;

async function createArcjet(key: string): Promise<ArcjetInstance> {
  const { default: arcjet, shield, detectBot, slidingWindow } = await import("@arcjet/next");
  return arcjet({
    key,
    log: arcjetLogger,
    rules: [
      shield({ mode: "LIVE" }),
      detectBot({ mode: "LIVE", allow: [...ALLOWED_BOT_CATEGORIES] }),
      slidingWindow({ mode: "LIVE", interval: 60, max: env.RATE_LIMIT_IP_PER_MINUTE, characteristics: ["ip.src"] }),
    ],
  }) as unknown as ArcjetInstance;
}

/** The remote Arcjet instance (shield, bots, per-IP sliding window), created on first use. */
export function getArcjet(): Promise<ArcjetInstance> {
  const key = env.ARCJET_KEY;
  if (!key) return Promise.reject(new Error("ARCJET_KEY is not set"));
  store.__darasaArcjet ??= createArcjet(key).catch((error: unknown) => {
    store.__darasaArcjet = undefined;
    throw error;
  });
  return store.__darasaArcjet;
}

/** Maps an Arcjet decision; errors fail open (logged once per distinct message). */
export function decisionFromArcjet(decision: ArcjetDecision): ProtectionDecision {
  if (decision.isErrored()) {
    const message = decision.reason.isError() ? decision.reason.message : "unknown error";
    warnOnce(`arcjet-decision:${message}`, `Arcjet decision errored, allowing the request (fail open): ${message}`);
    return ALLOWED;
  }
  if (!decision.isDenied()) return ALLOWED;
  const { reason } = decision;
  if (reason.isRateLimit()) return rateLimited(MESSAGES.ipRateLimited, reason.reset || 60);
  if (reason.isBot()) return botDetected();
  return forbidden();
}

export async function protectWithArcjet(request: Request, ip: string): Promise<ProtectionDecision> {
  try {
    const aj = await getArcjet();
    return decisionFromArcjet(await aj.protect(request, { ipSrc: ip }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warnOnce(`arcjet-throw:${reason}`, `Arcjet protection failed, allowing the request (fail open): ${reason}`);
    return ALLOWED;
  }
}
