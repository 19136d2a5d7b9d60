import { isIP } from "node:net";

export const FALLBACK_IP = "127.0.0.1";

/** Strips brackets/ports and an IPv4-mapped prefix; returns "" when not an IP address. */
export function normalizeIp(raw: string | null | undefined): string {
  let value = (raw ?? "").trim();
  if (!value) return "";
  // "[2001:db8::1]:443" -> "2001:db8::1"
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  // "203.0.113.7:51234" -> "203.0.113.7" (only one colon: IPv6 has several)
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.indexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(value)) value = value.slice(7);
  return isIP(value) ? value : "";
}

/**
 * Client IP: the explicit `ip` if valid, else the first `x-forwarded-for` hop,
 * else `x-real-ip`, else 127.0.0.1. Forwarded headers are only trustworthy
 * behind a proxy that overwrites them.
 */
export function getClientIp(request: Pick<Request, "headers">, ip?: string): string {
  const explicit = normalizeIp(ip);
  if (explicit) return explicit;
  const firstHop = normalizeIp(request.headers.get("x-forwarded-for")?.split(",")[0]);
  if (firstHop) return firstHop;
  return normalizeIp(request.headers.get("x-real-ip")) || FALLBACK_IP;
}
