// Request checks made by scripts/server.mjs before Next.js sees a request.
// Pure functions (no I/O) so they can be unit-tested: tests/unit/requestGuard.test.ts.
//
// - DNS rebinding: in local mode (no Clerk keys) anyone who can make a browser
//   resolve their own name to 127.0.0.1 would reach the local sign-in. So a
//   request whose Host is not one of this server's names is refused (421).
// - CSRF: a state-changing request from another site (a page on another port
//   of 127.0.0.1 is "same-site" but not same-origin) is refused (403), before a
//   route handler or a server action runs.
// - Header sizes: the User-Agent is cut to 512 bytes (Next.js runs regexes on it).

/** Bytes of User-Agent passed on to Next.js. */
export const MAX_USER_AGENT_BYTES = 512;
/** Node's limit on the request line plus headers (larger requests get 431). */
export const MAX_HEADER_BYTES = 16 * 1024;

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const CLERK_KEYS = ["CLERK_PUBLISHABLE_KEY", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "CLERK_SECRET_KEY", "CLERK_JWT_KEY"];

/**
 * @typedef {{ localMode: boolean, allowedHosts: Set<string>, trustProxy: boolean }} GuardConfig
 * @typedef {Record<string, string | string[] | undefined>} Headers
 * @typedef {{ method?: string, url?: string, headers: Headers }} GuardRequest
 * @typedef {{ status: number, code: string, message: string }} Refusal
 */

/**
 * Local sign-in is used exactly when no Clerk key is set (src/config/adapters.ts
 * `selectAuth`; a partial Clerk configuration stops the start instead).
 * @param {Record<string, string | undefined>} env
 */
export function isLocalMode(env) {
  return CLERK_KEYS.every((key) => !env[key]);
}

/** `name` as it appears in a Host header: IPv6 literals in brackets, lower case. */
function hostName(name) {
  const lower = name.trim().toLowerCase();
  return lower.includes(":") && !lower.startsWith("[") ? `[${lower}]` : lower;
}

/** Does `entry` ("name", "name:port", "[v6]:port") carry a port? */
function hasPort(entry) {
  return /:\d+$/.test(entry) && (!entry.startsWith("[") || entry.includes("]:"));
}

/**
 * The Host header values this server answers to: localhost, 127.0.0.1 and
 * [::1] with its port; HOST with the port when it is not a loopback name; each
 * `ALLOWED_HOSTS` entry ("name" means the name with this port or with no port,
 * as a reverse proxy on 80/443 sends it; "name:port" means exactly that).
 * A Host without a port means port 80.
 * @param {{ hostname: string, port: number, allowedHosts?: string }} options
 * @returns {Set<string>}
 */
export function allowedHostSet({ hostname, port, allowedHosts = "" }) {
  const names = new Set(LOOPBACK_NAMES);
  const configured = hostName(hostname);
  if (configured && !["127.0.0.1", "[::1]", "localhost", "0.0.0.0", "[::]"].includes(configured)) names.add(configured);
  const out = new Set();
  for (const name of names) {
    out.add(`${name}:${port}`);
    if (port === 80) out.add(name);
  }
  for (const raw of allowedHosts.split(",")) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (hasPort(entry)) {
      out.add(entry);
      if (entry.endsWith(":80")) out.add(entry.slice(0, -3));
    } else {
      const name = hostName(entry);
      out.add(name);
      out.add(`${name}:${port}`);
    }
  }
  return out;
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {{ hostname: string, port: number }} server
 * @returns {GuardConfig}
 */
export function guardConfig(env, { hostname, port }) {
  return {
    localMode: isLocalMode(env),
    allowedHosts: allowedHostSet({ hostname, port, allowedHosts: env.ALLOWED_HOSTS }),
    trustProxy: env.TRUST_PROXY === "1",
  };
}

/** @param {string | string[] | undefined} value */
function single(value) {
  return Array.isArray(value) ? value[0] : value;
}

/** @param {string | undefined} url */
function pathOf(url) {
  const raw = url ?? "/";
  const q = raw.indexOf("?");
  return q < 0 ? raw : raw.slice(0, q);
}

/** The host (with port, if any) of an Origin header, lower case; null for "null" or garbage. */
function originHost(origin) {
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.host.toLowerCase();
  } catch {
    return null;
  }
}

/** The request's own host as the browser saw it (X-Forwarded-Host only behind a trusted proxy). */
function requestHost(headers, trustProxy) {
  const forwarded = trustProxy ? single(headers["x-forwarded-host"])?.split(",")[0]?.trim() : undefined;
  return (forwarded || single(headers.host) || "").toLowerCase();
}

/** Same host, where a missing port is the scheme's default ("example.com" = "example.com:443" over https). */
function sameHost(origin, host) {
  const fromOrigin = originHost(origin);
  if (fromOrigin === null || !host) return false;
  if (fromOrigin === host) return true;
  const url = new URL(origin);
  const defaultPort = url.protocol === "https:" ? "443" : "80";
  const strip = (h) => (h.endsWith(`:${defaultPort}`) ? h.slice(0, -defaultPort.length - 1) : h);
  return strip(fromOrigin) === strip(host);
}

/**
 * DNS rebinding: in local mode, a Host that is not one of ours is refused.
 * @param {GuardRequest} req
 * @param {GuardConfig} config
 * @returns {Refusal | null}
 */
export function checkHost(req, config) {
  if (!config.localMode) return null;
  const host = (single(req.headers.host) ?? "").trim().toLowerCase();
  if (config.allowedHosts.has(host)) return null;
  return {
    status: 421,
    code: "MISDIRECTED",
    message: "This server only answers requests addressed to its own host name (see ALLOWED_HOSTS).",
  };
}

/**
 * Cross-site request forgery: POST/PUT/PATCH/DELETE must come from this origin.
 * - `Sec-Fetch-Site`, when sent (every current browser), must be `same-origin` or `none`;
 * - otherwise `Origin`, when sent, must name this host;
 * - with neither (curl, server-to-server calls) the request is allowed.
 * Outside /api/ (pages, server actions) a present `Origin` must also match,
 * as Next.js requires for server actions (it answers 500 otherwise).
 * `/api/webhooks/*` is exempt: webhooks are signed, not same-origin.
 * @param {GuardRequest} req
 * @param {GuardConfig} config
 * @returns {Refusal | null}
 */
export function checkCsrf(req, config) {
  const method = (req.method ?? "GET").toUpperCase();
  if (!UNSAFE_METHODS.has(method)) return null;
  const path = pathOf(req.url);
  if (path.startsWith("/api/webhooks/")) return null;
  const site = single(req.headers["sec-fetch-site"])?.trim().toLowerCase();
  const origin = single(req.headers.origin)?.trim();
  const host = requestHost(req.headers, config.trustProxy);
  const api = path === "/api" || path.startsWith("/api/");
  let allowed = true;
  if (site) allowed = site === "same-origin" || site === "none";
  if (allowed && origin !== undefined && (!site || !api)) allowed = sameHost(origin, host);
  if (allowed) return null;
  return { status: 403, code: "FORBIDDEN", message: "Cross-site requests are not allowed." };
}

/**
 * The first refusal for this request, if any: Host first (nothing else of a
 * misdirected request matters), then CSRF.
 * @param {GuardRequest} req
 * @param {GuardConfig} config
 * @returns {Refusal | null}
 */
export function checkRequest(req, config) {
  return checkMethod(req) ?? checkHost(req, config) ?? checkPath(req) ?? checkCsrf(req, config);
}

const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * Methods the app has no use for (TRACE, CONNECT, WebDAV…) are refused with
 * 405 before Next.js sees them.
 * @param {GuardRequest} req
 * @returns {Refusal | null}
 */
export function checkMethod(req) {
  return KNOWN_METHODS.has((req.method ?? "GET").toUpperCase()) ? null : { status: 405, code: "METHOD_NOT_ALLOWED", message: "This method is not allowed." };
}

/**
 * A path that is not valid percent-encoded UTF-8 (e.g. `%E0%A4%A`) or that
 * carries a NUL byte is a bad request (400), not a server error.
 * @param {GuardRequest} req
 * @returns {Refusal | null}
 */
export function checkPath(req) {
  const path = pathOf(req.url);
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400, code: "BAD_REQUEST", message: "The address is not valid (bad percent-encoding)." };
  }
  return decoded.includes("\u0000") ? { status: 400, code: "BAD_REQUEST", message: "The address is not valid." } : null;
}

/**
 * A refusal as a response: the JSON envelope for /api/*, plain text otherwise.
 * @param {GuardRequest} req
 * @param {Refusal} refusal
 * @returns {{ status: number, headers: Record<string, string>, body: string }}
 */
export function refusalResponse(req, refusal) {
  const path = pathOf(req.url);
  const json = path === "/api" || path.startsWith("/api/");
  const body = json ? JSON.stringify({ success: false, error: { code: refusal.code, message: refusal.message } }) : `${refusal.message}\n`;
  return {
    status: refusal.status,
    headers: {
      "content-type": json ? "application/json" : "text/plain; charset=utf-8",
      "content-length": String(Buffer.byteLength(body)),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
    body,
  };
}

/**
 * The User-Agent cut to `max` bytes. Node gives header values as latin1
 * strings (one character per byte on the wire), so bytes are characters here.
 * @param {string | undefined} value
 * @param {number} [max]
 * @returns {string | undefined}
 */
export function capUserAgent(value, max = MAX_USER_AGENT_BYTES) {
  return value !== undefined && value.length > max ? value.slice(0, max) : value;
}
