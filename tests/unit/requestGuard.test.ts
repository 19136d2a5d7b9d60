import { describe, expect, it } from "vitest";
import { allowedHostSet, capUserAgent, checkCsrf, checkHost, checkRequest, guardConfig, isLocalMode, refusalResponse } from "../../scripts/requestGuard.mjs";

const PORT = 3922;
const local = guardConfig({}, { hostname: "127.0.0.1", port: PORT });
const clerk = guardConfig({ CLERK_PUBLISHABLE_KEY: "pk_test_x", CLERK_SECRET_KEY: "sk_test_x" }, { hostname: "127.0.0.1", port: PORT });

const get = (host: string | undefined, url = "/sign-in") => ({ method: "GET", url, headers: host === undefined ? {} : { host } });
const post = (url: string, headers: Record<string, string>, method = "POST") => ({ method, url, headers: { host: `127.0.0.1:${PORT}`, ...headers } });

describe("local mode", () => {
  it("is exactly the configuration without any Clerk key", () => {
    expect(isLocalMode({})).toBe(true);
    expect(isLocalMode({ CLERK_SECRET_KEY: "" })).toBe(true);
    expect(isLocalMode({ CLERK_SECRET_KEY: "sk_test_x" })).toBe(false);
    expect(isLocalMode({ NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_test_x" })).toBe(false);
    expect(isLocalMode({ CLERK_JWT_KEY: "-----BEGIN PUBLIC KEY-----" })).toBe(false);
  });
});

describe("Host check (DNS rebinding)", () => {
  it("answers the loopback names with our port", () => {
    for (const host of [`localhost:${PORT}`, `127.0.0.1:${PORT}`, `[::1]:${PORT}`, `LOCALHOST:${PORT}`]) {
      expect(checkHost(get(host), local)).toBeNull();
    }
  });

  it("refuses any other Host with 421 in local mode", () => {
    for (const host of [
      `rebind.example:${PORT}`,
      "rebind.example",
      `localhost:${PORT + 1}`,
      "localhost",
      `127.0.0.2:${PORT}`,
      `localhost.:${PORT}`,
      `127.0.0.1:${PORT}.evil`,
      "",
    ]) {
      expect(checkHost(get(host), local), host).toMatchObject({ status: 421, code: "MISDIRECTED" });
    }
    expect(checkHost(get(undefined), local)).toMatchObject({ status: 421 });
  });

  it("does not check the Host in Clerk mode (sessions there are bound to the real domain)", () => {
    expect(checkHost(get(`rebind.example:${PORT}`), clerk)).toBeNull();
  });

  it("adds a configured non-loopback HOST, and ALLOWED_HOSTS entries with or without a port", () => {
    const hosts = allowedHostSet({ hostname: "darasa.lan", port: PORT, allowedHosts: " Box.Local , proxy.example:8443,[fd00::1]:9000" });
    expect(hosts).toContain(`darasa.lan:${PORT}`);
    expect(hosts).toContain(`box.local:${PORT}`);
    expect(hosts).toContain("box.local"); // behind a reverse proxy on 80/443
    expect(hosts).toContain("proxy.example:8443");
    expect(hosts).not.toContain("proxy.example");
    expect(hosts).toContain("[fd00::1]:9000");
    const config = guardConfig({ ALLOWED_HOSTS: "box.local" }, { hostname: "127.0.0.1", port: PORT });
    expect(checkHost(get("box.local"), config)).toBeNull();
    expect(checkHost(get(`box.local:${PORT}`), config)).toBeNull();
    expect(checkHost(get("other.local"), config)).not.toBeNull();
    // Loopback HOST values add nothing beyond the three loopback names.
    expect([...allowedHostSet({ hostname: "::1", port: PORT })].sort()).toEqual([`127.0.0.1:${PORT}`, `[::1]:${PORT}`, `localhost:${PORT}`]);
  });

  it("on port 80 a Host without a port is ours too", () => {
    expect(allowedHostSet({ hostname: "127.0.0.1", port: 80 })).toContain("localhost");
  });
});

describe("CSRF check", () => {
  const coach = "/api/job-infos/x/coach";
  const ours = `http://127.0.0.1:${PORT}`;

  it("refuses cross-site state changes to route handlers with 403", () => {
    expect(checkCsrf(post(coach, { origin: "http://127.0.0.1:9999", "sec-fetch-site": "same-site" }), local)).toEqual({
      status: 403,
      code: "FORBIDDEN",
      message: "Cross-site requests are not allowed.",
    });
    expect(checkCsrf(post(coach, { "sec-fetch-site": "cross-site" }), local)).toMatchObject({ status: 403 });
    // Older browsers without Sec-Fetch-Site: the Origin decides.
    expect(checkCsrf(post(coach, { origin: "http://127.0.0.1:9999" }), local)).toMatchObject({ status: 403 });
    expect(checkCsrf(post(coach, { origin: "null" }), local)).toMatchObject({ status: 403 });
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      expect(checkCsrf(post(coach, { "sec-fetch-site": "same-site" }, method), local), method).toMatchObject({ status: 403 });
    }
  });

  it("allows same-origin requests, user-initiated ones, and clients that send neither header", () => {
    expect(checkCsrf(post(coach, { origin: ours, "sec-fetch-site": "same-origin" }), local)).toBeNull();
    expect(checkCsrf(post(coach, { "sec-fetch-site": "none" }), local)).toBeNull();
    expect(checkCsrf(post(coach, { origin: ours }), local)).toBeNull();
    expect(checkCsrf(post(coach, {}), local)).toBeNull(); // curl, server to server
    expect(checkCsrf(post(coach, { origin: `HTTP://127.0.0.1:${PORT}` }), local)).toBeNull();
  });

  it("never checks safe methods or webhooks", () => {
    expect(checkCsrf({ method: "GET", url: coach, headers: { "sec-fetch-site": "cross-site" } }, local)).toBeNull();
    expect(checkCsrf({ method: "OPTIONS", url: coach, headers: { "sec-fetch-site": "cross-site" } }, local)).toBeNull();
    expect(checkCsrf(post("/api/webhooks/clerk", { origin: "https://svix.example", "sec-fetch-site": "cross-site" }), local)).toBeNull();
  });

  it("refuses a server action with a foreign Origin (Next.js would answer 500)", () => {
    const action = { "next-action": "7f00", origin: "http://127.0.0.1:9999" };
    expect(checkCsrf(post("/app/job-infos/new", action), local)).toMatchObject({ status: 403, code: "FORBIDDEN" });
    // Outside /api/, a present Origin must match even when Sec-Fetch-Site says same-origin.
    expect(checkCsrf(post("/settings", { ...action, "sec-fetch-site": "same-origin" }), local)).toMatchObject({ status: 403 });
    expect(checkCsrf(post("/settings", { "next-action": "7f00", origin: ours, "sec-fetch-site": "same-origin" }), local)).toBeNull();
    // No-JavaScript form posts carry no Next-Action header but the same rule applies.
    expect(checkCsrf(post("/sign-in", { origin: "http://evil.example" }), local)).toMatchObject({ status: 403 });
  });

  it("compares with the forwarded host only behind a trusted proxy", () => {
    const request = {
      method: "POST",
      url: coach,
      headers: { host: "127.0.0.1:3000", "x-forwarded-host": "app.example.com", origin: "https://app.example.com" },
    };
    const proxied = guardConfig({ TRUST_PROXY: "1", CLERK_SECRET_KEY: "sk_test_x" }, { hostname: "127.0.0.1", port: 3000 });
    expect(checkCsrf(request, proxied)).toBeNull();
    expect(checkCsrf(request, clerk)).toMatchObject({ status: 403 });
    // Default ports: "https://app.example.com" is "app.example.com:443".
    expect(checkCsrf({ ...request, headers: { ...request.headers, "x-forwarded-host": "app.example.com:443" } }, proxied)).toBeNull();
  });

  it("checks the Host before the Origin", () => {
    expect(checkRequest(post(coach, { host: `rebind.example:${PORT}`, origin: `http://rebind.example:${PORT}` }), local)).toMatchObject({ status: 421 });
    expect(checkRequest(post(coach, { origin: ours }), local)).toBeNull();
  });
});

describe("refusal responses", () => {
  it("are the JSON envelope for /api/* and plain text elsewhere", () => {
    const refusal = { status: 421, code: "MISDIRECTED", message: "No." };
    const api = refusalResponse({ url: "/api/health?x=1", headers: {} }, refusal);
    expect(api.status).toBe(421);
    expect(api.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(api.body)).toEqual({ success: false, error: { code: "MISDIRECTED", message: "No." } });
    const page = refusalResponse({ url: "/sign-in", headers: {} }, refusal);
    expect(page.headers["content-type"]).toMatch(/^text\/plain/);
    expect(page.body).toBe("No.\n");
    expect(Number(page.headers["content-length"])).toBe(Buffer.byteLength(page.body));
  });
});

describe("User-Agent cap", () => {
  it("cuts to 512 bytes and leaves normal values alone", () => {
    expect(capUserAgent(undefined)).toBeUndefined();
    expect(capUserAgent("Mozilla/5.0")).toBe("Mozilla/5.0");
    expect(capUserAgent("x".repeat(15_000))).toHaveLength(512);
    expect(capUserAgent("y".repeat(512))).toHaveLength(512);
  });
});

describe("methods and paths", () => {
  it("allows the methods the app uses and refuses the rest with 405", async () => {
    const { checkMethod } = await import("../../scripts/requestGuard.mjs");
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "get"]) expect(checkMethod({ method, headers: {} }), method).toBeNull();
    for (const method of ["TRACE", "CONNECT", "PROPFIND", "FOO"]) expect(checkMethod({ method, headers: {} })).toMatchObject({ status: 405 });
  });

  it("refuses bad percent-encoding and NUL in the path with 400; query strings are not its business", async () => {
    const { checkPath } = await import("../../scripts/requestGuard.mjs");
    expect(checkPath({ url: "/app/%E0%A4%A", headers: {} })).toMatchObject({ status: 400 });
    expect(checkPath({ url: "/app/%00x", headers: {} })).toMatchObject({ status: 400 });
    expect(checkPath({ url: "/app/job-infos/caf%C3%A9?q=%E0%A4%A", headers: {} })).toBeNull();
    expect(checkPath({ url: "/", headers: {} })).toBeNull();
  });
});

describe("Content-Security-Policy", () => {
  it("allows the configured voice and sign-in hosts and nothing else", async () => {
    const { buildCsp } = await import("@/lib/csp");
    const { clerkFrontendHost } = await import("@/lib/cspConfig");
    const local = buildCsp({ nonce: "abc" });
    expect(local).toContain("connect-src 'self';");
    expect(local).toContain("frame-src 'none'");
    const hume = buildCsp({ nonce: "abc", hume: { eviHost: "api.hume.ai", apiUrl: "https://api.hume.ai" } });
    expect(hume).toContain("connect-src 'self' wss://api.hume.ai https://api.hume.ai");
    const fake = buildCsp({ nonce: "abc", hume: { eviHost: "http://127.0.0.1:9000", apiUrl: "http://127.0.0.1:9000" } });
    expect(fake).toContain("ws://127.0.0.1:9000");
    expect(fake).not.toContain("wss://http");
    expect(clerkFrontendHost(`pk_live_${Buffer.from("clerk.darasa.test$").toString("base64")}`)).toBe("clerk.darasa.test");
    expect(clerkFrontendHost("sk_live_nope")).toBeNull();
    expect(buildCsp({ nonce: "abc", clerkHost: "clerk.darasa.test" })).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic' https://clerk.darasa.test");
  });
});
