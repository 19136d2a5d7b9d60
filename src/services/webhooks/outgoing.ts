import { createHmac } from "node:crypto";

/**
 * Outgoing webhooks, signed like Stripe/Svix-style receivers expect:
 * `x-darasa-signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`
 * with `x-darasa-timestamp` (unix seconds) so receivers can refuse replays.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export async function sendWebhook(url: string, secret: string, payload: unknown, timeoutMs = 5000): Promise<{ ok: boolean; status?: number }> {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Darasa-Webhooks/1",
        "x-darasa-timestamp": String(timestamp),
        "x-darasa-signature": signWebhook(secret, timestamp, body),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { ok: response.ok, status: response.status };
  } catch {
    return { ok: false };
  }
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** HTTPS anywhere; plain HTTP only to this machine (for local development). */
export function isAllowedWebhookUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}
