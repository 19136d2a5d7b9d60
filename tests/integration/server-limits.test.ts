/**
 * Per-IP rate limiting on the real server, and configurations the server
 * must refuse to start with.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runServerExpectingExit, startTestServer, type TestServer } from "../support/server";
import { HttpClient } from "../support/serverHttp";

const LIMIT = 5;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_IP_PER_MINUTE: String(LIMIT) });
});

afterAll(async () => {
  await server?.stop();
});

describe("per-IP rate limit (RATE_LIMIT_IP_PER_MINUTE=5)", () => {
  it("lets 5 requests through and answers the 6th with 429, Retry-After and an HTML page", async () => {
    const client = new HttpClient(server.url);
    for (let i = 1; i <= LIMIT; i++) {
      const res = await client.get("/");
      expect(res.status, `request ${i}`).toBe(200);
    }
    const limited = await client.get("/");
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get("content-type")).toContain("text/html");
    expect(limited.text).toContain("<h1>Slow down a little</h1>");
    expect(limited.text).toContain("sending requests too quickly");
    expect(limited.headers.get("x-request-id")).toBeTruthy();
    expect(limited.headers.get("cache-control")).toContain("no-store");
  });

  it("answers API paths with the JSON envelope", async () => {
    const res = await new HttpClient(server.url).get("/api/anything");
    expect(res.status).toBe(429);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(res.text)).toMatchObject({ success: false, error: { code: "RATE_LIMITED" } });
  });

  it("answers JSON to a page request that asks for JSON", async () => {
    const res = await new HttpClient(server.url).get("/app", { accept: "application/json" });
    expect(res.status).toBe(429);
    expect(JSON.parse(res.text)).toMatchObject({ success: false, error: { code: "RATE_LIMITED" } });
  });

  it("ignores a spoofed X-Forwarded-For (the limit follows the socket address)", async () => {
    const res = await new HttpClient(server.url).get("/", { "x-forwarded-for": "203.0.113.99", "x-real-ip": "203.0.113.98" });
    expect(res.status).toBe(429);
  });

  it("never limits health checks or webhooks", async () => {
    for (let i = 0; i < 3; i++) {
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
    }
    // No signing secret configured here: the webhook route says so (404), it is not rate limited.
    const webhook = await fetch(`${server.url}/api/webhooks/clerk`, { method: "POST", body: "{}" });
    expect(webhook.status).toBe(404);
    expect(await webhook.json()).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
  });
});

describe("start-up refusals", () => {
  it("refuses a partially configured Clerk (publishable key only)", async () => {
    const { code, output } = await runServerExpectingExit({ CLERK_PUBLISHABLE_KEY: "pk_live_Y2xlcmsuZGFyYXNhLnRlc3Qk" });
    expect(code).not.toBe(0);
    expect(code).not.toBeNull(); // exited by itself, not killed by the timeout
    expect(output).toContain("partially configured");
    expect(output).toContain("CLERK_SECRET_KEY");
    expect(output).not.toContain("listening on");
  });

  it("refuses to expose local sign-in on 0.0.0.0", async () => {
    const { code, output } = await runServerExpectingExit({ HOST: "0.0.0.0" });
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(output).toMatch(/Local sign-in is active .*HOST=0\.0\.0\.0 would expose it to the network/);
    expect(output).not.toContain("listening on");
  });
});
