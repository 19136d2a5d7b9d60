import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/drizzle/client";
import { openDatabase } from "@/drizzle/client";
import { rateLimits } from "@/drizzle/schema/rateLimits";
import {
  activeProtectionAdapter,
  consumeLimit,
  createDrizzleLimiter,
  createMemoryLimiter,
  getClientIp,
  limitUser,
  protectRequest,
} from "@/services/protection";
import { decisionFromArcjet } from "@/services/protection/arcjet";
import { checkUserAgent } from "@/services/protection/botCheck";
import { normalizeIp } from "@/services/protection/clientIp";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const MSG = "Too fast.";

describe("Drizzle rate limiter (PGlite)", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ kind: "pglite" });
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  it("allows N requests then denies the N+1th with a positive retryAfterSeconds", async () => {
    const limiter = createDrizzleLimiter(handle.db, { points: 3, duration: 60, keyPrefix: "ip" });
    for (let i = 0; i < 3; i++) expect(await consumeLimit(limiter, "203.0.113.1", MSG)).toEqual({ allowed: true });
    const denied = await consumeLimit(limiter, "203.0.113.1", MSG);
    expect(denied).toMatchObject({ allowed: false, status: 429, code: "RATE_LIMITED", message: MSG });
    expect(denied.allowed === false && denied.retryAfterSeconds).toBeGreaterThan(0);
    expect(denied.allowed === false && denied.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Stored under the key prefix.
    const rows = await handle.db.select().from(rateLimits);
    expect(rows.find((r) => r.key === "ip:203.0.113.1")?.points).toBe(4);
  });

  it("the in-memory limiter of the embedded mode counts and refuses the same way", async () => {
    const limiter = createMemoryLimiter({ points: 2, duration: 60, keyPrefix: "ip-memory" });
    for (let i = 0; i < 2; i++) expect(await consumeLimit(limiter, "203.0.113.9", MSG)).toEqual({ allowed: true });
    const denied = await consumeLimit(limiter, "203.0.113.9", MSG);
    expect(denied).toMatchObject({ allowed: false, status: 429, code: "RATE_LIMITED", message: MSG });
    expect(await consumeLimit(limiter, "203.0.113.10", MSG)).toEqual({ allowed: true });
    expect((await handle.db.select().from(rateLimits)).some((r) => r.key.startsWith("ip-memory:"))).toBe(false);
  });

  it("limits per key: another IP or user is unaffected", async () => {
    const ipLimiter = createDrizzleLimiter(handle.db, { points: 2, duration: 60, keyPrefix: "ip-per-key" });
    await consumeLimit(ipLimiter, "198.51.100.1", MSG);
    await consumeLimit(ipLimiter, "198.51.100.1", MSG);
    expect((await consumeLimit(ipLimiter, "198.51.100.1", MSG)).allowed).toBe(false);
    expect((await consumeLimit(ipLimiter, "198.51.100.2", MSG)).allowed).toBe(true);

    const aiLimiter = createDrizzleLimiter(handle.db, { points: 10, duration: 60, keyPrefix: "user-ai" });
    expect((await consumeLimit(aiLimiter, "user_a", MSG, 10)).allowed).toBe(true);
    expect((await consumeLimit(aiLimiter, "user_a", MSG)).allowed).toBe(false);
    expect((await consumeLimit(aiLimiter, "user_b", MSG)).allowed).toBe(true);
  });

  it("shares counts across limiter instances (the database is the store)", async () => {
    const opts = { points: 2, duration: 60, keyPrefix: "shared" };
    await consumeLimit(createDrizzleLimiter(handle.db, opts), "u1", MSG, 2);
    expect((await consumeLimit(createDrizzleLimiter(handle.db, opts), "u1", MSG)).allowed).toBe(false);
  });

  it("starts a fresh window once the previous one expires", async () => {
    const limiter = createDrizzleLimiter(handle.db, { points: 1, duration: 1, keyPrefix: "short" });
    expect((await consumeLimit(limiter, "k", MSG)).allowed).toBe(true);
    expect((await consumeLimit(limiter, "k", MSG)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await consumeLimit(limiter, "k", MSG)).allowed).toBe(true);
  });
});

describe("local bot rule (Arcjet, no network)", () => {
  it.each([
    ["curl/8.0", true],
    ["", true],
    ["   ", true],
    [CHROME, false],
    [GOOGLEBOT, false],
    ["facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", false],
    ["python-requests/2.31.0", true],
  ])(
    "%j -> bot: %s",
    async (ua, bot) => {
      expect((await checkUserAgent(ua)).bot).toBe(bot);
    },
    30_000,
  );

  it("uses Arcjet's rule, not the isbot fallback", async () => {
    const verdict = await checkUserAgent("curl/8.0");
    expect(verdict.source).toBe("arcjet-local");
    expect(verdict.detected).toContain("CURL");
  });

  it("a denied curl call does not taint a browser's verdict", async () => {
    await checkUserAgent("curl/8.1");
    expect((await checkUserAgent(`${CHROME} Edg/131.0`)).bot).toBe(false);
  });
});

describe("client IP", () => {
  const req = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

  it("prefers the explicit ip option", () => {
    expect(getClientIp(req({ "x-forwarded-for": "203.0.113.9" }), "198.51.100.7")).toBe("198.51.100.7");
  });
  it("ignores an invalid explicit ip", () => {
    expect(getClientIp(req({ "x-forwarded-for": "203.0.113.9" }), "nope")).toBe("203.0.113.9");
  });
  it("takes the first x-forwarded-for hop", () => {
    expect(getClientIp(req({ "x-forwarded-for": " 203.0.113.9 , 10.0.0.1, 10.0.0.2" }))).toBe("203.0.113.9");
  });
  it("falls back to x-real-ip, then 127.0.0.1", () => {
    expect(getClientIp(req({ "x-real-ip": "2001:db8::5" }))).toBe("2001:db8::5");
    expect(getClientIp(req({ "x-forwarded-for": "unknown", "x-real-ip": "198.51.100.3" }))).toBe("198.51.100.3");
    expect(getClientIp(req({}))).toBe("127.0.0.1");
  });
  it("normalizes ports, brackets and IPv4-mapped addresses", () => {
    expect(normalizeIp("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normalizeIp("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("::ffff:192.0.2.4")).toBe("192.0.2.4");
    expect(normalizeIp("not-an-ip")).toBe("");
  });
});

describe("adapter selection and Arcjet decision mapping", () => {
  it("uses the local adapter without ARCJET_KEY", () => {
    expect(activeProtectionAdapter()).toBe(process.env.ARCJET_KEY ? "arcjet" : "local");
  });

  it("maps deny reasons and fails open on errors", async () => {
    const aj = await import("@arcjet/next");
    const results: never[] = [];
    const rate = new aj.ArcjetDenyDecision({
      ttl: 30,
      results,
      reason: new aj.ArcjetRateLimitReason({ max: 300, remaining: 0, reset: 42, window: 60 }),
    });
    expect(decisionFromArcjet(rate)).toMatchObject({ allowed: false, status: 429, code: "RATE_LIMITED", retryAfterSeconds: 42 });
    const bot = new aj.ArcjetDenyDecision({
      ttl: 60,
      results,
      reason: new aj.ArcjetBotReason({ allowed: [], denied: ["CURL"], verified: false, spoofed: false }),
    });
    expect(decisionFromArcjet(bot)).toMatchObject({ allowed: false, status: 403, code: "BOT_DETECTED" });
    const shield = new aj.ArcjetDenyDecision({ ttl: 60, results, reason: new aj.ArcjetShieldReason({ shieldTriggered: true }) });
    expect(decisionFromArcjet(shield)).toMatchObject({ allowed: false, status: 403, code: "FORBIDDEN" });
    const errored = new aj.ArcjetErrorDecision({ ttl: 0, results, reason: new aj.ArcjetErrorReason("no network") });
    expect(decisionFromArcjet(errored)).toEqual({ allowed: true });
  });
});

describe("protectRequest / limitUser (local adapter, app database = in-memory PGlite)", () => {
  type G = typeof globalThis & { __darasaDatabase?: Promise<DatabaseHandle>; __darasaLimiters?: Map<string, unknown> };
  const g = globalThis as G;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ kind: "pglite" });
    g.__darasaDatabase = Promise.resolve(handle); // what getDb() returns
    g.__darasaLimiters = undefined;
  }, 60_000);
  afterAll(async () => {
    g.__darasaDatabase = undefined;
    g.__darasaLimiters = undefined;
    await handle?.close();
  });
  const page = (ua: string | null, ip = "192.0.2.10") => {
    const headers = new Headers({ "x-forwarded-for": ip });
    if (ua !== null) headers.set("user-agent", ua);
    return new Request("http://localhost:3000/app", { headers });
  };

  it.skipIf(activeProtectionAdapter() !== "local")("blocks bots and empty user agents, allows browsers", async () => {
    expect(await protectRequest(page("curl/8.0"))).toMatchObject({ allowed: false, status: 403, code: "BOT_DETECTED" });
    expect(await protectRequest(page(null))).toMatchObject({ allowed: false, status: 403, code: "BOT_DETECTED" });
    expect(await protectRequest(page(""))).toMatchObject({ allowed: false, code: "BOT_DETECTED" });
    expect(await protectRequest(page(CHROME))).toEqual({ allowed: true });
    expect(await protectRequest(page(GOOGLEBOT))).toEqual({ allowed: true });
  });

  it.skipIf(activeProtectionAdapter() !== "local")(
    "rate limits per IP at RATE_LIMIT_IP_PER_MINUTE",
    async () => {
      const { env } = await import("@/config/env");
      for (let i = 0; i < env.RATE_LIMIT_IP_PER_MINUTE; i++) {
        expect((await protectRequest(page(CHROME, "192.0.2.77"))).allowed).toBe(true);
      }
      const denied = await protectRequest(page(CHROME, "192.0.2.77"));
      expect(denied).toMatchObject({ allowed: false, status: 429, code: "RATE_LIMITED" });
      expect(denied.allowed === false && denied.retryAfterSeconds).toBeGreaterThan(0);
      expect((await protectRequest(page(CHROME, "192.0.2.78"))).allowed).toBe(true);
      expect((await protectRequest(page(CHROME, "192.0.2.99"), { ip: "192.0.2.79" })).allowed).toBe(true);
    },
    60_000,
  );

  it("limitUser: ai 10/min and write 60/min, per user", async () => {
    for (let i = 0; i < 10; i++) expect((await limitUser("user_1", "ai")).allowed).toBe(true);
    const denied = await limitUser("user_1", "ai");
    expect(denied).toMatchObject({ allowed: false, status: 429, code: "RATE_LIMITED" });
    expect(denied.allowed === false && denied.retryAfterSeconds).toBeGreaterThan(0);
    expect((await limitUser("user_2", "ai")).allowed).toBe(true);
    expect((await limitUser("user_1", "write", 60)).allowed).toBe(true);
    expect((await limitUser("user_1", "write")).allowed).toBe(false);
  });

  it("limitUser: read 120/min, a bucket of its own", async () => {
    expect((await limitUser("user_3", "read", 120)).allowed).toBe(true);
    expect(await limitUser("user_3", "read")).toMatchObject({ allowed: false, status: 429, code: "RATE_LIMITED" });
    expect((await limitUser("user_3", "write")).allowed).toBe(true);
  });
});
