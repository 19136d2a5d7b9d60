import { createHmac, timingSafeEqual } from "node:crypto";

export const LOCAL_SESSION_COOKIE = "darasa_session";
export const LOCAL_SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;

/** `ver`: the user's session version when it was issued (a sign-out increments it). */
type SessionPayload = { sub: string; exp: number; ver: number };

function sign(data: string, secret: string): string {
  return createHmac("sha256", secret).update(data).digest("base64url");
}

/** `base64url(payload).hmac` — tamper-evident, expires, carries only the user id. */
export function createSessionToken(userId: string, secret: string, now = Date.now(), version = 0): string {
  const payload: SessionPayload = { sub: userId, exp: Math.floor(now / 1000) + LOCAL_SESSION_MAX_AGE_SECONDS, ver: version };
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${data}.${sign(data, secret)}`;
}

/** The user id in a valid, unexpired token; null for anything else. */
export function verifySessionToken(token: string | undefined, secret: string, now = Date.now()): string | null {
  return readSessionToken(token, secret, now)?.userId ?? null;
}

/** The user id and session version of a valid, unexpired token (tokens from before versions count as version 0). */
export function readSessionToken(token: string | undefined, secret: string, now = Date.now()): { userId: string; version: number } | null {
  if (!token) return null;
  const [data, signature, extra] = token.split(".");
  if (!data || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(data, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = JSON.parse(Buffer.from(data, "base64url").toString("utf8")) as Partial<SessionPayload>;
    if (typeof payload.sub !== "string" || typeof payload.exp !== "number") return null;
    if (payload.exp * 1000 <= now) return null;
    return { userId: payload.sub, version: typeof payload.ver === "number" ? payload.ver : 0 };
  } catch {
    return null;
  }
}
