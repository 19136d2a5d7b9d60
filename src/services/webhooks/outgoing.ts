import { createHmac, randomUUID } from "node:crypto";
import { lookup as dnsLookup } from "node:dns/promises";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";

/**
 * Outgoing webhooks (the user's completion webhook).
 *
 * Signed twice over the same body:
 * - `x-darasa-signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` with
 *   `x-darasa-timestamp` (unix seconds), as before;
 * - Standard Webhooks (https://www.standardwebhooks.com, what svix sends):
 *   `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`,
 *   so receivers can verify with off-the-shelf code (`new Webhook(secret).verify(body, headers)`),
 *   the key being the bytes the `whsec_` secret encodes (see `standardWebhookSecret`).
 *
 * Not a request forgery tool (SSRF): https only (plain http only with
 * DARASA_ALLOW_HTTP_WEBHOOKS=1, for local development); the host name is
 * resolved and refused if ANY address is loopback, private, link-local,
 * shared (CGNAT), unspecified, multicast or reserved — including IPv4 inside
 * IPv6 — or the name is localhost or a cloud metadata name; the connection
 * then goes to the checked address (no second DNS lookup for rebinding to
 * exploit), redirects are not followed, and the whole exchange has a timeout.
 */

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;
export type WebhookResult = { ok: boolean; status?: number; error?: string };

export type SendOptions = {
  timeoutMs?: number;
  /** DNS resolution (default: `dns.promises.lookup(host, { all: true })`). */
  resolve?: Resolver;
  /** Default: DARASA_ALLOW_HTTP_WEBHOOKS=1 at send time. Allows http:// and loopback receivers. */
  allowHttp?: boolean;
  /** Tests only: the address actually dialled for a checked address (default: the checked address itself). */
  dialAddress?: (checked: ResolvedAddress) => ResolvedAddress;
};

/** The documented development flag: plain http, and receivers on this machine, are allowed. */
export function httpWebhooksAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.DARASA_ALLOW_HTTP_WEBHOOKS === "1";
}

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * The Standard Webhooks form of a `whsec_` secret: `whsec_` + standard base64
 * of the key bytes. Darasa's secrets are `whsec_` + base64url; receivers whose
 * library accepts only standard base64 use this form (identical when the
 * secret has no "-" or "_").
 */
export function standardWebhookSecret(secret: string): string {
  return `whsec_${standardWebhookKey(secret).toString("base64")}`;
}

function standardWebhookKey(secret: string): Buffer {
  const encoded = secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret;
  return Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

/** `webhook-signature` value: `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`. */
export function signStandardWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac("sha256", standardWebhookKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

// --- Address classes -----------------------------------------------------------

const BLOCKED_NAMES = new Set(["localhost", "metadata.google.internal", "metadata.goog", "metadata"]);

function parseIpv4(address: string): number[] | null {
  if (isIP(address) !== 4) return null;
  return address.split(".").map(Number);
}

/** The 8 16-bit groups of an IPv6 address (zone id dropped, embedded IPv4 expanded). */
function parseIpv6(raw: string): number[] | null {
  const address = raw.split("%")[0]!;
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = parseIpv4(v4[1]!) ?? [0, 0, 0, 0];
    text = `${text.slice(0, v4.index)}${((a! << 8) | b!).toString(16)}:${((c! << 8) | d!).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...(tail !== undefined ? Array(missing).fill("0") : []), ...tailGroups].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

function ipv4Class(o: number[]): string | null {
  const [a, b] = o as [number, number, number, number];
  if (a === 0) return "unspecified";
  if (a === 127) return "loopback";
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return "private";
  if (a === 169 && b === 254) return "link-local";
  if (a === 100 && b >= 64 && b <= 127) return "shared (CGNAT)";
  if (a === 192 && b === 0 && o[2] === 0) return "reserved";
  if (a === 198 && (b === 18 || b === 19)) return "reserved";
  if (a >= 224 && a <= 239) return "multicast";
  if (a >= 240) return "reserved";
  return null;
}

/** Why `address` may not receive a webhook, or null when it is an ordinary public address. */
export function blockedAddressClass(address: string): string | null {
  const v4 = parseIpv4(address);
  if (v4) return ipv4Class(v4);
  const g = parseIpv6(address);
  if (!g) return "not an IP address";
  const embedded = () => [g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff];
  if (g.every((x) => x === 0)) return "unspecified";
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return ipv4Class(embedded()) ?? (g[5] === 0 ? "reserved" : null);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return ipv4Class(embedded());
  if ((g[0]! & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0]! & 0xfe00) === 0xfc00) return "private (unique local)";
  if ((g[0]! & 0xff00) === 0xff00) return "multicast";
  if (g[0] === 0xfec0) return "reserved";
  return null;
}

function isLoopbackClass(address: string): boolean {
  return blockedAddressClass(address) === "loopback";
}

/** A host name that is never a webhook receiver (localhost, cloud metadata). */
function blockedName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return BLOCKED_NAMES.has(name) || name.endsWith(".localhost");
}

/** The URL's host without IPv6 brackets. */
function bareHost(url: URL): string {
  return url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Static check of a webhook URL (settings form): https (http only with
 * DARASA_ALLOW_HTTP_WEBHOOKS=1), no credentials, not localhost or a metadata
 * name, and an IP-literal host must be public (loopback allowed with the
 * flag). Names are checked again, resolved, when sending.
 */
export function isAllowedWebhookUrl(value: string, allowHttp = httpWebhooksAllowed()): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    if (url.protocol !== "https:" && !(url.protocol === "http:" && allowHttp)) return false;
    const host = bareHost(url);
    if (isIP(host)) return blockedAddressClass(host) === null || (allowHttp && isLoopbackClass(host));
    return !blockedName(host) || (allowHttp && host.toLowerCase() === "localhost");
  } catch {
    return false;
  }
}

const defaultResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * Resolves the URL's host and checks every address. Returns the address to
 * connect to, or why the URL is refused.
 */
export async function checkWebhookTarget(
  value: string,
  options: { resolve?: Resolver; allowHttp?: boolean } = {},
): Promise<{ ok: true; url: URL; host: string; address: ResolvedAddress } | { ok: false; error: string }> {
  const allowHttp = options.allowHttp ?? httpWebhooksAllowed();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, error: "not a URL" };
  }
  if (url.username || url.password) return { ok: false, error: "credentials in the URL" };
  if (url.protocol !== "https:" && !(url.protocol === "http:" && allowHttp)) return { ok: false, error: `${url.protocol} is not allowed (https only)` };
  const host = bareHost(url);
  if (blockedName(host) && !(allowHttp && host.toLowerCase() === "localhost")) return { ok: false, error: `host ${host} is not allowed` };
  let addresses: ResolvedAddress[];
  const family = isIP(host);
  if (family) addresses = [{ address: host, family: family === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (options.resolve ?? defaultResolver)(host);
    } catch {
      return { ok: false, error: `host ${host} does not resolve` };
    }
  }
  if (addresses.length === 0) return { ok: false, error: `host ${host} does not resolve` };
  for (const a of addresses) {
    const blocked = blockedAddressClass(a.address);
    if (blocked && !(allowHttp && blocked === "loopback")) return { ok: false, error: `host ${host} resolves to a ${blocked} address (${a.address})` };
  }
  return { ok: true, url, host, address: addresses[0]! };
}

/** A `lookup` that answers every query with the one checked address (the connection is pinned to it). */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: unknown, callback?: unknown) => {
    const done = (typeof options === "function" ? options : callback) as (...args: unknown[]) => void;
    const all = typeof options === "object" && options !== null && (options as { all?: boolean }).all;
    if (all) done(null, [{ address: pinned.address, family: pinned.family }]);
    else done(null, pinned.address, pinned.family);
  }) as LookupFunction;
}

export async function sendWebhook(url: string, secret: string, payload: unknown, options: SendOptions | number = {}): Promise<WebhookResult> {
  const opts: SendOptions = typeof options === "number" ? { timeoutMs: options } : options;
  const timeoutMs = opts.timeoutMs ?? 5000;
  const target = await checkWebhookTarget(url, { resolve: opts.resolve, allowHttp: opts.allowHttp });
  if (!target.ok) return { ok: false, error: target.error };
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const id = `msg_${randomUUID()}`;
  const headers = {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    "user-agent": "Darasa-Webhooks/1",
    "x-darasa-timestamp": String(timestamp),
    "x-darasa-signature": signWebhook(secret, timestamp, body),
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signStandardWebhook(secret, id, timestamp, body),
  };
  const dial = opts.dialAddress ? opts.dialAddress(target.address) : target.address;
  const { url: parsed, host } = target;
  const request = parsed.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<WebhookResult>((resolve) => {
    let settled = false;
    const finish = (result: WebhookResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const req = request({
      // The name stays the host (Host header, TLS SNI and certificate check); the address is the checked one.
      host: isIP(host) ? dial.address : host,
      family: dial.family,
      port: parsed.port || (parsed.protocol === "https:" ? 443 : 80),
      path: `${parsed.pathname}${parsed.search}`,
      method: "POST",
      headers: { ...headers, host: parsed.host },
      lookup: pinnedLookup(dial),
      agent: false, // a fresh connection, never a pooled socket to another address
      ...(parsed.protocol === "https:" && !isIP(host) ? { servername: host } : {}),
    });
    // One deadline for connecting, sending and the answer; redirects are answers, never followed.
    const timer = setTimeout(() => {
      req.destroy(new Error("timeout"));
      finish({ ok: false, error: "timeout" });
    }, timeoutMs);
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      finish({ ok: status >= 200 && status < 300, status });
      res.resume(); // drain (bounded by the deadline)
      res.on("close", () => clearTimeout(timer));
    });
    req.on("error", (error) => {
      clearTimeout(timer);
      finish({ ok: false, error: error.message });
    });
    req.end(body);
  });
}
