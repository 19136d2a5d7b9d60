/** What the proxy / server actions do with a request. `message` is shown to people. */
export type ProtectionDecision =
  | { allowed: true }
  | {
      allowed: false;
      status: 429 | 403;
      code: "RATE_LIMITED" | "BOT_DETECTED" | "FORBIDDEN";
      message: string;
      retryAfterSeconds?: number;
    };

export const ALLOWED: ProtectionDecision = Object.freeze({ allowed: true });

export const MESSAGES = {
  ipRateLimited: "You're sending requests too quickly. Please wait a moment and try again.",
  aiRateLimited: "You've reached the limit for AI requests for now. Please wait a minute and try again.",
  writeRateLimited: "You're saving changes too quickly. Please wait a moment and try again.",
  readRateLimited: "You're downloading too quickly. Please wait a moment and try again.",
  bot: "This request looks automated, so it was blocked. If you're using a regular browser, please try again or contact support.",
  forbidden: "This request was blocked by our security checks.",
} as const;

export function rateLimited(message: string, retryAfterSeconds: number): ProtectionDecision {
  return {
    allowed: false,
    status: 429,
    code: "RATE_LIMITED",
    message,
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
  };
}

export function botDetected(): ProtectionDecision {
  return { allowed: false, status: 403, code: "BOT_DETECTED", message: MESSAGES.bot };
}

export function forbidden(): ProtectionDecision {
  return { allowed: false, status: 403, code: "FORBIDDEN", message: MESSAGES.forbidden };
}
